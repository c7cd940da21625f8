package nl.samenspraak.program.progress;

/** Where a teacher is with an assignment. */
public enum ProgressState {
    /** Nothing of the teacher's own is recorded yet. */
    NOT_STARTED,
    /** The teacher is working on it and has not submitted it. */
    IN_PROGRESS,
    /** Submitted, but a completion condition is still open (for example an observation not yet received). */
    SUBMITTED,
    /** Submitted and every completion condition is met. */
    COMPLETED
}
