package nl.samenspraak.tool.lti.grades;

import static nl.samenspraak.tool.it.platform.PlatformGradebook.LINE_ITEM_READ_ONLY_SCOPE;
import static nl.samenspraak.tool.it.platform.PlatformGradebook.LINE_ITEM_SCOPE;
import static nl.samenspraak.tool.it.platform.PlatformGradebook.SCORE_SCOPE;
import static nl.samenspraak.tool.lti.grades.GradesFixture.COMPLETED;
import static nl.samenspraak.tool.lti.grades.GradesFixture.IN_PROGRESS;
import static nl.samenspraak.tool.lti.grades.GradesFixture.NOT_STARTED;
import static nl.samenspraak.tool.lti.grades.GradesFixture.SUBMITTED;
import static nl.samenspraak.tool.lti.grades.GradesFixture.fast;
import static nl.samenspraak.tool.lti.grades.GradesFixture.scopes;
import static nl.samenspraak.tool.lti.grades.GradesFixture.untilTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.it.platform.PlatformGradebook;
import nl.samenspraak.tool.it.platform.PlatformGradebook.Flavour;
import nl.samenspraak.tool.it.platform.PlatformGradebook.ReceivedScore;
import nl.samenspraak.tool.work.application.ProgressCause;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scores from a state change to the emulated platform's grade book, through the tool's real token client,
 * outbox and worker on the embedded database: each state's score, one token for many scores, failures of
 * every kind the platforms produce, parking and the administrator's retry.
 */
class GradeDeliveryTest {

    private static final String ALL = scopes(SCORE_SCOPE, LINE_ITEM_SCOPE, LINE_ITEM_READ_ONLY_SCOPE);

    private GradesFixture fixture;

    private GradesFixture fixture(Flavour flavour) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:grades-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        fixture = new GradesFixture(dataSource, flavour);
        return fixture;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

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

        List<String> received = f.gradebook.received().stream()
                .map(s -> s.userId() + " " + s.gradingProgress() + " " + s.comment()).toList();
        assertEquals(List.of("moodle-user-8 Pending Teruggestuurd door de trainer om te herzien.",
                "moodle-user-8 Pending Ingeleverd; nog niet alles is afgerond.",
                "moodle-user-8 FullyGraded Goedgekeurd door de trainer.",
                "moodle-user-9 FullyGraded Approved by the trainer."), received);
        assertEquals(100.0, f.gradebook.grade(PlatformGradebook.number(lineItem), "moodle-user-8"));
        assertEquals(List.of(), f.gradebook.problems());
    }

    @Test
    void aBatchIsMarkedSentInOneGoOnlyWhereTheWorkerStillHoldsTheLease() {
        GradesFixture f = fixture(Flavour.MOODLE);
        f.link("link-1", ALL, f.gradebook.addLineItem("Kennismaking", "link-1"), true);
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
        GradesFixture f = fixture(Flavour.MOODLE);
        f.link("link-1", ALL, f.gradebook.addLineItem("Kennismaking", "link-1"), true);
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
        GradesFixture f = fixture(Flavour.MOODLE);
        f.link("link-1", ALL, f.gradebook.addLineItem("Kennismaking", "link-1"), true);
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
    void serverErrorsAndTimeoutsAreRetriedUntilTheScoreArrives() {
        GradesFixture f = fixture(Flavour.MOODLE);
        f.link("link-1", ALL, f.gradebook.addLineItem("Kennismaking", "link-1"), true);
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
        GradesFixture f = fixture(Flavour.MOODLE);
        f.link("link-1", ALL, f.gradebook.addLineItem("Kennismaking", "link-1"), true);
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
        GradesFixture f = fixture(Flavour.MOODLE);
        f.link("link-1", ALL, f.gradebook.addLineItem("Kennismaking", "link-1"), true);
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
        GradesFixture f = fixture(Flavour.CANVAS);
        f.link("link-1", ALL, f.gradebook.addLineItem("Kennismaking", "link-1"), true);
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
        GradesFixture f = fixture(Flavour.MOODLE);
        f.link("link-1", ALL, f.gradebook.addLineItem("Kennismaking", "link-1"), true);
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
        GradesFixture f = fixture(Flavour.MOODLE);
        f.link("link-1", ALL, f.gradebook.addLineItem("Kennismaking", "link-1"), true);
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

    @Test
    void theLineItemIsFoundByTheLinkAcrossPagesAndRemembered() {
        GradesFixture f = fixture(Flavour.MOODLE);
        f.gradebook.pageSize(1);
        f.gradebook.addLineItem("Other", "link-0");
        f.gradebook.addLineItem("Also other", null);
        URI mine = f.gradebook.addLineItem("Mine", "link-1");
        f.link("link-1", ALL, null, true);
        long teacher = f.teacher("user-1", "nl");
        OutboxWorker worker = f.worker("w1", fast(5));

        f.change(teacher, NOT_STARTED, IN_PROGRESS);
        worker.drain();
        f.change(teacher, IN_PROGRESS, COMPLETED);
        worker.drain();

        assertEquals(3, f.gradebook.lineItems().size(), "none created");
        assertEquals(List.of(PlatformGradebook.number(mine), PlatformGradebook.number(mine)),
                f.gradebook.received().stream().map(ReceivedScore::lineItem).toList());
        assertEquals(List.of(), f.gradebook.problems());
    }

    @Test
    void aLineItemIsCreatedWhenThePlatformHasNone() {
        GradesFixture f = fixture(Flavour.BRIGHTSPACE);
        f.link("link-1", ALL, null, true);
        long teacher = f.teacher("user-1", "nl");
        OutboxWorker worker = f.worker("w1", fast(5));

        f.change(teacher, SUBMITTED, COMPLETED);
        worker.drain();

        Map<String, Object> created = f.gradebook.lineItems().values().iterator().next();
        assertEquals("link-1", created.get("resourceLinkId"));
        assertEquals(f.assignmentId, created.get("resourceId"));
        assertEquals(LineItem.TAG, created.get("tag"));
        assertEquals(100.0, ((Number) created.get("scoreMaximum")).doubleValue());
        assertEquals(1, f.gradebook.received().size());
        assertEquals(List.of(), f.gradebook.problems(), "Brightspace's own token audience was used");
    }

    @Test
    void aDeepLinkedMaximumTitleAndDueDateMakeTheLineItemAndScaleTheScores() {
        GradesFixture f = fixture(Flavour.MOODLE);
        f.deepLinked("link-1", ALL, "Gesprek met ouders", 20, Instant.parse("2027-01-31T16:00:00Z"));
        long teacher = f.teacher("user-1", "nl");
        OutboxWorker worker = f.worker("w1", fast(5));

        f.change(teacher, IN_PROGRESS, SUBMITTED);
        untilTrue(worker, () -> f.gradebook.received().size() == 1);
        f.change(teacher, SUBMITTED, COMPLETED);
        untilTrue(worker, () -> f.gradebook.received().size() == 2);

        Map<String, Object> created = f.gradebook.lineItems().values().iterator().next();
        assertEquals("Gesprek met ouders", created.get("label"));
        assertEquals(20.0, ((Number) created.get("scoreMaximum")).doubleValue());
        assertEquals("2027-01-31T16:00:00.000Z", created.get("endDateTime"));
        List<ReceivedScore> scores = f.gradebook.received();
        assertEquals(List.of(16.0, 20.0), scores.stream().map(ReceivedScore::scoreGiven).toList());
        assertTrue(scores.stream().allMatch(s -> s.scoreMaximum() == 20), "scored on the deep-linked maximum");
        assertEquals(20.0, f.gradebook.grade(PlatformGradebook.number(URI.create((String) created.get("id"))),
                "user-1"));
        assertEquals(List.of(), f.gradebook.problems());
    }

    @Test
    void withOnlyTheReadOnlyScopeAndNoLineItemTheScoreIsParkedWithTheReason() {
        GradesFixture f = fixture(Flavour.MOODLE);
        f.gradebook.grantScopes(java.util.Set.of(SCORE_SCOPE, LINE_ITEM_READ_ONLY_SCOPE));
        f.link("link-1", scopes(SCORE_SCOPE, LINE_ITEM_READ_ONLY_SCOPE), null, true);
        long teacher = f.teacher("user-1", "nl");
        OutboxWorker worker = f.worker("w1", fast(5));

        f.change(teacher, SUBMITTED, COMPLETED);
        worker.drain();

        assertEquals(List.of("PARKED"), f.statuses(teacher));
        assertTrue(f.outbox.parked().get(0).reason().contains("read-only line-item scope"));
        assertEquals(List.of(), f.gradebook.problems(), "asked only for granted scopes");
    }

    @Test
    void aLinkWithoutGradeServiceOrScoreScopeGetsNoScores() {
        GradesFixture f = fixture(Flavour.MOODLE);
        f.link("no-ags", null, null, false);
        f.link("read-only", scopes(LINE_ITEM_READ_ONLY_SCOPE), null, true);
        long teacher = f.teacher("user-1", "nl");

        f.change(teacher, SUBMITTED, COMPLETED);

        assertEquals(List.of(), f.statuses(teacher));
    }

    @Test
    void theScoreCommitsAndRollsBackWithTheStateChangesTransaction() {
        GradesFixture f = fixture(Flavour.MOODLE);
        f.link("link-1", ALL, f.gradebook.addLineItem("Kennismaking", "link-1"), true);
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
        GradesFixture f = fixture(Flavour.MOODLE);
        f.link("link-1", ALL, f.gradebook.addLineItem("Kennismaking", "link-1"), true);
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
