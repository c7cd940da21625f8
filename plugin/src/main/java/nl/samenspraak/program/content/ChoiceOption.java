package nl.samenspraak.program.content;

import java.util.Objects;

/** One option of a choice question. */
public record ChoiceOption(String id, LocalizedText label) {

    public ChoiceOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
