package nl.samenspraak.program.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A module of the training: its assignments in the order a teacher does them. */
public record TrainingModule(String id, LocalizedText title, Optional<LocalizedText> introduction,
                             List<Assignment> assignments) {

    public TrainingModule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(introduction, "introduction");
        assignments = List.copyOf(assignments);
    }
}
