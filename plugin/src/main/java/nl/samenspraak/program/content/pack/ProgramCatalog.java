package nl.samenspraak.program.content.pack;

import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.PackFileRef;
import nl.samenspraak.program.content.TrainingModule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The training program as loaded: the accepted packs in order (built-in first), with films from
 * {@code videoSources} already in place, and the problems of the packs that were rejected.
 */
public final class ProgramCatalog {

    private final List<LoadedPack> packs;
    private final List<PackProblem> problems;
    private final Map<String, LoadedPack> packsById = new LinkedHashMap<>();
    private final Map<String, AssignmentPlacement> placements = new LinkedHashMap<>();

    /** @throws IllegalArgumentException when two packs share an id or two assignments share an id */
    public ProgramCatalog(List<LoadedPack> packs, List<PackProblem> problems) {
        this.packs = List.copyOf(packs);
        this.problems = List.copyOf(problems);
        for (LoadedPack loaded : this.packs) {
            if (packsById.putIfAbsent(loaded.pack().id(), loaded) != null) {
                throw new IllegalArgumentException("Two packs with id " + loaded.pack().id());
            }
            for (TrainingModule module : loaded.pack().modules()) {
                for (Assignment assignment : module.assignments()) {
                    AssignmentPlacement placement = new AssignmentPlacement(loaded.pack(), module, assignment);
                    if (placements.putIfAbsent(assignment.id(), placement) != null) {
                        throw new IllegalArgumentException("Two assignments with id " + assignment.id());
                    }
                }
            }
        }
    }

    public List<LoadedPack> packs() {
        return packs;
    }

    /** What is worth fixing in the packs that loaded, such as links without https. */
    public List<PackProblem> warnings() {
        return packs.stream().flatMap(loaded -> loaded.warnings().stream()).toList();
    }

    /** Why packs were rejected; empty when every pack loaded. */
    public List<PackProblem> problems() {
        return problems;
    }

    /** All modules of all packs, in order. */
    public List<TrainingModule> modules() {
        return packs.stream().flatMap(loaded -> loaded.pack().modules().stream()).toList();
    }

    /** All assignments of all modules, in order. */
    public List<Assignment> assignments() {
        return placements.values().stream().map(AssignmentPlacement::assignment).toList();
    }

    public Optional<Assignment> assignment(String assignmentId) {
        return placement(assignmentId).map(AssignmentPlacement::assignment);
    }

    /** The assignment with the pack and module it is in. */
    public Optional<AssignmentPlacement> placement(String assignmentId) {
        return Optional.ofNullable(placements.get(assignmentId));
    }

    public Optional<LoadedPack> pack(String packId) {
        return Optional.ofNullable(packsById.get(packId));
    }

    /** A media file named in a pack; empty when the pack is not loaded, the file is missing or the path leaves the pack. */
    public Optional<PackFile> file(PackFileRef ref) {
        return pack(ref.packId()).flatMap(loaded -> loaded.files().find(ref.path()));
    }
}
