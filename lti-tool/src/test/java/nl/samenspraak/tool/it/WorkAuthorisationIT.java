package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.created;
import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static nl.samenspraak.tool.it.WorkRefusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may read and change which work: only with the tool's own session token; a teacher only their own work
 * in the course of their launch. (Who may use the trainer's endpoints under {@code /api/courses/{id}}:
 * {@link CourseReviewApiIT}.) Each test has its own course.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkAuthorisationIT {

    private static final String READING = "klavertje-vier";
    private static final String FILM = "bedeesde-ouder-film";
    private static final String SCAN = "kennismakingsgesprek-quickscan";
    private static final String PLAN = "ouderbetrokkenheid-actieplan";
    private static final String ACTIONS = "/api/assignments/" + PLAN + "/actions";
    private static final String PEER = "/api/assignments/bedeesde-ouder-intercollegiale-coaching/peer-coaching";

    /** Every endpoint of the work API, with a body it would take. */
    private static final List<List<String>> ENDPOINTS = List.of(
            List.of("GET", "/api/assignments/" + READING),
            List.of("PUT", "/api/assignments/" + READING + "/answers/anders-willen", "{\"text\": \"Een antwoord\"}"),
            List.of("POST", "/api/assignments/" + FILM + "/watched", "{\"intervals\": [{\"from\": 0, \"to\": 10}]}"),
            List.of("POST", "/api/assignments/" + READING + "/submit"),
            List.of("PUT", "/api/assignments/" + SCAN + "/quickscan/sector", "{\"sectorId\": \"po\"}"),
            List.of("PUT", "/api/assignments/" + SCAN + "/quickscan/responses/welkom-voelen", "{\"value\": 3}"),
            List.of("DELETE", "/api/assignments/" + SCAN + "/quickscan/responses/welkom-voelen"),
            List.of("POST", "/api/assignments/" + SCAN + "/quickscan/retake"),
            List.of("POST", ACTIONS, "{\"optionId\": \"mail-over-de-klas\"}"),
            List.of("PUT", ACTIONS + "/1", "{\"plannedFor\": null, \"done\": false}"),
            List.of("DELETE", ACTIONS + "/1"),
            List.of("GET", PEER),
            List.of("POST", PEER + "/invitations", "{\"userId\": 1}"),
            List.of("POST", PEER + "/invitations/1/accept"),
            List.of("POST", PEER + "/invitations/1/decline"),
            List.of("DELETE", PEER + "/invitations/1"),
            List.of("DELETE", PEER + "/partners/1"),
            List.of("PUT", PEER + "/observations/1/planning", "{\"plannedAt\": \"2026-12-03T15:30\", \"note\": \"\"}"),
            List.of("GET", PEER + "/observations/1/calendar.ics"),
            List.of("POST", PEER + "/observations/1/cancel"),
            List.of("PUT", PEER + "/observations/1", "{\"marks\": {}, \"compliment\": \"\", \"tip\": \"\"}"),
            List.of("POST", PEER + "/observations/1/submit"),
            List.of("GET", "/api/progress"),
            List.of("GET", "/api/assignments/" + READING + "/feedback"),
            List.of("POST", "/api/assignments/" + READING + "/feedback/seen"),
            List.of("POST", "/api/assignments/" + READING + "/feedback/reply", "{\"text\": \"Dank je\"}"),
            List.of("GET", "/api/notices"),
            List.of("GET", "/api/courses/1/matrix"),
            List.of("GET", "/api/courses/1/matrix.csv"),
            List.of("PUT", "/api/courses/1/assignments/" + READING + "/approval", "{\"needsApproval\": true}"),
            List.of("GET", "/api/courses/1/assignments/" + READING + "/preview"),
            List.of("GET", "/api/courses/1/members/1/assignments/" + READING),
            List.of("PUT", "/api/courses/1/members/1/assignments/" + READING + "/feedback", "{\"text\": \"Goed\"}"),
            List.of("POST", "/api/courses/1/members/1/assignments/" + READING + "/feedback/send"),
            List.of("POST", "/api/courses/1/members/1/assignments/" + READING + "/approve"),
            List.of("POST", "/api/courses/1/members/1/assignments/" + READING + "/return", "{\"reason\": \"Nog niet\"}"),
            List.of("POST", "/api/courses/1/approvals", "{\"items\": []}"),
            List.of("GET", "/api/course/grades"));

    private final WorkPlatform platform = new WorkPlatform();
    private final String learnerToken = platform.sessionToken("token-owner",
            claims -> claims.member(LaunchClaims.CONTEXT, "id", "course-tokens"));

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    Stream<Arguments> endpointsWithoutAValidSession() {
        Map<String, String> authorizations = new LinkedHashMap<>();
        authorizations.put("no Authorization", null);
        authorizations.put("not a token", "Bearer geen-token");
        authorizations.put("another scheme", "Basic " + learnerToken);
        authorizations.put("signed with another secret", "Bearer " + signedWithAnotherSecret(learnerToken));
        authorizations.put("unsigned", "Bearer " + unsigned(learnerToken));
        authorizations.put("role changed to instructor", "Bearer " + withPayload(learnerToken, "role", "INSTRUCTOR"));
        authorizations.put("the administrator's token", "Bearer " + platform.adminToken());
        return ENDPOINTS.stream().flatMap(endpoint -> authorizations.entrySet().stream()
                .map(authorization -> Arguments.of(endpoint.get(0) + " " + endpoint.get(1),
                        Named.of(authorization.getKey(), authorization.getValue()),
                        endpoint.size() > 2 ? endpoint.get(2) : null)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("endpointsWithoutAValidSession")
    void everyEndpointRefusesARequestWithoutAValidSession(String endpoint, String authorization, String body) {
        String[] methodAndPath = endpoint.split(" ", 2);

        ToolClient.Answer answer = WorkClient.withAuthorization(authorization)
                .send(methodAndPath[0], methodAndPath[1], body == null ? null : "application/json", body);

        assertProblem(answer, 401);
        assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), answer.body());
    }

    @Test
    void aForgedTokenChangesNothingOfTheTeachersWork() {
        WorkClient teacher = WorkClient.withToken(learnerToken);
        ok(teacher.answer(READING, "anders-willen", json("text", "Mijn opzet")));

        for (String forged : List.of(signedWithAnotherSecret(learnerToken), unsigned(learnerToken))) {
            WorkClient forger = WorkClient.withToken(forged);
            assertRefused(teacher, READING, () -> forger.answer(READING, "anders-willen", json("text", "Vervalst")), 401);
            assertRefused(teacher, READING, () -> forger.post("/api/assignments/" + READING + "/submit", null), 401);
        }
    }

    @Test
    void anotherTeacherInTheSameCourseSeesNoneOfTheWork() {
        WorkClient anna = learner("anna-sees", "Anna", "course-sees");
        ok(anna.answer(READING, "anders-willen", json("text", "Alleen van Anna")));
        ok(anna.put("/api/assignments/" + SCAN + "/quickscan/sector", json("sectorId", "po")));
        created(anna.post(ACTIONS, json("optionId", "mail-over-de-klas")));

        WorkClient bram = learner("bram-sees", "Bram", "course-sees");

        JsonNode reading = bram.assignment(READING);
        assertTrue(reading.path("answers").isEmpty(), reading.toString());
        assertEquals("not_started", reading.at("/progress/state").asText());
        assertEquals(0, bram.assignment(SCAN).at("/quickscan/attempts").size());
        assertEquals(0, bram.assignment(PLAN).path("actions").size());
        ok(bram.get("/api/progress")).path("modules").forEach(module -> module.path("assignments").forEach(assignment ->
                assertEquals("not_started", assignment.at("/progress/state").asText(), assignment.toString())));
    }

    @Test
    void anotherTeachersAnswerToTheSameQuestionIsTheirOwn() {
        WorkClient anna = learner("anna-answers", "Anna", "course-answers");
        ok(anna.answer(READING, "anders-willen", json("text", "Van Anna")));
        WorkClient bram = learner("bram-answers", "Bram", "course-answers");

        assertUnchangedFor(anna, () -> ok(bram.answer(READING, "anders-willen", json("text", "Van Bram"))));

        assertEquals("Van Bram", bram.assignment(READING).at("/answers/anders-willen/text").asText());
    }

    @Test
    void anotherTeacherCannotChangeOrRemoveAnAction() {
        WorkClient anna = learner("anna-actions", "Anna", "course-actions");
        long action = created(anna.post(ACTIONS, json("optionId", "mail-over-de-klas"))).path("id").asLong();
        WorkClient bram = learner("bram-actions", "Bram", "course-actions");
        created(bram.post(ACTIONS, json("optionId", "bellen-met-goed-nieuws")));

        assertRefused(anna, PLAN, () -> bram.put(ACTIONS + "/" + action, json("plannedFor", null, "done", false)), 404, "itemId");
        assertRefused(anna, PLAN, () -> bram.delete(ACTIONS + "/" + action), 404, "itemId");
    }

    @Test
    void theSameTeacherInAnotherCourseStartsEmptyAndEachCourseKeepsItsOwnWork() {
        WorkClient first = learner("carla-two-courses", "Carla", "course-first");
        ok(first.answer(READING, "anders-willen", json("text", "In de eerste cursus")));

        WorkClient second = learner("carla-two-courses", "Carla", "course-second");

        assertTrue(second.assignment(READING).path("answers").isEmpty(), "a new course starts without work");
        ok(second.answer(READING, "anders-willen", json("text", "In de tweede cursus")));
        assertEquals("In de eerste cursus", first.assignment(READING).at("/answers/anders-willen/text").asText());
        assertEquals("In de tweede cursus", second.assignment(READING).at("/answers/anders-willen/text").asText());
    }

    private WorkClient learner(String subject, String name, String courseId) {
        return platform.launch(subject, claims -> claims.set("name", name).member(LaunchClaims.CONTEXT, "id", courseId));
    }

    /** The request done, and the owner's reading assignment the same before and after. */
    private static void assertUnchangedFor(WorkClient owner, Runnable request) {
        JsonNode before = owner.assignment(READING);
        request.run();
        assertEquals(before, owner.assignment(READING));
    }

    /** The token's claims signed with a secret the tool does not know. */
    private static String signedWithAnotherSecret(String token) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), SignedJWT.parse(token).getJWTClaimsSet());
            forged.sign(new MACSigner(secret));
            return forged.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token's claims with {@code "alg": "none"} and no signature. */
    private static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** The token with one claim of its payload changed and its signature kept. */
    private static String withPayload(String token, String claim, String value) {
        String[] parts = token.split("\\.");
        try {
            ObjectNode payload = (ObjectNode) WorkClient.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            payload.put(claim, value);
            String changed = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(WorkClient.JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
            return parts[0] + "." + changed + "." + parts[2];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
