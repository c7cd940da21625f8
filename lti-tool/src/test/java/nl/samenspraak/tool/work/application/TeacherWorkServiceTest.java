package nl.samenspraak.tool.work.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.program.progress.WatchedInterval;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.catalog.infrastructure.JdbcPackInstallations;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.work.infrastructure.JdbcTeacherWorkStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The teacher's work on the built-in pack, stored in a real embedded database. */
class TeacherWorkServiceTest {

    private static final String FILM = "bedeesde-ouder-film";
    private static final String READING = "klavertje-vier";

    @TempDir
    Path folder;

    private TestDatabase database;
    private MutableClock clock;
    private TeacherWorkService service;
    private WorkScope teacher;
    private WorkScope otherCourse;

    @BeforeEach
    void open() {
        database = TestDatabase.in(folder);
        clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
        Sql sql = database.sql();
        ProgramCatalogService catalog = new ProgramCatalogService(Optional.empty(), new JdbcPackInstallations(
                database.dataSource()), clock);
        service = new TeacherWorkService(catalog, new JdbcTeacherWorkStore(sql), clock);
        long registration = sql.insert("INSERT INTO platform_registration (issuer, client_id, name, authorization_url,"
                + " token_url, jwks_url, enabled, registered_by, created_at, updated_at)"
                + " VALUES ('https://lms.example', 'c', 'LMS', 'https://lms.example/a', 'https://lms.example/t',"
                + " 'https://lms.example/k', TRUE, 'MANUAL', ?, ?)", clock.instant(), clock.instant());
        long user = sql.insert("INSERT INTO lti_user (registration_id, subject, created_at, last_launch_at)"
                + " VALUES (?, 'anna', ?, ?)", registration, clock.instant(), clock.instant());
        long course = context(sql, registration, "course-1");
        teacher = new WorkScope(user, Optional.of(course));
        otherCourse = new WorkScope(user, Optional.of(context(sql, registration, "course-2")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aDraftMayBeShortAndIsKeptAsTyped() {
        String typed = "<script>alert('x')</script> kort";
        service.saveAnswer(teacher, READING, firstQuestion(READING), new Answer.TextAnswer(typed));

        TeacherWorkService.AssignmentWork work = service.assignment(teacher, READING);
        assertEquals(new Answer.TextAnswer(typed), work.work().answers().get(firstQuestion(READING)));
        assertEquals(ProgressState.IN_PROGRESS, work.progress().state());
        assertTrue(service.assignment(otherCourse, READING).stored().isEmpty(), "work is per course");
    }

    @Test
    void aTooLongAnswerIsRefusedAndTheSavedOneStays() {
        String question = firstQuestion(READING);
        service.saveAnswer(teacher, READING, question, new Answer.TextAnswer("eerste versie"));

        WorkRejectedException refused = assertThrows(WorkRejectedException.class, () -> service.saveAnswer(teacher,
                READING, question, new Answer.TextAnswer("x".repeat(20_001))));

        assertEquals(WorkRejectedException.Reason.INVALID_INPUT, refused.reason());
        assertEquals("answer.text", refused.issues().get(0).field());
        assertEquals(new Answer.TextAnswer("eerste versie"), service.assignment(teacher, READING).work().answers().get(question));
    }

    @Test
    void theWrongKindOfAnswerAndAnUnknownQuestionAreRefused() {
        assertEquals(WorkRejectedException.Reason.INVALID_INPUT, assertThrows(WorkRejectedException.class, () ->
                service.saveAnswer(teacher, READING, firstQuestion(READING), new Answer.ScaleAnswer(3))).reason());
        assertEquals(WorkRejectedException.Reason.UNKNOWN_PART, assertThrows(WorkRejectedException.class, () ->
                service.saveAnswer(teacher, READING, "no-such-question", new Answer.TextAnswer("x"))).reason());
        assertEquals(WorkRejectedException.Reason.UNKNOWN_ASSIGNMENT, assertThrows(WorkRejectedException.class, () ->
                service.saveAnswer(teacher, "no-such-assignment", "q", new Answer.TextAnswer("x"))).reason());
        assertTrue(service.assignment(teacher, READING).stored().isEmpty(), "a refused answer stores nothing");
    }

    @Test
    void submittingNamesWhatIsMissingThenLocksTheWork() {
        service.saveAnswer(teacher, READING, firstQuestion(READING), new Answer.TextAnswer("te kort"));

        WorkRejectedException notReady = assertThrows(WorkRejectedException.class, () -> service.submit(teacher, READING));
        assertEquals(WorkRejectedException.Reason.NOT_READY, notReady.reason());
        assertTrue(notReady.issues().stream().anyMatch(issue -> issue.field().equals("answers." + firstQuestion(READING) + ".text")),
                notReady.issues().toString());

        answerAll(READING);
        service.submit(teacher, READING);

        TeacherWorkService.AssignmentWork done = service.assignment(teacher, READING);
        assertEquals(ProgressState.COMPLETED, done.progress().state());
        assertTrue(done.readOnly());
        assertEquals(WorkRejectedException.Reason.ALREADY_SUBMITTED, assertThrows(WorkRejectedException.class, () ->
                service.saveAnswer(teacher, READING, firstQuestion(READING), new Answer.TextAnswer("later"))).reason());
        assertEquals(WorkRejectedException.Reason.ALREADY_SUBMITTED, assertThrows(WorkRejectedException.class, () ->
                service.submit(teacher, READING)).reason());
    }

    @Test
    void onlyTheTrainerReopensSubmittedWork() {
        answerAll(READING);
        service.submit(teacher, READING);
        WorkScope trainer = new WorkScope(teacher.userId() + 1000, teacher.contextId());

        assertEquals(WorkRejectedException.Reason.FORBIDDEN, assertThrows(WorkRejectedException.class, () ->
                service.reopen(trainer, false, teacher.userId(), READING)).reason());
        service.reopen(trainer, true, teacher.userId(), READING);

        TeacherWorkService.AssignmentWork reopened = service.assignment(teacher, READING);
        assertFalse(reopened.readOnly());
        assertEquals(ProgressState.IN_PROGRESS, reopened.progress().state());
        assertTrue(reopened.stored().orElseThrow().reopenedAt().isPresent());
    }

    @Test
    void aReportCannotClaimMoreThanCouldHaveBeenPlayed() {
        TeacherWorkService.WatchState first = service.recordWatched(teacher, FILM, List.of(new WatchedInterval(0, 100)));
        assertEquals(30, first.intervals().get(0).toSeconds(), 1e-9, "the first report is credited 30 s at most");

        clock.advance(10);
        TeacherWorkService.WatchState second = service.recordWatched(teacher, FILM, List.of(new WatchedInterval(0, 100)));
        assertEquals(100, second.intervals().get(0).toSeconds(), 1e-9, "ten seconds at four times the speed, plus slack");
    }

    @Test
    void seekingAheadLeavesAGapAndTheRemainingTimeIsShown() {
        service.recordWatched(teacher, FILM, List.of(new WatchedInterval(0, 20)));
        clock.advance(60);
        TeacherWorkService.WatchState state = service.recordWatched(teacher, FILM, List.of(new WatchedInterval(80, 100)));

        assertEquals(2, state.intervals().size());
        assertTrue(state.remainingSeconds() > 0);
        WorkRejectedException notReady = assertThrows(WorkRejectedException.class, () -> service.submit(teacher, FILM));
        assertTrue(notReady.issues().stream().anyMatch(issue -> issue.field().equals("watched")));
    }

    @Test
    void aStretchOutsideTheFilmIsRefused() {
        WorkRejectedException refused = assertThrows(WorkRejectedException.class, () -> service.recordWatched(teacher,
                FILM, List.of(new WatchedInterval(0, 10), new WatchedInterval(50, 40))));
        assertEquals("intervals[1]", refused.issues().get(0).field());
    }

    private String firstQuestion(String assignmentId) {
        return service.assignment(teacher, assignmentId).placement().assignment().questions().get(0).id();
    }

    private void answerAll(String assignmentId) {
        service.assignment(teacher, assignmentId).placement().assignment().questions().forEach(question ->
                service.saveAnswer(teacher, assignmentId, question.id(), new Answer.TextAnswer(
                        "Een antwoord dat lang genoeg is om mee te tellen, over mijn eigen schoolpraktijk met ouders.")));
    }

    private static long context(Sql sql, long registration, String key) {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        return sql.insert("INSERT INTO lti_context (registration_id, deployment_id, context_key, created_at, updated_at)"
                + " VALUES (?, 'd', ?, ?, ?)", registration, key, now, now);
    }

    /** A clock the test moves on. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
