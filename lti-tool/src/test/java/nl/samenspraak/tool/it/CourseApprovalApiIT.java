package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static nl.samenspraak.tool.it.WorkRefusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Approving and returning over the course page's API: the "approval needed" switch, approving one teacher's
 * work and a selection (all or none), and returning work for revision with a reason. Each test has its own
 * course.
 */
class CourseApprovalApiIT extends CourseReviewFixture {

    @Test
    void workThatNeedsApprovalWaitsUntilTheTrainerApprovesIt() {
        Launched trainer = trainer("trainer-approve", "course-approve");
        ok(trainer.client().put(course(trainer) + "/assignments/" + READING + "/approval", json("needsApproval", true)));
        Launched anna = submittedReading("anna-approve", "Anna", "course-approve");

        assertEquals("awaiting_approval", cell(trainer, "Anna", READING).path("state").asText());
        assertTrue(column(matrix(trainer, "nl"), READING).path("needsApproval").asBoolean());
        assertEquals("awaiting_approval", ok(anna.client().get(feedback(READING))).at("/review/state").asText());

        JsonNode approved = ok(trainer.client().post(member(trainer, anna, READING) + "/approve", null));

        assertEquals("completed", approved.path("state").asText());
        assertTrue(approved.path("approved").asBoolean());
        assertEquals("completed", cell(trainer, "Anna", READING).path("state").asText());
        assertTrue(ok(anna.client().get(feedback(READING))).at("/review/approved").asBoolean());
        assertProblem(trainer.client().post(member(trainer, anna, READING) + "/approve", null), 409, "assignmentId");
    }

    @Test
    void workThatNeedsNoApprovalCannotBeApproved() {
        Launched anna = submittedReading("anna-no-approval", "Anna", "course-no-approval");
        Launched trainer = trainer("trainer-no-approval", "course-no-approval");

        assertRefused(anna.client(), READING, () -> trainer.client().post(member(trainer, anna, READING) + "/approve",
                null), 409, "assignmentId");
    }

    @Test
    void workReturnedForRevisionIsEditableAgainWithTheReasonUntilSubmittedAgain() {
        Launched trainer = trainer("trainer-return", "course-return");
        ok(trainer.client().put(course(trainer) + "/assignments/" + READING + "/approval", json("needsApproval", true)));
        Launched anna = submittedReading("anna-return", "Anna", "course-return");
        String returnPath = member(trainer, anna, READING) + "/return";

        assertRefused(anna.client(), READING, () -> trainer.client().post(returnPath, json("reason", "  ")), 400, "reason");
        assertRefused(anna.client(), READING, () -> trainer.client().post(returnPath, "{}"), 400, "reason");
        assertRefused(anna.client(), READING, () -> trainer.client().post(returnPath,
                json("reason", "x".repeat(2001))), 400, "reason");
        JsonNode returned = ok(trainer.client().post(returnPath, json("reason", "Werk je tweede antwoord verder uit.")));

        assertEquals("returned", returned.path("state").asText());
        assertEquals("Werk je tweede antwoord verder uit.", returned.path("returnReason").asText());
        JsonNode editable = anna.client().assignment(READING);
        assertFalse(editable.path("readOnly").asBoolean(), editable.toString());
        assertTrue(editable.path("reopenedAt").isTextual(), editable.toString());
        assertFalse(editable.has("submittedAt"), editable.toString());
        ok(anna.client().answer(READING, "anders-willen", json("text", "Na het terugsturen aangevuld met een nieuwe gedachte.")));
        JsonNode own = ok(anna.client().get(feedback(READING)));
        assertEquals("returned", own.at("/review/state").asText());
        assertEquals("Werk je tweede antwoord verder uit.", own.at("/review/returnReason").asText());
        assertEquals("Werk je tweede antwoord verder uit.", cell(trainer, "Anna", READING).path("returnReason").asText());
        assertRefused(anna.client(), READING, () -> trainer.client().post(returnPath, json("reason", "Nog eens")), 409);

        ok(anna.client().post("/api/assignments/" + READING + "/submit", null));
        assertEquals("awaiting_approval", cell(trainer, "Anna", READING).path("state").asText());
    }

    @Test
    void aSelectionIsApprovedEntirelyOrNotAtAll() {
        Launched trainer = trainer("trainer-bulk", "course-bulk");
        ok(trainer.client().put(course(trainer) + "/assignments/" + READING + "/approval", json("needsApproval", true)));
        Launched anna = submittedReading("anna-bulk", "Anna", "course-bulk");
        Launched bram = submittedReading("bram-bulk", "Bram", "course-bulk");
        Launched carla = learner("carla-bulk", "Carla", "course-bulk");
        String approvals = course(trainer) + "/approvals";

        assertRefused(anna.client(), READING, () -> trainer.client().post(approvals, items(anna, bram, carla)), 409, "items[2]");
        assertEquals("awaiting_approval", cell(trainer, "Anna", READING).path("state").asText());
        assertRefused(anna.client(), READING, () -> trainer.client().post(approvals, "{\"items\": []}"), 400, "items");
        assertRefused(anna.client(), READING, () -> trainer.client().post(approvals, "{\"items\": [{\"userId\": 1}]}"),
                400, "items[0]");
        assertRefused(anna.client(), READING, () -> trainer.client().post(approvals, "{}"), 400, "items");

        JsonNode approved = ok(trainer.client().post(approvals, items(anna, bram)));

        assertEquals(2, approved.size());
        assertEquals("completed", cell(trainer, "Anna", READING).path("state").asText());
        assertEquals("completed", cell(trainer, "Bram", READING).path("state").asText());
    }

    @Test
    void theApprovalSwitchMustSayTrueOrFalseForAKnownAssignment() {
        Launched trainer = trainer("trainer-switch", "course-switch");
        String path = course(trainer) + "/assignments/" + READING + "/approval";

        assertProblem(trainer.client().put(path, "{}"), 400, "needsApproval");
        assertProblem(trainer.client().put(path, json("needsApproval", "ja")), 400, "needsApproval");
        assertProblem(trainer.client().put(course(trainer) + "/assignments/geen-opdracht/approval",
                json("needsApproval", true)), 404);
        ok(trainer.client().put(path, json("needsApproval", true)));
        ok(trainer.client().put(path, json("needsApproval", false)));
        assertFalse(column(matrix(trainer, "nl"), READING).path("needsApproval").asBoolean());
    }
}
