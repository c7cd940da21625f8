package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.platform.LaunchClaims.DEEP_LINKING_SETTINGS;
import static nl.samenspraak.tool.it.platform.LaunchClaims.INSTRUCTOR;
import static nl.samenspraak.tool.it.platform.LaunchClaims.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.samenspraak.tool.it.platform.DeepLinkingReturn;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Deep Linking over the API, as the picker uses it: a trainer's deep-linking launch opens the picker, the
 * answer is a signed response that the platform emulator verifies strictly at the return URL (query string
 * kept), and a teacher's launch of a chosen item finds its assignment and settings. Every refusal (unknown
 * assignment, too many items, a learner, someone else's request, a second answer) changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeepLinkingApiIT {

    private final LtiTestbed testbed = new LtiTestbed();
    private final LtiTestbed.Registered registered = testbed.registeredPlatform();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    void stop() {
        testbed.close();
    }

    /** A deep-linking launch: the picker's request id from the page address, and the session. */
    private record Picker(String id, WorkClient client) {
    }

    private Picker deepLink(String trainer, UnaryOperator<LaunchClaims> changes) {
        URI returnUrl = URI.create(registered.platform().issuer() + "/deep-linking/return?course=7&state=kept%20as%20is");
        ToolAnswer launch = registered.platform().launch(testbed.browser(), trainer,
                claims -> changes.apply(claims.roles(INSTRUCTOR).deepLinking(returnUrl)));
        URI location = launch.location().orElseThrow(() -> new AssertionError("no page: " + launch));
        assertTrue(location.getPath().startsWith("/app/deep-linking/"), location.toString());
        String token = launch.sessionToken().orElseThrow();
        return new Picker(location.getPath().substring("/app/deep-linking/".length()), WorkClient.withToken(token));
    }

    private static List<String> assignmentIds(JsonNode picker) {
        List<String> ids = new ArrayList<>();
        picker.path("modules").forEach(module -> module.path("assignments")
                .forEach(assignment -> ids.add(assignment.path("id").asText())));
        return ids;
    }

    private static String item(String assignmentId, String title, Object score, boolean approval, String dueAt) {
        return WorkClient.json("assignmentId", assignmentId, "title", title, "scoreMaximum", score,
                "needsApproval", approval, "dueAt", dueAt);
    }

    private static String items(String... items) {
        return "{\"items\":[" + String.join(",", items) + "]}";
    }

    /** The browser's form POST of the signed response to the return URL, exactly as the answer gives it. */
    private int postToPlatform(JsonNode answer) throws Exception {
        HttpRequest form = HttpRequest.newBuilder(URI.create(answer.path("returnUrl").asText()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("JWT=" + URLEncoder.encode(answer.path("jwt").asText(),
                        StandardCharsets.UTF_8))).build();
        return http.send(form, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aTrainerAddsTwoAssignmentsAndATeacherLaunchesOneWithItsSettings() throws Exception {
        Picker picker = deepLink("dl-trainer", claims -> claims);
        JsonNode choices = WorkClient.ok(picker.client().get("/api/deep-linking/" + picker.id() + "?lang=en"));
        assertTrue(choices.path("acceptMultiple").asBoolean());
        assertEquals("en", choices.path("language").asText());
        List<String> ids = assignmentIds(choices);
        assertTrue(ids.size() >= 2, choices.toString());
        JsonNode first = choices.path("modules").get(0).path("assignments").get(0);
        assertFalse(first.path("instructions").asText().isBlank(), "a preview of what the teacher sees");

        JsonNode answer = WorkClient.ok(picker.client().post("/api/deep-linking/" + picker.id() + "/response",
                items(item(ids.get(0), "Film: de eerste kennismaking", 10, true, "2027-01-31T17:00:00+01:00"),
                        item(ids.get(1), "Lezen", 20.5, false, null))));

        assertEquals(registered.platform().issuer() + "/deep-linking/return?course=7&state=kept%20as%20is",
                answer.path("returnUrl").asText(), "the return URL exactly as given");
        assertEquals(200, postToPlatform(answer));
        DeepLinkingReturn.Received received = registered.platform().deepLinkingReturn().latest().orElseThrow();
        assertEquals(List.of(), received.problems());
        assertEquals("course=7&state=kept%20as%20is", received.address().getRawQuery());
        assertEquals("emulator-data-1", received.data().orElseThrow(), "data echoed");
        assertEquals(2, received.items().size());
        assertEquals(Map.of("assignment", ids.get(0), "score_maximum", "10", "needs_approval", "true",
                "due_at", "2027-01-31T16:00:00Z"), received.custom(0));
        assertEquals("20.5", received.custom(1).get("score_maximum"));

        Map<String, Object> custom = received.custom(0);
        ToolAnswer teacher = registered.platform().launch(testbed.browser(), "dl-teacher", claims -> {
            custom.forEach((name, value) -> claims.custom(name, (String) value));
            return claims.roles(LEARNER);
        });
        JsonNode session = WorkClient.ok(WorkClient.withToken(teacher.sessionToken().orElseThrow()).get("/api/session"));
        assertEquals(ids.get(0), session.path("link").path("assignmentId").asText());
    }

    @Test
    void cancellingSendsNoItemsAndTheRequestIsAnsweredOnce() throws Exception {
        Picker picker = deepLink("dl-cancel", claims -> claims);

        JsonNode answer = WorkClient.ok(picker.client().post("/api/deep-linking/" + picker.id() + "/response", items()));
        assertEquals(200, postToPlatform(answer));
        DeepLinkingReturn.Received received = registered.platform().deepLinkingReturn().latest().orElseThrow();
        assertEquals(List.of(), received.problems());
        assertEquals(0, received.items().size());

        ToolClient.Answer again = picker.client().post("/api/deep-linking/" + picker.id() + "/response", items());
        assertEquals(409, again.status(), again.body());
        assertEquals(409, picker.client().get("/api/deep-linking/" + picker.id()).status());
    }

    @Test
    void anUnknownAssignmentIsRefusedNamingTheFieldAndChangesNothing() {
        Picker picker = deepLink("dl-unknown", claims -> claims);
        String known = assignmentIds(WorkClient.ok(picker.client().get("/api/deep-linking/" + picker.id()))).get(0);

        ToolClient.Answer refused = picker.client().post("/api/deep-linking/" + picker.id() + "/response?lang=nl",
                items(item(known, "Goed", 10, false, null), item("bestaat-niet", "Fout", 10, false, null)));

        assertEquals(400, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("items[1].assignmentId", refused.json().path("errors").get(0).path("field").asText());
        assertTrue(refused.json().path("detail").asText().contains("bestaat niet"), refused.body());
        WorkClient.ok(picker.client().post("/api/deep-linking/" + picker.id() + "/response",
                items(item(known, "Goed", 10, false, null))));
    }

    @Test
    void badSettingsAreRefusedPerField() {
        Picker picker = deepLink("dl-settings", claims -> claims);
        String known = assignmentIds(WorkClient.ok(picker.client().get("/api/deep-linking/" + picker.id()))).get(0);
        String path = "/api/deep-linking/" + picker.id() + "/response?lang=en";

        assertEquals("items[0].scoreMaximum", field(picker.client().post(path, items(item(known, "T", 0, false, null)))));
        assertEquals("items[0].scoreMaximum", field(picker.client().post(path, items(item(known, "T", 1001, false, null)))));
        assertEquals("items[0].title", field(picker.client().post(path, items(item(known, " ", 10, false, null)))));
        assertEquals("items[0].dueAt", field(picker.client().post(path, items(item(known, "T", 10, false, "morgen")))));
        assertEquals("items", field(picker.client().post(path, "{}")));
    }

    private static String field(ToolClient.Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        return answer.json().path("errors").get(0).path("field").asText();
    }

    @Test
    void whenThePlatformAcceptsOneItemTwoAreRefused() {
        Picker picker = deepLink("dl-single", claims -> claims.member(DEEP_LINKING_SETTINGS, "accept_multiple", false));
        JsonNode choices = WorkClient.ok(picker.client().get("/api/deep-linking/" + picker.id()));
        assertFalse(choices.path("acceptMultiple").asBoolean());
        List<String> ids = assignmentIds(choices);

        ToolClient.Answer refused = picker.client().post("/api/deep-linking/" + picker.id() + "/response",
                items(item(ids.get(0), "Een", 10, false, null), item(ids.get(1), "Twee", 10, false, null)));

        assertEquals(400, refused.status(), refused.body());
        assertEquals("items", refused.json().path("errors").get(0).path("field").asText());
    }

    @Test
    void aLearnerCannotReachThePickerNorAnswerIt() {
        Picker picker = deepLink("dl-owner", claims -> claims);
        ToolAnswer learnerLaunch = registered.platform().launch(testbed.browser(), "dl-learner",
                claims -> claims.roles(LEARNER));
        WorkClient learner = WorkClient.withToken(learnerLaunch.sessionToken().orElseThrow());

        assertEquals(403, learner.get("/api/deep-linking/" + picker.id()).status());
        assertEquals(403, learner.post("/api/deep-linking/" + picker.id() + "/response", items()).status());

        ToolAnswer deepLinkingLaunch = registered.platform().launch(testbed.browser(), "dl-learner",
                claims -> claims.deepLinking(URI.create(registered.platform().issuer() + "/deep-linking/return")));
        assertEquals(403, deepLinkingLaunch.status(), "a learner's deep-linking launch is refused");
        assertTrue(deepLinkingLaunch.sessionToken().isEmpty());
    }

    @Test
    void anotherTrainersRequestIsNotFoundAndWithoutSessionNothingIsShown() {
        Picker mine = deepLink("dl-mine", claims -> claims);
        Picker theirs = deepLink("dl-theirs", claims -> claims);

        assertEquals(404, mine.client().get("/api/deep-linking/" + theirs.id()).status());
        assertEquals(404, mine.client().post("/api/deep-linking/" + theirs.id() + "/response", items()).status());
        assertEquals(404, mine.client().get("/api/deep-linking/unknown").status());
        assertEquals(401, WorkClient.withAuthorization(null).get("/api/deep-linking/" + mine.id()).status());
        WorkClient.ok(theirs.client().get("/api/deep-linking/" + theirs.id()));
    }
}
