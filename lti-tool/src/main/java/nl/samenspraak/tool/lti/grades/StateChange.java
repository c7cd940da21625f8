package nl.samenspraak.tool.lti.grades;

import java.util.Optional;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.tool.work.application.ProgressCause;

/**
 * The changes in a teacher's progress the platform's gradebook hears of. A change of score within one state
 * (another answer saved) is not one of them: it would flood the gradebook and Moodle's history.
 */
public enum StateChange {
    /** Began: not started before, working on it now. */
    STARTED,
    /** Submitted while a completion condition is still open (an observation not yet received). */
    SUBMITTED,
    /** Submitted and every completion condition met. */
    COMPLETED,
    /** A trainer approved the submitted work: completed by the trainer's decision. */
    APPROVED,
    /** Submitted or completed work is open again (the teacher or trainer reopened it). */
    REOPENED,
    /** A trainer returned the submitted work for revision: open again by the trainer's decision. */
    RETURNED;

    /**
     * Which change this is, if any; the same state twice is none. The cause tells the trainer's decisions
     * apart from the same change of state by the rules: approved work becomes completed as complete work
     * does when a partner's observation arrives, and a return opens the work as a reopening does.
     */
    public static Optional<StateChange> between(Progress before, Progress after, ProgressCause cause) {
        ProgressState from = before.state();
        ProgressState to = after.state();
        if (from == to) {
            return Optional.empty();
        }
        return switch (to) {
            case NOT_STARTED -> Optional.empty();
            case IN_PROGRESS -> Optional.of(from == ProgressState.NOT_STARTED ? STARTED
                    : cause == ProgressCause.RETURNED ? RETURNED : REOPENED);
            case SUBMITTED -> Optional.of(SUBMITTED);
            case COMPLETED -> Optional.of(cause == ProgressCause.APPROVED ? APPROVED : COMPLETED);
        };
    }
}
