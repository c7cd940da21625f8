package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call the trainer's course page: for every endpoint, a learner of the same course, the teacher
 * herself, a trainer or teaching assistant of another course and a trainer without a course get 403 and
 * change nothing. The other course-page tests are {@link CourseMatrixApiIT}, {@link CourseApprovalApiIT}
 * and {@link CourseFeedbackApiIT}.
 */
class CourseReviewApiIT extends CourseReviewFixture {

    private Launched guarded;
    private Launched guardedTrainer;

    /** Every endpoint of the course page, with a body it would take. */
    private List<List<String>> endpoints(long userId) {
        String member = "/members/" + userId + "/assignments/" + READING;
        return List.of(
                List.of("GET", "/matrix"),
                List.of("GET", "/matrix.csv"),
                List.of("PUT", "/assignments/" + READING + "/approval", json("needsApproval", true)),
                List.of("GET", "/assignments/" + READING + "/preview"),
                List.of("GET", member),
                List.of("PUT", member + "/feedback", json("text", "Goed gedaan")),
                List.of("POST", member + "/feedback/send"),
                List.of("POST", member + "/approve"),
                List.of("POST", member + "/return", json("reason", "Nog niet af")),
                List.of("POST", "/approvals", "{\"items\": [{\"userId\": " + userId + ", \"assignmentId\": \"" + READING + "\"}]}"));
    }

    private Stream<Arguments> refusedCallers() {
        guardedTrainer = trainer("trainer-guarded", "course-guarded");
        ok(guardedTrainer.client().put(course(guardedTrainer) + "/assignments/" + READING + "/approval",
                json("needsApproval", true)));
        guarded = submittedReading("anna-guarded", "Anna", "course-guarded");
        ok(guardedTrainer.client().put(member(guardedTrainer, guarded, READING) + "/feedback", json("text", "Concept")));
        Launched colleague = learner("bram-guarded", "Bram", "course-guarded");
        Launched otherTrainer = trainer("trainer-other-guarded", "course-other-guarded");
        Launched assistant = launched(platform.sessionToken("assistant-other-guarded", claims -> claims
                .roles("http://purl.imsglobal.org/vocab/lis/v2/membership#TeachingAssistant")
                .member(LaunchClaims.CONTEXT, "id", "course-other-guarded")));
        Launched courseless = launched(platform.sessionToken("trainer-without-course-guarded", claims -> claims
                .roles(LaunchClaims.INSTRUCTOR).remove(LaunchClaims.CONTEXT)));
        Map<String, Launched> callers = Map.of("a learner of the course", colleague, "the teacher herself", guarded,
                "a trainer of another course", otherTrainer, "a teaching assistant of another course", assistant,
                "a trainer without a course", courseless);
        List<Arguments> arguments = new ArrayList<>();
        callers.forEach((who, caller) -> endpoints(guarded.userId()).forEach(endpoint ->
                arguments.add(Arguments.of(endpoint.get(0) + " " + endpoint.get(1), who, caller,
                        endpoint.size() > 2 ? endpoint.get(2) : null))));
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("refusedCallers")
    void everyCourseEndpointRefusesAnyoneButTheCoursesTrainers(String endpoint, String who, Launched caller, String body) {
        String[] methodAndPath = endpoint.split(" ", 2);
        JsonNode before = ok(guardedTrainer.client().get(member(guardedTrainer, guarded, READING)));

        assertRefused(guarded.client(), READING, () -> caller.client().send(methodAndPath[0],
                "/api/courses/" + guarded.courseId() + methodAndPath[1], body == null ? null : "application/json", body), 403);

        assertEquals(before, ok(guardedTrainer.client().get(member(guardedTrainer, guarded, READING))));
    }
}
