package nl.samenspraak.tool.lti.grades;

import static nl.samenspraak.tool.lti.grades.GradesFixture.COMPLETED;
import static nl.samenspraak.tool.lti.grades.GradesFixture.IN_PROGRESS;
import static nl.samenspraak.tool.lti.grades.GradesFixture.NOT_STARTED;
import static nl.samenspraak.tool.lti.grades.GradesFixture.SUBMITTED;
import static nl.samenspraak.tool.lti.grades.GradesFixture.fast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import nl.samenspraak.tool.it.platform.PlatformGradebook;
import nl.samenspraak.tool.it.platform.PlatformGradebook.Flavour;
import nl.samenspraak.tool.it.platform.PlatformGradebook.ReceivedScore;
import nl.samenspraak.tool.work.application.ProgressCause;
import org.junit.jupiter.api.Test;

/**
 * Scores from a state change to the emulated platform's grade book, through the tool's real token client,
 * outbox and worker on the embedded database: each state's score, review comments, one token for many
 * scores, batches, erasure, the state change's transaction and superseded scores. Failures are in
 * {@link GradeFailuresTest}, finding and making line items in {@link GradeLineItemsTest}.
 */
class GradeDeliveryTest extends GradesOnEmbeddedDatabase {

    @Test
    void eachStateChangeSendsItsScoreAndAReopeningNeverWipesTheGrade() {
        GradesFixture f = fixture(Flavour.MOODLE);
        URI lineItem = f.gradebook.addLineItem("Kennismaking", "link-1");
        f.link("link-1", ALL, lineItem, true);
        long teacher = f.teacher("moodle-user-7", "nl-NL");
        OutboxWorker worker = f.worker("w1", fast(5));
        int number = PlatformGradebook.number(lineItem);

        f.change(teacher, NOT_STARTED, IN_PROGRESS);
        worker.drain();
        f.change(teacher, IN_PROGRESS, SUBMITTED);
        worker.drain();
        assertNull(f.gradebook.grade(number, "moodle-user-7"), "no grade before completion");
        f.change(teacher, SUBMITTED, COMPLETED);
        worker.drain();
        f.change(teacher, COMPLETED, IN_PROGRESS);
        worker.drain();

        List<ReceivedScore> scores = f.gradebook.received();
        assertEquals(List.of("Started/NotReady", "Submitted/Pending", "Completed/FullyGraded"),
                scores.stream().map(s -> s.activityProgress() + "/" + s.gradingProgress()).toList());
        assertEquals(List.of(30.0, 80.0, 100.0), scores.stream().map(ReceivedScore::scoreGiven).toList());
        assertTrue(scores.stream().allMatch(s -> s.scoreMaximum() == 100 && s.userId().equals("moodle-user-7")));
        assertEquals("Opdracht afgerond.", scores.get(2).comment());
        for (int i = 1; i < scores.size(); i++) {
            assertFalse(scores.get(i).timestamp().isBefore(scores.get(i - 1).timestamp().plusSeconds(1)),
                    "timestamps at least a second apart");
        }
        assertEquals(100.0, f.gradebook.grade(number, "moodle-user-7"), "the reopening did not clear the grade");
        assertEquals(List.of(), f.gradebook.problems());
        assertEquals(List.of("SENT", "SENT", "SENT"), f.statuses(teacher));
    }

    @Test
    void anApprovalAndAReturnReachTheGradebookWithTheirOwnComments() {
        GradesFixture f = fixture(Flavour.MOODLE);
        URI lineItem = f.gradebook.addLineItem("Kennismaking", "link-1");
        f.link("link-1", ALL, lineItem, true);
        long dutch = f.teacher("moodle-user-8", "nl-NL");
        long english = f.teacher("moodle-user-9", "en-GB");
        OutboxWorker worker = f.worker("w1", fast(5));

        f.change(dutch, SUBMITTED, IN_PROGRESS, ProgressCause.RETURNED);
        worker.drain();
        f.change(dutch, IN_PROGRESS, SUBMITTED);
        worker.drain();
        f.change(dutch, SUBMITTED, COMPLETED, ProgressCause.APPROVED);
        f.change(english, SUBMITTED, COMPLETED, ProgressCause.APPROVED);
        worker.drain();

        // One teacher's scores arrive in the order of their changes; two teachers' last scores go out in the
        // same batch, in either order.
        List<String> received = f.gradebook.received().stream()
                .map(s -> s.userId() + " " + s.gradingProgress() + " " + s.comment()).toList();
        assertEquals(List.of("moodle-user-8 Pending Teruggestuurd door de trainer om te herzien.",
                "moodle-user-8 Pending Ingeleverd; nog niet alles is afgerond.",
                "moodle-user-8 FullyGraded Goedgekeurd door de trainer."),
                received.stream().filter(line -> line.startsWith("moodle-user-8 ")).toList());
        assertEquals(List.of("moodle-user-9 FullyGraded Approved by the trainer."),
                received.stream().filter(line -> line.startsWith("moodle-user-9 ")).toList());
        assertEquals(4, received.size());
        assertEquals(100.0, f.gradebook.grade(PlatformGradebook.number(lineItem), "moodle-user-8"));
        assertEquals(List.of(), f.gradebook.problems());
    }

    @Test
    void aBatchIsMarkedSentInOneGoOnlyWhereTheWorkerStillHoldsTheLease() {
        GradesFixture f = linked(Flavour.MOODLE);
        long kept = f.teacher("user-kept", "nl");
        long lost = f.teacher("user-lost", "nl");
        f.change(kept, SUBMITTED, COMPLETED);
        f.change(lost, SUBMITTED, COMPLETED);
        List<OutboxItem> claimed = f.outbox.claim("w1", f.clock.instant(), Duration.ofMinutes(2), 10);
        assertEquals(2, claimed.size());
        // The lease of the second ran out and another worker took it up meanwhile.
        f.sql.update("UPDATE grade_outbox SET lease_owner = 'w2' WHERE user_id = ?", lost);

        f.outbox.sent(claimed.stream().map(OutboxItem::id).toList(), "w1", "HTTP 200", f.clock.instant());

        assertEquals(List.of("SENT"), f.statuses(kept));
        assertEquals(List.of("PENDING"), f.statuses(lost), "the other worker's row is left to it");
        assertEquals(1, f.sql.one("SELECT attempts FROM grade_outbox WHERE user_id = ?", row -> row.getInt(1), kept)
                .orElseThrow());
    }

    @Test
    void manyScoresShareOneTokenRequest() {
        GradesFixture f = linked(Flavour.MOODLE);
        OutboxWorker worker = f.worker("w1", fast(5));
        for (int i = 0; i < 100; i++) {
            f.change(f.teacher("user-" + i, "en"), SUBMITTED, COMPLETED);
        }

        worker.drain();

        assertEquals(100, f.gradebook.received().size(), String.valueOf(f.gradebook.problems()));
        assertEquals(1, f.gradebook.tokenRequests());
        assertEquals("Assignment completed.", f.gradebook.received().get(0).comment());
        assertEquals(List.of(), f.gradebook.problems());
    }

    @Test
    void anErasedTeachersQueuedScoresAreDroppedAndNeverSent() {
        GradesFixture f = linked(Flavour.MOODLE);
        long erased = f.teacher("erased-user", "nl");
        long kept = f.teacher("kept-user", "nl");
        OutboxWorker worker = f.worker("w1", fast(5));
        f.change(erased, SUBMITTED, COMPLETED);
        f.change(kept, SUBMITTED, COMPLETED);

        assertEquals(1, f.outbox.forget(erased));
        worker.drain();

        assertEquals(List.of("kept-user"), f.gradebook.received().stream().map(ReceivedScore::userId).toList());
        assertEquals(List.of(), f.statuses(erased), "nothing of the erased teacher is left in the outbox");
    }

    @Test
    void theScoreCommitsAndRollsBackWithTheStateChangesTransaction() {
        GradesFixture f = linked(Flavour.MOODLE);
        long teacher = f.teacher("user-1", "nl");

        assertThrows(IllegalStateException.class, () -> f.transactions.useTransaction(() -> {
            f.change(teacher, SUBMITTED, COMPLETED);
            throw new IllegalStateException("the use case fails after the event");
        }));
        assertEquals(List.of(), f.statuses(teacher), "rolled back with the change");
        assertEquals(0, f.sql.one("SELECT COUNT(*) FROM grade_sync", row -> row.getInt(1)).orElseThrow());

        f.transactions.useTransaction(() -> f.change(teacher, SUBMITTED, COMPLETED));
        assertEquals(List.of("PENDING"), f.statuses(teacher), "committed with the change");
    }

    @Test
    void aNewerStateSupersedesAnUnsentOlderOne() {
        GradesFixture f = linked(Flavour.MOODLE);
        long teacher = f.teacher("user-1", "nl");
        OutboxWorker worker = f.worker("w1", fast(5));

        f.change(teacher, NOT_STARTED, IN_PROGRESS);
        f.change(teacher, IN_PROGRESS, SUBMITTED);
        f.change(teacher, SUBMITTED, COMPLETED);
        worker.drain();

        assertEquals(List.of("SUPERSEDED", "SUPERSEDED", "SENT"), f.statuses(teacher));
        assertEquals(List.of("FullyGraded"), f.gradebook.received().stream().map(ReceivedScore::gradingProgress).toList());
    }
}
