package nl.samenspraak.program.progress;

import org.junit.jupiter.api.Test;

import static nl.samenspraak.program.progress.Fixtures.LONG_ENOUGH;
import static nl.samenspraak.program.progress.Fixtures.SUBMITTED;
import static nl.samenspraak.program.progress.Fixtures.answers;
import static nl.samenspraak.program.progress.Fixtures.reading;
import static nl.samenspraak.program.progress.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadingProgressRuleTest {

    private final ReadingProgressRule rule = new ReadingProgressRule(new AnswerChecker());

    @Test
    void nothingDoneIsNotStarted() {
        assertEquals(new Progress(ProgressState.NOT_STARTED, 0), rule.evaluate(reading(), TeacherWork.none()));
    }

    @Test
    void oneOfTwoQuestionsAnswered() {
        Progress progress = rule.evaluate(reading(), TeacherWork.none().withAnswers(answers("reflectie", text(LONG_ENOUGH))));

        assertEquals(ProgressState.IN_PROGRESS, progress.state());
        assertEquals(0.25, progress.score(), 1e-9);
    }

    @Test
    void submittedWithAnInvalidChoiceIsNotComplete() {
        TeacherWork work = TeacherWork.none().withSubmittedAt(SUBMITTED)
                .withAnswers(answers("reflectie", text(LONG_ENOUGH), "herkenning", Answer.ChoiceAnswer.of("ja", "nee")));

        assertEquals(ProgressState.SUBMITTED, rule.evaluate(reading(), work).state());
    }

    @Test
    void completesWhenSubmittedWithAllRequiredQuestionsAnswered() {
        TeacherWork work = TeacherWork.none().withSubmittedAt(SUBMITTED)
                .withAnswers(answers("reflectie", text(LONG_ENOUGH), "herkenning", Answer.ChoiceAnswer.of("soms")));

        assertEquals(new Progress(ProgressState.COMPLETED, 1.0), rule.evaluate(reading(), work));
    }
}
