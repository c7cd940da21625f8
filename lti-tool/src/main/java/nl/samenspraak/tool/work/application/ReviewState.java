package nl.samenspraak.tool.work.application;

/**
 * The tool's own state of a teacher's work beside the plugin's progress, from the trainer's review. The
 * pages show {@link #AWAITING_APPROVAL} and {@link #RETURNED} in place of the plugin's state; towards the
 * gradebook ({@link ProgressChanged}) awaiting approval is {@code SUBMITTED} (a completion condition, the
 * approval, is still open) and returned work is what the rules make of reopened work ({@code IN_PROGRESS}).
 */
public enum ReviewState {
    /** No review applies: the assignment needs no approval, or the work is not complete yet. */
    NONE,
    /** Complete by the rules and submitted; the assignment needs the trainer's approval, which is not given yet. */
    AWAITING_APPROVAL,
    /** The trainer approved this submission. */
    APPROVED,
    /** The trainer returned the work for revision, and the teacher has not submitted it again yet. */
    RETURNED
}
