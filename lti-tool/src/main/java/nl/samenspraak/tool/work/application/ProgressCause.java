package nl.samenspraak.tool.work.application;

/**
 * Why a teacher's progress changed: the use case that ran through {@link WorkTransactions} names it, so an
 * observer can tell a trainer's approval from completion by the rules (both are submitted → completed) and a
 * return for revision from a reopening (both are → in progress), and the gradebook gets the right comment.
 */
public enum ProgressCause {
    /** The teacher's own work (saving, watching, submitting, a partner's observation counting for them). */
    TEACHER_WORK,
    /** The trainer approved the submitted work. */
    APPROVED,
    /** The trainer returned the submitted work for revision, with a reason. */
    RETURNED,
    /** The trainer switched "approval needed" for the assignment on or off. */
    APPROVAL_SWITCH
}
