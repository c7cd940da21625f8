package nl.samenspraak.program.content;

import java.util.List;
import java.util.Objects;

/** A question answered by choosing one option or, when {@code multiple}, any number of them. */
public record ChoiceQuestion(String id, LocalizedText prompt, boolean required, List<ChoiceOption> options,
                             boolean multiple) implements Question {

    public ChoiceQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
    }

    public boolean hasOption(String optionId) {
        return options.stream().anyMatch(option -> option.id().equals(optionId));
    }
}
