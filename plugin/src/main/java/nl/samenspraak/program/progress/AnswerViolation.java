package nl.samenspraak.program.progress;

import java.util.Objects;

/**
 * Why an answer is not acceptable.
 *
 * @param questionId the question the answer was for
 * @param message    the reason in plain words, for logs and API error bodies
 */
public record AnswerViolation(String questionId, Kind kind, String message) {

    public enum Kind {
        /** A required question has no (or an empty) answer. */
        MISSING,
        /** The answer does not fit the question, such as text for a scale question. */
        WRONG_TYPE,
        TOO_SHORT,
        TOO_LONG,
        UNKNOWN_OPTION,
        MULTIPLE_NOT_ALLOWED,
        OUT_OF_SCALE,
        /** An answer for a question the assignment does not have. */
        UNKNOWN_QUESTION
    }

    public AnswerViolation {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
