package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.PlatformGradebook;
import nl.samenspraak.tool.it.platform.PlatformGradebook.ReceivedScore;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Grades through the running server: a teacher launched with the grade service completes an assignment over
 * the API and the emulator's grade book receives the scores; a link without the grade service sends none and
 * the trainer's page says why; the administrator's parked list and token audience.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradesIT {

    static final String AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    private static final String READING = "klavertje-vier";

    private LtiTestbed testbed;
    private LtiTestbed.Registered registered;
    private PlatformGradebook gradebook;

    @BeforeAll
    void start() {
        ServerReadiness.await(ServerReadiness.tool());
        testbed = new LtiTestbed();
        registered = testbed.registeredPlatform();
        gradebook = PlatformGradebook.on(registered.platform(), PlatformGradebook.Flavour.MOODLE,
                PlatformGradebook.keysOf(testbed.tool()));
    }

    @AfterAll
    void stop() {
        testbed.close();
    }

    private WorkClient launch(String subject, UnaryOperator<LaunchClaims> changes) {
        ToolAnswer launch = registered.platform().launch(testbed.browser(), subject, changes);
        return WorkClient.withToken(launch.sessionToken().orElseThrow(() -> new AssertionError("no session: " + launch)));
    }

    private UnaryOperator<LaunchClaims> link(String linkId, boolean withGrades) {
        return claims -> {
            claims.member(LaunchClaims.RESOURCE_LINK, "id", linkId).custom("assignment", READING);
            return withGrades ? claims.set(AGS_CLAIM, gradebook.endpointClaim(List.of(PlatformGradebook.SCORE_SCOPE,
                    PlatformGradebook.LINE_ITEM_SCOPE), null)) : claims;
        };
    }

    @Test
    void aTeacherWhoCompletesAnAssignmentGetsTheGradeInThePlatformsGradebook() {
        WorkClient teacher = launch("graded-teacher", link("graded-link", true));

        teacher.answerEveryQuestion(READING);
        assertEquals("completed", ok(teacher.post("/api/assignments/" + READING + "/submit", null))
                .at("/progress/state").asText());

        until(() -> gradebook.received().stream().anyMatch(score -> score.userId().equals("graded-teacher")
                && score.gradingProgress().equals("FullyGraded")));
        List<ReceivedScore> scores = gradebook.received().stream()
                .filter(score -> score.userId().equals("graded-teacher")).toList();
        ReceivedScore last = scores.get(scores.size() - 1);
        assertEquals(100.0, last.scoreGiven());
        assertEquals("Completed", last.activityProgress());
        assertEquals(100.0, gradebook.grade(last.lineItem(), "graded-teacher"));
        assertEquals(READING, gradebook.lineItems().get(last.lineItem()).get("resourceId"), "the line item was created");
        assertEquals(List.of(), gradebook.problems());
    }

    @Test
    void aLinkWithoutTheGradeServiceSendsNoGradeAndTheTrainerSeesWhy() {
        // A course of its own: every link of a course to the assignment gets the course's scores.
        UnaryOperator<LaunchClaims> ungraded = claims -> link("ungraded-link", false).apply(claims)
                .member(LaunchClaims.CONTEXT, "id", "ungraded-course");
        WorkClient teacher = launch("ungraded-teacher", ungraded);
        teacher.answerEveryQuestion(READING);
        assertEquals("completed", ok(teacher.post("/api/assignments/" + READING + "/submit", null))
                .at("/progress/state").asText(), "completion is tracked all the same");

        WorkClient trainer = launch("grades-trainer", claims -> ungraded.apply(claims).roles(LaunchClaims.INSTRUCTOR));
        JsonNode links = ok(trainer.get("/api/course/grades"));

        assertEquals(1, links.size(), links.toString());
        assertEquals(READING, links.get(0).path("assignmentId").asText());
        assertEquals("no-grade-service", links.get(0).path("sending").asText());
        assertTrue(gradebook.received().stream().noneMatch(score -> score.userId().equals("ungraded-teacher")));
        assertEquals(403, teacher.get("/api/course/grades").status(), "a teacher does not see it");
    }

    @Test
    void theAdministratorListsParkedScoresAndSetsTheTokenAudience() {
        WorkClient admin = WorkClient.withToken(testbed.admin().token());
        assertTrue(ok(admin.get("/api/admin/grades/parked")).isArray());
        ToolClient.Answer unknown = admin.post("/api/admin/grades/parked/987654321/retry", null);
        assertEquals(404, unknown.status());
        assertTrue(unknown.contentType().startsWith("application/problem+json"));

        String path = "/api/admin/registrations/" + registered.id() + "/token-audience";
        ToolClient.Answer wrong = admin.put(path, "{\"tokenAudience\": \"not a url\"}");
        assertEquals(400, wrong.status());
        assertEquals("tokenAudience", wrong.json().at("/errors/0/field").asText(), wrong.body());
        assertEquals("", ok(admin.get(path)).path("tokenAudience").asText(), "a refused change changes nothing");
        assertEquals(PlatformGradebook.BRIGHTSPACE_AUDIENCE, ok(admin.put(path, "{\"tokenAudience\": \""
                + PlatformGradebook.BRIGHTSPACE_AUDIENCE + "\"}")).path("tokenAudience").asText());
        assertEquals("", ok(admin.put(path, "{\"tokenAudience\": \"\"}")).path("tokenAudience").asText());
    }

    private static void until(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not so within 30 seconds");
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }
}
