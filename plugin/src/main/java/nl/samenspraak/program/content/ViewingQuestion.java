package nl.samenspraak.program.content;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A question about a video.
 *
 * @param at seconds into the video where playback pauses for this question; empty when the question
 *           comes after the video
 */
public record ViewingQuestion(Question question, OptionalDouble at) {

    public ViewingQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(at, "at");
    }
}
