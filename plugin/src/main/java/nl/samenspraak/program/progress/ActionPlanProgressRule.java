package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.ActionPlanAssignment;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An action plan is completed when it is submitted, at least {@code minActions} actions are planned, at
 * least {@code minActions} of those are done, and every required reflection question has an answer that
 * counts.
 * <p>
 * An action counts as planned when it says what (one of the assignment's actions, or a non-blank own
 * action when {@code allowOwnActions}) and when (a planned date). Choosing the same action twice counts
 * once.
 * <p>
 * Score: the mean of planned / {@code minActions}, done / {@code minActions} (both capped at 1), required
 * reflection questions answered / required ones, and being submitted.
 */
public final class ActionPlanProgressRule implements ProgressRule<ActionPlanAssignment> {

    private final RequiredAnswers requiredAnswers;

    public ActionPlanProgressRule(AnswerChecker checker) {
        this.requiredAnswers = new RequiredAnswers(checker);
    }

    /** How many distinct actions of a plan count as planned, and how many of those are done. */
    public record Tally(int planned, int done) {
    }

    @Override
    public Progress evaluate(ActionPlanAssignment assignment, TeacherWork work) {
        Tally tally = tally(assignment, work.actionPlan());
        return requiredAnswers.addTo(new ProgressParts(), assignment.reflectionQuestions(), work.answers())
                .count(tally.planned(), assignment.minActions())
                .count(tally.done(), assignment.minActions())
                .progress(work);
    }

    /** Counts the plan's actions as this rule does, so that a teacher can be told how many more are needed. */
    public Tally tally(ActionPlanAssignment assignment, List<ActionPlanItem> items) {
        Set<String> planned = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ActionPlanItem item = items.get(i);
            Optional<String> key = plannedActionKey(assignment, item, i);
            if (key.isPresent()) {
                planned.add(key.get());
                if (item.done()) {
                    done.add(key.get());
                }
            }
        }
        return new Tally(planned.size(), done.size());
    }

    /**
     * What makes a planned item distinct: the chosen action's id (so a repeated choice counts once), or the
     * item's position for an own action; empty when the item does not count as planned.
     */
    private static Optional<String> plannedActionKey(ActionPlanAssignment assignment, ActionPlanItem item, int index) {
        if (item.plannedFor().isEmpty()) {
            return Optional.empty();
        }
        if (item.action() instanceof PlannedAction.Chosen choice) {
            return assignment.hasAction(choice.optionId()) ? Optional.of("action " + choice.optionId()) : Optional.empty();
        }
        boolean ownAllowed = assignment.allowOwnActions() && !((PlannedAction.Own) item.action()).text().isBlank();
        return ownAllowed ? Optional.of("own " + index) : Optional.empty();
    }
}
