package nl.samenspraak.tool.lti.grades;

/** Where a score in the outbox is. */
public enum OutboxStatus {
    /** To be sent (again) from {@code next_attempt_at} on. */
    PENDING,
    /** The platform has it. */
    SENT,
    /** A newer state of the same link and user replaced it before it was sent: the newest state wins. */
    SUPERSEDED,
    /** The platform refused it for this user (not a student, not enrolled): retrying will not change that. */
    REFUSED,
    /** Failed too often, or the platform refused the line item: waits for an administrator's retry. */
    PARKED
}
