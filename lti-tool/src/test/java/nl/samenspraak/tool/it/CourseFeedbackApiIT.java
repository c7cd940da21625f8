package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Feedback over the course page's API: the trainer's draft until sent, the teacher's one reply per round,
 * and the teacher's feedback endpoints as the teacher's own. Each test has its own course.
 */
class CourseFeedbackApiIT extends CourseReviewFixture {

    @Test
    void feedbackIsADraftUntilSentAndTheTeacherRepliesOncePerRound() {
        Launched anna = submittedReading("anna-feedback", "Anna", "course-feedback");
        Launched trainer = trainer("trainer-feedback", "course-feedback");
        String path = member(trainer, anna, READING) + "/feedback";

        assertProblem(trainer.client().put(path, json("text", "x".repeat(4001))), 400, "text");
        assertProblem(trainer.client().put(path, json("text", "")), 400, "text");
        assertProblem(trainer.client().post(path + "/send", null), 409);
        ok(trainer.client().put(path, json("text", "Mooi verwoord.")));
        JsonNode drafts = ok(trainer.client().put(path, json("text", "Mooi verwoord, vooral je eerste antwoord.")));
        assertEquals(1, drafts.size());
        assertEquals("draft", cell(trainer, "Anna", READING).path("feedback").asText());
        assertEquals(0, ok(anna.client().get(feedback(READING))).path("rounds").size());
        assertEquals(0, newFeedback(ok(anna.client().get("/api/notices"))).size());

        ok(trainer.client().post(path + "/send", null));

        List<JsonNode> unseen = newFeedback(ok(anna.client().get("/api/notices?lang=en")));
        assertEquals(1, unseen.size());
        assertEquals(READING, unseen.get(0).path("assignmentId").asText());
        JsonNode own = ok(anna.client().post(feedback(READING) + "/seen", null));
        assertEquals("Mooi verwoord, vooral je eerste antwoord.", own.at("/rounds/0/text").asText());
        assertTrue(own.path("canReply").asBoolean());
        assertEquals(0, newFeedback(ok(anna.client().get("/api/notices"))).size());
        assertProblem(anna.client().post(feedback(READING) + "/reply", json("text", "y".repeat(4001))), 400, "reply");
        JsonNode replied = ok(anna.client().post(feedback(READING) + "/reply", json("text", "Dank je!")));
        assertFalse(replied.path("canReply").asBoolean());
        assertProblem(anna.client().post(feedback(READING) + "/reply", json("text", "Nog iets")), 409);
        assertEquals("replied", cell(trainer, "Anna", READING).path("feedback").asText());
        JsonNode work = ok(trainer.client().get(member(trainer, anna, READING)));
        assertEquals("Dank je!", work.at("/feedback/0/reply").asText());

        ok(trainer.client().put(path, json("text", "Een tweede ronde.")));
        assertEquals(2, ok(trainer.client().get(member(trainer, anna, READING))).path("feedback").size());
        assertEquals(1, ok(anna.client().get(feedback(READING))).path("rounds").size());
    }

    @Test
    void theTeachersFeedbackEndpointsAreTheTeachersOwn() {
        Launched trainer = trainer("trainer-own-feedback", "course-own-feedback");
        for (ToolClient.Answer answer : List.of(trainer.client().get(feedback(READING)),
                trainer.client().post(feedback(READING) + "/seen", null),
                trainer.client().post(feedback(READING) + "/reply", json("text", "Van de trainer")),
                trainer.client().get("/api/notices"))) {
            assertProblem(answer, 403);
        }
        Launched anna = learner("anna-no-feedback", "Anna", "course-own-feedback");
        assertProblem(anna.client().post(feedback(READING) + "/reply", json("text", "Nergens op")), 409);
        assertProblem(anna.client().get(feedback("geen-opdracht")), 404);
    }
}
