package nl.samenspraak.tool.privacy.application;

/** What an audit record says was done to a teacher's work. */
public enum AuditAction {
    /** A trainer or administrator saw the teacher's work (the course overview shows every participant's). */
    OPENED_WORK,
    /** The teacher's data was downloaded. */
    EXPORTED,
    /** The teacher's personal data was erased. */
    ERASED
}
