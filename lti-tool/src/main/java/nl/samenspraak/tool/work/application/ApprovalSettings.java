package nl.samenspraak.tool.work.application;

import java.time.Instant;

/** The trainer's "approval needed" switch per assignment of a course, which {@link ApprovalPolicy} reads. */
public interface ApprovalSettings {

    void set(long contextId, String assignmentId, boolean needsApproval, long trainerId, Instant at);
}
