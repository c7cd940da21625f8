package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.VideoSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static nl.samenspraak.program.progress.Fixtures.LONG_ENOUGH;
import static nl.samenspraak.program.progress.Fixtures.SUBMITTED;
import static nl.samenspraak.program.progress.Fixtures.answers;
import static nl.samenspraak.program.progress.Fixtures.text;
import static nl.samenspraak.program.progress.Fixtures.video;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VideoProgressRuleTest {

    private final VideoProgressRule rule = new VideoProgressRule(new AnswerChecker());

    private static TeacherWork watchedAndAnswered(WatchedInterval... played) {
        return TeacherWork.none().withWatched(List.of(played)).withAnswers(answers("indruk", text(LONG_ENOUGH)));
    }

    @Test
    void nothingDoneIsNotStarted() {
        assertEquals(new Progress(ProgressState.NOT_STARTED, 0), rule.evaluate(video(), TeacherWork.none()));
    }

    @Test
    void watchingIsProgress() {
        Progress progress = rule.evaluate(video(), TeacherWork.none().withWatched(List.of(new WatchedInterval(0, 40))));

        assertEquals(ProgressState.IN_PROGRESS, progress.state());
        // questions 0/1, watched 0.4/0.8, not submitted
        assertEquals(0.5 / 3, progress.score(), 1e-9);
    }

    @Test
    void completesWhenSubmittedWithEnoughWatchedAndTheRequiredQuestionAnswered() {
        Progress progress = rule.evaluate(video(), watchedAndAnswered(new WatchedInterval(0, 80)).withSubmittedAt(SUBMITTED));

        assertEquals(new Progress(ProgressState.COMPLETED, 1.0), progress);
    }

    @Test
    void overlappingIntervalsAreCountedOnce() {
        TeacherWork work = watchedAndAnswered(new WatchedInterval(0, 50), new WatchedInterval(10, 60),
                new WatchedInterval(40, 60)).withSubmittedAt(SUBMITTED);

        Progress progress = rule.evaluate(video(), work);

        assertEquals(ProgressState.SUBMITTED, progress.state());
        assertEquals((1 + 0.6 / 0.8 + 1) / 3, progress.score(), 1e-9);
    }

    @Test
    void seekingAheadDoesNotCountAsWatched() {
        TeacherWork work = watchedAndAnswered(new WatchedInterval(0, 20), new WatchedInterval(90, 100))
                .withSubmittedAt(SUBMITTED);

        assertEquals(ProgressState.SUBMITTED, rule.evaluate(video(), work).state());
    }

    @Test
    void piecesThatTogetherCoverTheRequiredShareComplete() {
        TeacherWork work = watchedAndAnswered(new WatchedInterval(0, 30.1), new WatchedInterval(30.1, 60.2),
                new WatchedInterval(60.2, 80.0)).withSubmittedAt(SUBMITTED);

        assertEquals(ProgressState.COMPLETED, rule.evaluate(video(), work).state());
    }

    @Test
    void anAnswerUnderMinLengthDoesNotCount() {
        TeacherWork work = TeacherWork.none().withWatched(List.of(new WatchedInterval(0, 100)))
                .withAnswers(answers("indruk", text("kort"))).withSubmittedAt(SUBMITTED);

        Progress progress = rule.evaluate(video(), work);

        assertEquals(ProgressState.SUBMITTED, progress.state());
        assertEquals(2.0 / 3, progress.score(), 1e-9);
    }

    @Test
    void anOptionalQuestionNeedNotBeAnswered() {
        TeacherWork work = watchedAndAnswered(new WatchedInterval(0, 100)).withSubmittedAt(SUBMITTED);

        assertTrue(work.answers().get("oordeel") == null);
        assertEquals(ProgressState.COMPLETED, rule.evaluate(video(), work).state());
    }

    @Test
    void everythingDoneButNotSubmittedIsInProgressBelowOne() {
        Progress progress = rule.evaluate(video(), watchedAndAnswered(new WatchedInterval(0, 100)));

        assertEquals(ProgressState.IN_PROGRESS, progress.state());
        assertEquals(2.0 / 3, progress.score(), 1e-9);
    }

    @Test
    void anEmbeddedPlayerCannotReportWatchingSoItIsNotRequired() {
        TeacherWork work = TeacherWork.none().withAnswers(answers("indruk", text(LONG_ENOUGH))).withSubmittedAt(SUBMITTED);

        Progress progress = rule.evaluate(video(new VideoSource.Embed(URI.create("https://player.example.nl/1"))), work);

        assertEquals(new Progress(ProgressState.COMPLETED, 1.0), progress);
    }
}
