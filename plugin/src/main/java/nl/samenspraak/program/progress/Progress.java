package nl.samenspraak.program.progress;

import java.util.Objects;

/**
 * A teacher's progress in one assignment.
 *
 * @param score how much of the assignment is done, 0 to 1; exactly 1 only when completed
 */
public record Progress(ProgressState state, double score) {

    public Progress {
        Objects.requireNonNull(state, "state");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be within 0..1, was " + score);
        }
    }
}
