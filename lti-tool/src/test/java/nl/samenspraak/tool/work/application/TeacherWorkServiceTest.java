package nl.samenspraak.tool.work.application;

import java.time.Duration;
import nl.samenspraak.tool.infrastructure.time.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.program.progress.WatchedInterval;
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

    private WorkFixture fixture;
    private MutableClock clock;
    private TeacherWorkService service;
    private WorkScope teacher;
    private WorkScope otherCourse;

    @BeforeEach
    void open() {
        fixture = WorkFixture.in(folder);
        clock = fixture.clock;
        service = fixture.work;
        teacher = fixture.teacher;
        otherCourse = fixture.otherCourse;
    }

    @AfterEach
    void close() {
        fixture.close();
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
    void aSaveFromAStaleCopyIsRefusedWithTheNewerAnswerAndTheChoiceThenSaves() {
        String question = firstQuestion(READING);
        long first = service.saveAnswer(teacher, READING, question, new Answer.TextAnswer("tab een"),
                OptionalLong.of(0)).version();
        long second = service.saveAnswer(teacher, READING, question, new Answer.TextAnswer("tab twee"),
                OptionalLong.of(first)).version();
        assertTrue(second > first);

        StaleDraftException stale = assertThrows(StaleDraftException.class, () -> service.saveAnswer(teacher, READING,
                question, new Answer.TextAnswer("tab een, verder"), OptionalLong.of(first)));
        assertEquals(WorkRejectedException.Reason.STALE_DRAFT, stale.reason());
        assertEquals(second, stale.newer().version());
        assertEquals(Optional.of(new Answer.TextAnswer("tab twee")), stale.newer().content());
        assertEquals(new Answer.TextAnswer("tab twee"), service.assignment(teacher, READING).work().answers().get(question));

        service.saveAnswer(teacher, READING, question, new Answer.TextAnswer("tab een, verder"), OptionalLong.of(second));
        assertEquals(new Answer.TextAnswer("tab een, verder"),
                service.assignment(teacher, READING).work().answers().get(question), "the teacher's choice is kept");
    }

    @Test
    void anAnswerRemovedAndWrittenAgainGetsAVersionNoTabHolds() {
        String question = firstQuestion(READING);
        long written = service.saveAnswer(teacher, READING, question, new Answer.TextAnswer("eerst")).version();
        assertEquals(0, service.saveAnswer(teacher, READING, question, new Answer.TextAnswer(" ")).version());
        long again = service.saveAnswer(teacher, READING, question, new Answer.TextAnswer("opnieuw"),
                OptionalLong.of(0)).version();

        assertTrue(again > written, again + " > " + written);
        assertThrows(StaleDraftException.class, () -> service.saveAnswer(teacher, READING, question,
                new Answer.TextAnswer("van de oude tab"), OptionalLong.of(written)));
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
    void workReturnedForRevisionIsEditableAgain() {
        answerAll(READING);
        service.submit(teacher, READING);

        fixture.returnForRevision(teacher, READING);

        TeacherWorkService.AssignmentWork reopened = service.assignment(teacher, READING);
        assertFalse(reopened.readOnly());
        assertEquals(ProgressState.IN_PROGRESS, reopened.progress().state());
        assertTrue(reopened.stored().orElseThrow().reopenedAt().isPresent());
    }

    @Test
    void aReportCannotClaimMoreThanCouldHaveBeenPlayed() {
        TeacherWorkService.WatchState first = service.recordWatched(teacher, FILM, List.of(new WatchedInterval(0, 100)));
        assertEquals(60, first.intervals().get(0).toSeconds(), 1e-9, "the first report is credited 60 s at most");

        clock.advance(Duration.ofSeconds(5));
        TeacherWorkService.WatchState second = service.recordWatched(teacher, FILM, List.of(new WatchedInterval(0, 100)));
        assertEquals(85, second.intervals().get(0).toSeconds(), 1e-9, "five seconds at four times the speed, plus 5 s");

        clock.advance(Duration.ofSeconds(10));
        TeacherWorkService.WatchState third = service.recordWatched(teacher, FILM, List.of(new WatchedInterval(0, 100)));
        assertEquals(100, third.intervals().get(0).toSeconds(), 1e-9);
    }

    @Test
    void seekingAheadLeavesAGapAndTheRemainingTimeIsShown() {
        service.recordWatched(teacher, FILM, List.of(new WatchedInterval(0, 20)));
        clock.advance(Duration.ofSeconds(60));
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
}
