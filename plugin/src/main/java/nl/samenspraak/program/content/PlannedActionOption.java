package nl.samenspraak.program.content;

import java.util.Objects;

/** An action a teacher can choose for an action plan. */
public record PlannedActionOption(String id, LocalizedText text) {

    public PlannedActionOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
