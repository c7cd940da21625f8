package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.Assignment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.samenspraak.program.progress.Fixtures.LONG_ENOUGH;
import static nl.samenspraak.program.progress.Fixtures.SUBMITTED;
import static nl.samenspraak.program.progress.Fixtures.answers;
import static nl.samenspraak.program.progress.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressCalculatorTest {

    private final ProgressCalculator calculator = ProgressCalculator.create();

    @Test
    void usesTheRuleOfEachAssignmentType() {
        // Answering every open question and submitting completes only a reading assignment; the rest of
        // each type's own condition shows in the score.
        List<Assignment> assignments = List.of(Fixtures.video(), Fixtures.reading(), Fixtures.peerCoaching(),
                Fixtures.quickscan(), Fixtures.actionPlan(true));
        TeacherWork work = TeacherWork.none().withSubmittedAt(SUBMITTED).withAnswers(answers(
                "indruk", text(LONG_ENOUGH), "reflectie", text(LONG_ENOUGH), "herkenning", Answer.ChoiceAnswer.of("ja"),
                "geleerd", text(LONG_ENOUGH), "terugblik", text(LONG_ENOUGH)));

        List<Progress> progress = assignments.stream().map(assignment -> calculator.progress(assignment, work)).toList();

        assertEquals(List.of(
                new Progress(ProgressState.SUBMITTED, 2.0 / 3),
                new Progress(ProgressState.COMPLETED, 1.0),
                new Progress(ProgressState.SUBMITTED, 2.0 / 4),
                new Progress(ProgressState.SUBMITTED, 1.0 / 2),
                new Progress(ProgressState.SUBMITTED, 2.0 / 4)), progress);
    }

    @Test
    void nothingDoneIsNotStartedForEveryType() {
        for (Assignment assignment : List.of(Fixtures.video(), Fixtures.reading(), Fixtures.peerCoaching(),
                Fixtures.quickscan(), Fixtures.actionPlan(false))) {
            assertEquals(new Progress(ProgressState.NOT_STARTED, 0), calculator.progress(assignment, TeacherWork.none()));
        }
    }
}
