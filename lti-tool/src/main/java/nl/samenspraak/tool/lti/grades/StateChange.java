package nl.samenspraak.tool.lti.grades;

import java.util.Optional;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressState;

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
    /** A trainer approved the submitted work (the trainers' approval adds this state). */
    APPROVED,
    /** Submitted or completed work is open again (a trainer returned it, or the teacher reopened it). */
    REOPENED;

    /** Which change this is, if any; the same state twice is none. */
    public static Optional<StateChange> between(Progress before, Progress after) {
        ProgressState from = before.state();
        ProgressState to = after.state();
        if (from == to) {
            return Optional.empty();
        }
        return switch (to) {
            case NOT_STARTED -> Optional.empty();
            case IN_PROGRESS -> Optional.of(from == ProgressState.NOT_STARTED ? STARTED : REOPENED);
            case SUBMITTED -> Optional.of(SUBMITTED);
            case COMPLETED -> Optional.of(COMPLETED);
        };
    }
}
