package nl.samenspraak.tool.privacy.application;

/**
 * Fired synchronously inside the transaction that erases a teacher, so that other capabilities drop what
 * they keep about them in the same transaction (the grade outbox drops the scores queued for the teacher).
 * An observer that throws rolls the erasure back.
 */
public record TeacherErased(long userId) {
}
