package nl.samenspraak.tool.lti.grades;

import static nl.samenspraak.tool.lti.grades.GradesFixture.COMPLETED;
import static nl.samenspraak.tool.lti.grades.GradesFixture.SUBMITTED;
import static nl.samenspraak.tool.lti.grades.GradesFixture.fast;
import static nl.samenspraak.tool.lti.grades.GradesFixture.untilTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.it.platform.PlatformGradebook.Flavour;
import org.junit.jupiter.api.Test;

/**
 * Score delivery when the platform fails in every way platforms do: server errors and timeouts, an expired
 * token, 429 with Retry-After, Canvas's rate limit, a refused user, and a score parked until the
 * administrator's retry.
 */
class GradeFailuresTest extends GradesOnEmbeddedDatabase {

    @Test
    void serverErrorsAndTimeoutsAreRetriedUntilTheScoreArrives() {
        GradesFixture f = linked(Flavour.MOODLE);
        long teacher = f.teacher("user-1", "nl");
        OutboxWorker worker = f.worker("w1", fast(10));
        f.gradebook.failNext(2, 500, null);
        f.change(teacher, SUBMITTED, COMPLETED);

        untilTrue(worker, () -> f.gradebook.received().size() == 1);
        assertEquals(2, f.metrics.retried.get());

        long slow = f.teacher("user-2", "nl");
        f.gradebook.delayNext(1, Duration.ofSeconds(2));
        f.change(slow, SUBMITTED, COMPLETED);
        untilTrue(worker, () -> f.statuses(slow).equals(List.of("SENT")));
        assertEquals(3, f.metrics.retried.get(), "the timed-out post was retried");
        untilTrue(worker, () -> f.gradebook.scorePosts() == 5);
        assertEquals(2, f.gradebook.received().size(), "the late first post and the retry stored once");
    }

    @Test
    void anExpiredTokenIsRenewedOnce() {
        GradesFixture f = linked(Flavour.MOODLE);
        long first = f.teacher("user-1", "nl");
        long second = f.teacher("user-2", "nl");
        OutboxWorker worker = f.worker("w1", fast(5));
        f.change(first, SUBMITTED, COMPLETED);
        worker.drain();

        f.gradebook.expireTokens();
        f.change(second, SUBMITTED, COMPLETED);
        worker.drain();

        assertEquals(2, f.gradebook.received().size());
        assertEquals(2, f.gradebook.tokenRequests());
        assertEquals(0, f.metrics.retried.get(), "renewed within the same attempt");
    }

    @Test
    void retryAfterOfA429IsHonoured() {
        GradesFixture f = linked(Flavour.MOODLE);
        long teacher = f.teacher("user-1", "nl");
        OutboxWorker worker = f.worker("w1", fast(5));
        f.gradebook.failNext(1, 429, "2");
        f.change(teacher, SUBMITTED, COMPLETED);
        Instant before = Instant.now();

        worker.drain();

        Instant next = f.sql.one("SELECT next_attempt_at FROM grade_outbox WHERE user_id = ?",
                row -> Statements.instant(row, "next_attempt_at"), teacher).orElseThrow();
        assertTrue(!next.isBefore(before.plusMillis(1900)), "waits as Retry-After says: " + next);
        untilTrue(worker, () -> f.gradebook.received().size() == 1);
        assertTrue(f.gradebook.received().get(0).receivedAt().isAfter(before.plusMillis(1900)));
    }

    @Test
    void canvasRateLimitIsAThrottleNotARefusalAndNoNewSubmissionIsMade() {
        GradesFixture f = linked(Flavour.CANVAS);
        long teacher = f.teacher("canvas-user", "nl");
        OutboxWorker worker = f.worker("w1", fast(5));
        f.gradebook.failNext(1, 403, "1");
        f.change(teacher, SUBMITTED, COMPLETED);

        untilTrue(worker, () -> f.gradebook.received().size() == 1);

        assertEquals(0, f.metrics.refused.get());
        assertEquals(List.of(), f.gradebook.problems(), "new_submission: false was sent");
    }

    @Test
    void aUserThePlatformRefusesIsRecordedAndNotRetried() {
        GradesFixture f = linked(Flavour.MOODLE);
        long trainer = f.teacher("not-a-student", "nl");
        f.gradebook.refuseUser("not-a-student", 422);
        OutboxWorker worker = f.worker("w1", fast(5));
        f.change(trainer, SUBMITTED, COMPLETED);

        worker.drain();
        worker.drain();

        assertEquals(List.of("REFUSED"), f.statuses(trainer));
        assertEquals(1, f.gradebook.scorePosts());
        assertTrue(f.sql.one("SELECT last_error FROM grade_outbox WHERE user_id = ?", row -> row.getString(1), trainer)
                .orElseThrow().contains("HTTP 422"));
    }

    @Test
    void aScoreThatKeepsFailingIsParkedAndTheAdministratorsRetrySendsIt() {
        GradesFixture f = linked(Flavour.MOODLE);
        long teacher = f.teacher("user-1", "nl");
        OutboxWorker worker = f.worker("w1", fast(3));
        f.gradebook.failNext(3, 503, null);
        f.change(teacher, SUBMITTED, COMPLETED);

        untilTrue(worker, () -> f.statuses(teacher).equals(List.of("PARKED")));
        List<ParkedScore> parked = f.outbox.parked();
        assertEquals(1, parked.size());
        assertTrue(parked.get(0).reason().startsWith("after 3 attempts: failed: HTTP 503"), parked.get(0).reason());
        assertEquals(StateChange.COMPLETED, parked.get(0).change());
        assertEquals(1L, f.outbox.counts().get(OutboxStatus.PARKED));

        assertTrue(f.outbox.retry(parked.get(0).id(), Instant.now()));
        untilTrue(worker, () -> f.statuses(teacher).equals(List.of("SENT")));
        assertEquals(1, f.gradebook.received().size());
        assertFalse(f.outbox.retry(parked.get(0).id(), Instant.now()), "only a parked score can be retried");
    }
}
