package nl.samenspraak.program.content.pack;

import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.ContentPack;
import nl.samenspraak.program.content.TrainingModule;

import java.util.Objects;

/** An assignment with the pack and module it belongs to. */
public record AssignmentPlacement(ContentPack pack, TrainingModule module, Assignment assignment) {

    public AssignmentPlacement {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(assignment, "assignment");
    }
}
