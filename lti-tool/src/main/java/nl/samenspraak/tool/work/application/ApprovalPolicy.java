package nl.samenspraak.tool.work.application;

import java.util.Set;

/**
 * Whether a teacher's completed work on an assignment still needs the trainer's approval in a course. Until
 * it has it, the work is "submitted, waiting for approval" ({@link ReviewState#AWAITING_APPROVAL}).
 */
public interface ApprovalPolicy {

    boolean needsApproval(long contextId, String assignmentId);

    /** The assignments of the course that need approval, in one read for a whole course page. */
    Set<String> needingApproval(long contextId);
}
