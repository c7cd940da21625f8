package nl.samenspraak.program.progress;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static nl.samenspraak.program.progress.Fixtures.SUBMITTED;
import static nl.samenspraak.program.progress.Fixtures.quickscan;
import static org.junit.jupiter.api.Assertions.assertEquals;

class QuickscanTest {

    private final QuickscanScorer scorer = new QuickscanScorer();
    private final QuickscanProgressRule rule = new QuickscanProgressRule(scorer);

    private static QuickscanResponse rated(String sector, String statement, int value) {
        return new QuickscanResponse(sector, statement, value);
    }

    @Test
    void aThemeScoresTheNormalisedMeanOfItsStatements() {
        List<ThemeResult> results = scorer.results(quickscan(),
                List.of(rated("po", "s1", 4), rated("po", "s2", 2), rated("po", "s3", 1), rated("vo", "s1", 3)));

        assertEquals(List.of(
                new ThemeResult("po", "contact", 2, 2, OptionalDouble.of(2.0 / 3)),
                new ThemeResult("po", "informatie", 1, 1, OptionalDouble.of(0)),
                new ThemeResult("vo", "contact", 1, 1, OptionalDouble.of(2.0 / 3))), results);
    }

    @Test
    void unansweredStatementsAreLeftOutOfTheMean() {
        ThemeResult contact = scorer.results(quickscan(), List.of(rated("po", "s1", 4))).get(0);

        assertEquals(new ThemeResult("po", "contact", 1, 2, OptionalDouble.of(1.0)), contact);
    }

    @Test
    void aThemeWithoutAnswersHasNoScore() {
        assertEquals(OptionalDouble.empty(), scorer.results(quickscan(), List.of()).get(1).score());
    }

    @Test
    void ignoresValuesOutsideTheScaleAndUnknownStatementsAndKeepsTheLaterOfTwoAnswers() {
        List<ThemeResult> results = scorer.results(quickscan(), List.of(rated("po", "s1", 1), rated("po", "s1", 4),
                rated("po", "s2", 5), rated("po", "s9", 1), rated("xx", "s3", 1)));

        assertEquals(new ThemeResult("po", "contact", 1, 2, OptionalDouble.of(1.0)), results.get(0));
        assertEquals(0, results.get(1).answered());
    }

    @Test
    void aSubmittedScanWithAThemeLeftEmptyIsNotComplete() {
        TeacherWork work = TeacherWork.none().withSubmittedAt(SUBMITTED)
                .withQuickscanResponses(List.of(rated("po", "s1", 3), rated("vo", "s1", 2)));

        Progress progress = rule.evaluate(quickscan(), work);

        assertEquals(ProgressState.SUBMITTED, progress.state());
        assertEquals((2.0 / 3 + 1) / 2, progress.score(), 1e-9);
    }

    @Test
    void completesWithAResultForEveryThemeEvenWithStatementsSkipped() {
        TeacherWork work = TeacherWork.none().withSubmittedAt(SUBMITTED)
                .withQuickscanResponses(List.of(rated("po", "s2", 3), rated("po", "s3", 2), rated("vo", "s1", 2)));

        assertEquals(new Progress(ProgressState.COMPLETED, 1.0), rule.evaluate(quickscan(), work));
    }

    @Test
    void onlyTheThemesOfTheTeachersSectorCount() {
        TeacherWork onlyPrimary = TeacherWork.none().withSubmittedAt(SUBMITTED)
                .withQuickscanResponses(List.of(rated("po", "s1", 3), rated("po", "s3", 2)));
        TeacherWork oneThemeEmpty = TeacherWork.none().withSubmittedAt(SUBMITTED)
                .withQuickscanResponses(List.of(rated("po", "s1", 3)));

        assertEquals(new Progress(ProgressState.COMPLETED, 1.0), rule.evaluate(quickscan(), onlyPrimary));
        assertEquals(ProgressState.SUBMITTED, rule.evaluate(quickscan(), oneThemeEmpty).state());
        assertEquals((1.0 / 2 + 1) / 2, rule.evaluate(quickscan(), oneThemeEmpty).score(), 1e-9);
    }

    @Test
    void aSubmittedScanWithoutResponsesIsNotComplete() {
        Progress progress = rule.evaluate(quickscan(), TeacherWork.none().withSubmittedAt(SUBMITTED));

        assertEquals(new Progress(ProgressState.SUBMITTED, 0.5), progress);
    }

    @Test
    void respondingIsProgress() {
        TeacherWork work = TeacherWork.none().withQuickscanResponses(List.of(rated("po", "s1", 3)));

        assertEquals(ProgressState.IN_PROGRESS, rule.evaluate(quickscan(), work).state());
        assertEquals(ProgressState.NOT_STARTED, rule.evaluate(quickscan(), TeacherWork.none()).state());
    }
}
