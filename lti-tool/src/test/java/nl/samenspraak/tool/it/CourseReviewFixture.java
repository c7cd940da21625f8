package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the course-page API tests share: an emulated platform of the class's own, launching teachers and
 * trainers into a course each test names, and the calls and look-ups on the course page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CourseReviewFixture {

    protected static final String READING = "klavertje-vier";
    protected static final String FILM = "bedeesde-ouder-film";

    protected final WorkPlatform platform = new WorkPlatform();

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    /** A launched user with the ids their session token carries. */
    protected record Launched(WorkClient client, long userId, long courseId) {
    }

    protected Launched learner(String subject, String name, String courseId) {
        return launched(platform.sessionToken(subject, claims -> claims.set("name", name)
                .member(LaunchClaims.CONTEXT, "id", courseId)));
    }

    protected Launched trainer(String subject, String courseId) {
        return launched(platform.sessionToken(subject, claims -> claims.roles(LaunchClaims.INSTRUCTOR)
                .member(LaunchClaims.CONTEXT, "id", courseId)));
    }

    protected Launched submittedReading(String subject, String name, String courseId) {
        Launched teacher = learner(subject, name, courseId);
        teacher.client().answerEveryQuestion(READING);
        ok(teacher.client().post("/api/assignments/" + READING + "/submit", null));
        return teacher;
    }

    /** The client of a session token, with the user and course ids of its claims. */
    protected static Launched launched(String token) {
        try {
            JsonNode claims = WorkClient.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            return new Launched(WorkClient.withToken(token), claims.path("sub").asLong(), claims.path("ctx").asLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String course(Launched trainer) {
        return "/api/courses/" + trainer.courseId();
    }

    protected static String member(Launched trainer, Launched teacher, String assignmentId) {
        return course(trainer) + "/members/" + teacher.userId() + "/assignments/" + assignmentId;
    }

    protected static String feedback(String assignmentId) {
        return "/api/assignments/" + assignmentId + "/feedback";
    }

    protected static JsonNode matrix(Launched trainer, String lang) {
        return ok(trainer.client().get(course(trainer) + "/matrix?lang=" + lang));
    }

    protected static JsonNode column(JsonNode matrix, String assignmentId) {
        for (JsonNode module : matrix.path("modules")) {
            for (JsonNode assignment : module.path("assignments")) {
                if (assignment.path("id").asText().equals(assignmentId)) {
                    return assignment;
                }
            }
        }
        throw new AssertionError("No column " + assignmentId);
    }

    protected static JsonNode cell(Launched trainer, String name, String assignmentId) {
        for (JsonNode member : matrix(trainer, "nl").path("members")) {
            if (member.path("name").asText().equals(name)) {
                return member.at("/cells/" + assignmentId);
            }
        }
        throw new AssertionError("No member " + name);
    }

    protected static String items(Launched... teachers) {
        return json("items", Arrays.stream(teachers).map(teacher -> Map.of("userId", teacher.userId(),
                "assignmentId", READING)).toList());
    }

    protected static String csv(Launched trainer, String lang) {
        ToolClient.Answer answer = trainer.client().send("GET", course(trainer) + "/matrix.csv?lang=" + lang, null, null,
                "Accept", "text/csv");
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("text/csv"), answer.contentType());
        assertTrue(answer.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals('\uFEFF', answer.body().charAt(0), "UTF-8 with a byte order mark");
        return answer.body();
    }

    protected static List<String> names(JsonNode matrix) {
        List<String> names = new ArrayList<>();
        matrix.path("members").forEach(member -> names.add(member.path("name").asText()));
        return names;
    }

    /** The start page's notices of feedback not read yet. */
    protected static List<JsonNode> newFeedback(JsonNode notices) {
        List<JsonNode> feedback = new ArrayList<>();
        notices.forEach(notice -> {
            if ("feedback".equals(notice.path("kind").asText())) {
                feedback.add(notice);
            }
        });
        return feedback;
    }
}
