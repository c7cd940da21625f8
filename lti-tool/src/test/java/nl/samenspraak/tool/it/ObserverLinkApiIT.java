package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.created;
import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The observer's personal link over HTTP, on both servers: made by the observer in the tool, it opens only
 * its observation's form, without a session, through the same use cases (the form saved either way shows in
 * the other), and stops working when revoked, replaced, tampered with, expired or when the pair ends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObserverLinkApiIT {

    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final String BASE = "/api/assignments/" + PEER + "/peer-coaching";
    private static final String LINK = "/api/observer-link";

    private final WorkPlatform platform = new WorkPlatform();

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    /** Anna observes Bram: her observation's id. */
    private record Pair(WorkClient anna, WorkClient bram, long given, long received) {
    }

    @Test
    void theLinkOpensTheFormAndBothPlacesSaveTheSameDraft() {
        Pair pair = pair("same");
        JsonNode made = created(pair.anna().post(phoneLink(pair.given()), null));
        String url = made.path("url").asText();
        assertTrue(url.contains("/observe/#"), url);
        assertTrue(made.at("/qrCode/size").asInt() >= 21 + 8, "a QR code with its quiet zone");
        assertFalse(made.at("/qrCode/path").asText().isEmpty());
        Instant expires = Instant.parse(made.path("expiresAt").asText());
        assertTrue(Duration.between(Instant.now(), expires).toDays() >= 13, "two weeks: " + expires);
        WorkClient phone = WorkClient.withToken(token(url));

        JsonNode form = ok(phone.get(LINK + "?lang=nl"));
        assertEquals("Bram", form.path("observedName").asText());
        assertEquals(pair.given(), form.at("/observation/id").asLong());
        assertEquals(0, form.at("/observation/version").asLong());
        assertEquals("nl", form.path("language").asText());
        assertTrue(form.at("/assignment/observationForm/phases").size() > 0, form.toString());

        JsonNode saved = ok(phone.send("PUT", LINK + "/form?lang=nl", "application/json", compliment("Van de telefoon"),
                "If-Match", "\"0\""));
        assertEquals(1, saved.path("version").asLong());
        JsonNode inTool = given(pair.anna());
        assertEquals("Van de telefoon", inTool.at("/form/compliment").asText());
        assertEquals(1, inTool.path("version").asLong());

        ok(pair.anna().send("PUT", BASE + "/observations/" + pair.given(), "application/json", compliment("Uit de tool"),
                "If-Match", "\"1\""));
        JsonNode again = ok(phone.get(LINK + "?lang=en"));
        assertEquals("Uit de tool", again.at("/observation/form/compliment").asText());
        assertEquals(2, again.at("/observation/version").asLong());

        JsonNode stale = refused(phone.send("PUT", LINK + "/form?lang=en", "application/json",
                compliment("Oude kopie"), "If-Match", "\"1\""), 409);
        assertEquals(2, stale.at("/current/version").asLong(), "the newer version is shown, not overwritten");
        assertEquals("Uit de tool", given(pair.anna()).at("/form/compliment").asText());
        assertProblem(phone.send("PUT", LINK + "/form?lang=en", "application/json", "{}"), 400, "form");
    }

    @Test
    void theLinkOpensNothingElse() {
        Pair pair = pair("nothing-else");
        WorkClient phone = WorkClient.withToken(token(created(pair.anna().post(phoneLink(pair.given()), null))));

        assertProblem(phone.get(BASE), 401);
        assertProblem(phone.get("/api/assignments/" + PEER), 401);
        assertProblem(phone.get("/api/calendar-feed"), 401);
        assertProblem(phone.post(phoneLink(pair.given()), null), 401);
        assertProblem(phone.get("/api/privacy/export"), 401);
        ok(phone.get(LINK));
    }

    @Test
    void onlyTheObserverMakesALinkForAnObservationTheyMake() {
        Pair pair = pair("only");
        WorkClient carla = learner("carla-only", "Carla", "course-link-only-elsewhere");

        assertProblem(pair.anna().post(phoneLink(pair.received()), null), 404, "observationId");
        assertProblem(pair.bram().post(phoneLink(pair.given()), null), 404, "observationId");
        assertProblem(carla.post(phoneLink(pair.given()), null), 404, "observationId");
        assertProblem(pair.bram().delete(phoneLink(pair.given())), 404, "observationId");
        assertProblem(WorkClient.withAuthorization(null).post(phoneLink(pair.given()), null), 401);
    }

    @Test
    void aRevokedOrReplacedLinkStopsWorkingAndSaysSo() {
        Pair pair = pair("revoked");
        WorkClient first = WorkClient.withToken(token(created(pair.anna().post(phoneLink(pair.given()), null))));
        WorkClient second = WorkClient.withToken(token(created(pair.anna().post(phoneLink(pair.given()), null))));

        JsonNode replaced = assertProblem(first.get(LINK + "?lang=en"), 410);
        assertTrue(replaced.path("type").asText().endsWith(":revoked"), replaced.toString());
        assertTrue(replaced.path("detail").asText().contains("revoked"), replaced.toString());
        ok(second.get(LINK));

        assertEquals(1, ok(pair.anna().delete(phoneLink(pair.given()))).path("revoked").asInt());
        JsonNode revoked = assertProblem(second.get(LINK), 410);
        assertTrue(revoked.path("detail").asText().contains("ingetrokken"), "the link's own language: " + revoked);
        assertProblem(second.send("PUT", LINK + "/form", "application/json", compliment("Te laat")), 410);
        assertTrue(given(pair.anna()).path("form").path("compliment").asText().isEmpty(), "a refused save changes nothing");
    }

    @Test
    void aTamperedOrForeignTokenIsInvalid() {
        Pair pair = pair("tampered");
        String token = token(created(pair.anna().post(phoneLink(pair.given()), null)));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String otherObservation = Base64.getUrlEncoder().withoutPadding().encodeToString(payload
                .replace("\"obs\":" + pair.given(), "\"obs\":" + pair.received()).getBytes(StandardCharsets.UTF_8));
        String flipped = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        for (String bad : new String[] {parts[0] + "." + otherObservation + "." + parts[2], flipped, "not-a-link"}) {
            JsonNode problem = assertProblem(WorkClient.withToken(bad).get(LINK + "?lang=en"), 401);
            assertTrue(problem.path("type").asText().endsWith(":invalid"), problem.toString());
        }
        assertProblem(WorkClient.withAuthorization(null).get(LINK), 401);
    }

    @Test
    void theObserverSubmitsByTheLinkAndTheLinkEndsWithTheSubmission() {
        Pair pair = pair("submit");
        WorkClient phone = WorkClient.withToken(token(created(pair.anna().post(phoneLink(pair.given()), null))));
        assertTrue(refused(phone.post(LINK + "/submit?lang=en", null), 409).path("errors").size() > 0,
                "what is missing is named");

        ok(phone.put(LINK + "/form", completeForm(pair.anna())));
        JsonNode submitted = ok(phone.post(LINK + "/submit", null));
        assertEquals(pair.given(), submitted.path("observationId").asLong());
        assertEquals("submitted", given(pair.anna()).path("state").asText());
        assertEquals("submitted", ok(pair.bram().get(BASE)).at("/peerCoaching/partners/0/received/state").asText(),
                "the observed partner can read it now");
        assertProblem(phone.put(LINK + "/form", compliment("Nog iets")), 409);
        assertProblem(pair.anna().post(phoneLink(pair.given()), null), 409);
    }

    @Test
    void endingThePartnershipEndsItsLinks() {
        Pair pair = pair("ended");
        WorkClient phone = WorkClient.withToken(token(created(pair.anna().post(phoneLink(pair.given()), null))));
        long bramId = ok(pair.anna().get(BASE)).at("/peerCoaching/partners/0/userId").asLong();
        ok(pair.anna().delete(BASE + "/partners/" + bramId));

        assertProblem(phone.get(LINK), 410);
    }

    @Test
    void anExpiredLinkSaysSo() throws Exception {
        String url = System.getProperty("samenspraak.it.pg.url");
        assumeTrue(url != null, "the link's stored expiry is moved back in the database, which only the PostgreSQL run reaches");
        Pair pair = pair("expired");
        String token = token(created(pair.anna().post(phoneLink(pair.given()), null)));
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        String linkId = WorkClient.JSON.readTree(payload).path("jti").asText();
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("samenspraak.it.pg.user"),
                System.getProperty("samenspraak.it.pg.password"));
             PreparedStatement expire = connection.prepareStatement(
                     "UPDATE observer_link SET expires_at = now() - INTERVAL '1 minute' WHERE id = ?")) {
            expire.setString(1, linkId);
            assertEquals(1, expire.executeUpdate());
        }

        JsonNode problem = assertProblem(WorkClient.withToken(token).get(LINK + "?lang=en"), 410);
        assertTrue(problem.path("type").asText().endsWith(":expired"), problem.toString());
        assertTrue(problem.path("detail").asText().contains("expired"), problem.toString());
    }

    /** A problem+json refusal with this status, whatever fields it names. */
    private static JsonNode refused(ToolClient.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        return answer.json();
    }

    private Pair pair(String name) {
        String course = "course-link-" + name;
        WorkClient anna = learner("anna-link-" + name, "Anna", course);
        WorkClient bram = learner("bram-link-" + name, "Bram", course);
        long bramId = 0;
        for (JsonNode colleague : ok(anna.get(BASE)).at("/peerCoaching/colleagues")) {
            if (colleague.path("name").asText().equals("Bram")) {
                bramId = colleague.path("userId").asLong();
            }
        }
        JsonNode partner = CoachingPairs.pair(BASE, anna, bramId, bram).at("/peerCoaching/partners/0");
        return new Pair(anna, bram, partner.at("/given/id").asLong(), partner.at("/received/id").asLong());
    }

    private WorkClient learner(String subject, String name, String courseId) {
        return platform.launch(subject, claims -> claims.set("name", name).member(LaunchClaims.CONTEXT, "id", courseId));
    }

    private static String phoneLink(long observationId) {
        return BASE + "/observations/" + observationId + "/phone-link";
    }

    private static String token(JsonNode made) {
        return token(made.path("url").asText());
    }

    private static String token(String url) {
        return url.substring(url.indexOf('#') + 1);
    }

    /** The teacher's own observation as the tool's page has it. */
    private static JsonNode given(WorkClient teacher) {
        return ok(teacher.get(BASE)).at("/peerCoaching/partners/0/given");
    }

    private static String compliment(String text) {
        return json("marks", Map.of(), "compliment", text, "tip", "");
    }

    private static String completeForm(WorkClient teacher) {
        Map<String, Object> marks = new LinkedHashMap<>();
        teacher.assignment(PEER).at("/assignment/observationForm/phases").forEach(phase -> phase.path("behaviours")
                .forEach(behaviour -> marks.put(behaviour.path("id").asText(), Map.of("markId", "voldoende"))));
        return json("marks", marks, "compliment", "Je nam de ouders serieus.", "tip", "Vat samen wat jullie afspraken.");
    }
}
