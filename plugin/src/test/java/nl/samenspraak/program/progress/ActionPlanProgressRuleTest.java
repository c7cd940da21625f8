package nl.samenspraak.program.progress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static nl.samenspraak.program.progress.Fixtures.LONG_ENOUGH;
import static nl.samenspraak.program.progress.Fixtures.SUBMITTED;
import static nl.samenspraak.program.progress.Fixtures.actionPlan;
import static nl.samenspraak.program.progress.Fixtures.answers;
import static nl.samenspraak.program.progress.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ActionPlanProgressRuleTest {

    private static final Optional<LocalDate> MONDAY = Optional.of(LocalDate.of(2025, 3, 3));

    private final ActionPlanProgressRule rule = new ActionPlanProgressRule(new AnswerChecker());

    private static ActionPlanItem chosen(String optionId, boolean done) {
        return new ActionPlanItem(new PlannedAction.Chosen(optionId), MONDAY, done);
    }

    private static ActionPlanItem own(String text, boolean done) {
        return new ActionPlanItem(new PlannedAction.Own(text), MONDAY, done);
    }

    private static TeacherWork reflectedAndSubmitted(ActionPlanItem... items) {
        return TeacherWork.none().withAnswers(answers("terugblik", text(LONG_ENOUGH))).withSubmittedAt(SUBMITTED)
                .withActionPlan(List.of(items));
    }

    @Test
    void completesWithEnoughActionsPlannedAndDoneAndTheReflection() {
        Progress progress = rule.evaluate(actionPlan(true), reflectedAndSubmitted(chosen("bellen", true), own("Huisbezoek", true)));

        assertEquals(new Progress(ProgressState.COMPLETED, 1.0), progress);
    }

    @Test
    void belowMinActionsIsNotComplete() {
        Progress progress = rule.evaluate(actionPlan(true), reflectedAndSubmitted(chosen("bellen", true)));

        assertEquals(ProgressState.SUBMITTED, progress.state());
        // reflection 1, planned 1/2, done 1/2, submitted 1
        assertEquals(3.0 / 4, progress.score(), 1e-9);
    }

    @Test
    void plannedActionsMustBeCarriedOut() {
        Progress progress = rule.evaluate(actionPlan(true), reflectedAndSubmitted(chosen("bellen", true), chosen("mailen", false)));

        assertEquals(ProgressState.SUBMITTED, progress.state());
        assertEquals(3.5 / 4, progress.score(), 1e-9);
    }

    @Test
    void anActionWithoutADateIsNotPlanned() {
        ActionPlanItem undated = new ActionPlanItem(new PlannedAction.Chosen("mailen"), Optional.empty(), true);

        assertEquals(ProgressState.SUBMITTED,
                rule.evaluate(actionPlan(true), reflectedAndSubmitted(chosen("bellen", true), undated)).state());
    }

    @Test
    void choosingTheSameActionTwiceCountsOnceWhicheverIsDone() {
        Progress twice = rule.evaluate(actionPlan(true), reflectedAndSubmitted(chosen("bellen", false), chosen("bellen", true)));

        assertEquals(ProgressState.SUBMITTED, twice.state());
        assertEquals(3.0 / 4, twice.score(), 1e-9);
    }

    @Test
    void ownActionsCountOnlyWhenAllowedAndWritten() {
        assertEquals(ProgressState.SUBMITTED, rule.evaluate(actionPlan(false),
                reflectedAndSubmitted(chosen("bellen", true), own("Huisbezoek", true))).state());
        assertEquals(ProgressState.SUBMITTED, rule.evaluate(actionPlan(true),
                reflectedAndSubmitted(chosen("bellen", true), own("  ", true))).state());
    }

    @Test
    void unknownActionsDoNotCount() {
        assertEquals(ProgressState.SUBMITTED, rule.evaluate(actionPlan(true),
                reflectedAndSubmitted(chosen("bellen", true), chosen("faxen", true))).state());
    }

    @Test
    void withoutTheReflectionItIsNotComplete() {
        TeacherWork work = TeacherWork.none().withSubmittedAt(SUBMITTED)
                .withActionPlan(List.of(chosen("bellen", true), chosen("mailen", true)));

        assertEquals(ProgressState.SUBMITTED, rule.evaluate(actionPlan(true), work).state());
    }

    @Test
    void planningIsProgress() {
        Progress progress = rule.evaluate(actionPlan(true), TeacherWork.none().withActionPlan(List.of(chosen("bellen", false))));

        assertEquals(ProgressState.IN_PROGRESS, progress.state());
        assertEquals(0.5 / 4, progress.score(), 1e-9);
    }

    @Test
    void theTallyCountsPlannedAndDoneActionsAsTheRuleDoes() {
        ActionPlanItem undated = new ActionPlanItem(new PlannedAction.Chosen("mailen"), Optional.empty(), false);

        assertEquals(new ActionPlanProgressRule.Tally(2, 1), rule.tally(actionPlan(true),
                List.of(chosen("bellen", true), chosen("bellen", false), own("Huisbezoek", false), undated)));
        assertEquals(new ActionPlanProgressRule.Tally(0, 0), rule.tally(actionPlan(true), List.of()));
    }
}
