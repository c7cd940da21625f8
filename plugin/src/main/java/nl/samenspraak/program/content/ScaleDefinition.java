package nl.samenspraak.program.content;

import java.util.Objects;
import java.util.Optional;

/** A range of whole numbers from {@code min} to {@code max}, with optional labels for both ends. */
public record ScaleDefinition(int min, int max, Optional<LocalizedText> minLabel, Optional<LocalizedText> maxLabel) {

    public static final int MAX_STEPS = 11;

    public ScaleDefinition {
        if (min >= max) {
            throw new IllegalArgumentException("A scale needs min < max, was " + min + ".." + max);
        }
        Objects.requireNonNull(minLabel, "minLabel");
        Objects.requireNonNull(maxLabel, "maxLabel");
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    /** Where a value lies on the scale: 0 at {@code min}, 1 at {@code max}. */
    public double normalise(double value) {
        return (value - min) / (max - min);
    }
}
