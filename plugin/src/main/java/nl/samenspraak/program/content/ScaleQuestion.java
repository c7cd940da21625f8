package nl.samenspraak.program.content;

import java.util.Objects;

/** A question answered with a whole number on a scale. */
public record ScaleQuestion(String id, LocalizedText prompt, boolean required, ScaleDefinition scale)
        implements Question {

    public ScaleQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(scale, "scale");
    }
}
