package nl.samenspraak.program.content;

import java.util.Objects;

/** A question answered in the teacher's own words, between {@code minLength} and {@code maxLength} characters. */
public record OpenQuestion(String id, LocalizedText prompt, boolean required, int minLength, int maxLength)
        implements Question {

    public static final int DEFAULT_MIN_LENGTH = 0;
    public static final int DEFAULT_MAX_LENGTH = 4000;
    public static final int MAX_LENGTH_LIMIT = 20000;

    public OpenQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        if (minLength < 0 || minLength > maxLength || maxLength > MAX_LENGTH_LIMIT) {
            throw new IllegalArgumentException(
                    "Need 0 <= minLength <= maxLength <= " + MAX_LENGTH_LIMIT + ", was " + minLength + ".." + maxLength);
        }
    }
}
