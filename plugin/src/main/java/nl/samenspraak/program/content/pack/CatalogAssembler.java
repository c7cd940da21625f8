package nl.samenspraak.program.content.pack;

import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.TrainingModule;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSourceOverride;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Combines the packs read one by one into the catalog, applying the rules that span packs. Packs count in
 * the order given (built-in first); a pack that breaks a rule is rejected whole, so the earlier pack wins:
 * <ul>
 *   <li>pack ids and assignment ids are unique over all packs;</li>
 *   <li>each {@code videoSources} entry names a video assignment of an accepted pack that no earlier pack
 *       gave a film yet, and its {@code questionTimes} name viewing questions of that assignment.</li>
 * </ul>
 * Rejecting a pack removes its assignments, which can break another pack's {@code videoSources}; the
 * films are therefore checked again until no more packs are rejected.
 */
public final class CatalogAssembler {

    private final VideoSourceApplier films;

    CatalogAssembler(VideoSourceApplier films) {
        this.films = Objects.requireNonNull(films, "films");
    }

    public static CatalogAssembler create() {
        return new CatalogAssembler(new VideoSourceApplier());
    }

    public ProgramCatalog assemble(List<Checked<LoadedPack>> readings) {
        List<PackProblem> problems = new ArrayList<>();
        List<LoadedPack> accepted = new ArrayList<>();
        for (Checked<LoadedPack> reading : readings) {
            problems.addAll(reading.problems());
            reading.value().ifPresent(pack -> {
                List<PackProblem> clashes = idClashes(pack, accepted);
                if (clashes.isEmpty()) {
                    accepted.add(pack);
                } else {
                    problems.addAll(clashes);
                }
            });
        }
        removePacksWithBrokenFilms(accepted, problems);
        return new ProgramCatalog(films.apply(accepted), problems);
    }

    private static List<PackProblem> idClashes(LoadedPack pack, List<LoadedPack> accepted) {
        List<PackProblem> clashes = new ArrayList<>();
        Map<String, LoadedPack> assignmentOwners = new HashMap<>();
        for (LoadedPack other : accepted) {
            if (other.pack().id().equals(pack.pack().id())) {
                clashes.add(new PackProblem(pack.file(), "$.id", "The pack id '" + pack.pack().id()
                        + "' is already used by " + other.file() + "; pack ids must be unique over all packs."));
            }
            other.pack().assignments().forEach(assignment -> assignmentOwners.put(assignment.id(), other));
        }
        List<TrainingModule> modules = pack.pack().modules();
        for (int m = 0; m < modules.size(); m++) {
            List<Assignment> assignments = modules.get(m).assignments();
            for (int a = 0; a < assignments.size(); a++) {
                LoadedPack owner = assignmentOwners.get(assignments.get(a).id());
                if (owner != null) {
                    clashes.add(new PackProblem(pack.file(), "$.modules[" + m + "].assignments[" + a + "].id",
                            "The assignment id '" + assignments.get(a).id() + "' is already used in " + owner.file()
                                    + "; assignment ids must be unique over all packs."));
                }
            }
        }
        return clashes;
    }

    private static void removePacksWithBrokenFilms(List<LoadedPack> accepted, List<PackProblem> problems) {
        boolean rejected = true;
        while (rejected) {
            rejected = false;
            Map<String, Assignment> assignments = new HashMap<>();
            accepted.forEach(pack -> pack.pack().assignments().forEach(a -> assignments.put(a.id(), a)));
            Map<String, LoadedPack> filmGivers = new HashMap<>();
            for (LoadedPack pack : accepted) {
                List<PackProblem> found = filmProblems(pack, assignments, filmGivers);
                if (!found.isEmpty()) {
                    problems.addAll(found);
                    accepted.remove(pack);
                    rejected = true;
                    break;
                }
            }
        }
    }

    private static List<PackProblem> filmProblems(LoadedPack pack, Map<String, Assignment> assignments,
                                                  Map<String, LoadedPack> filmGivers) {
        List<PackProblem> problems = new ArrayList<>();
        List<VideoSourceOverride> entries = pack.pack().videoSources();
        for (int i = 0; i < entries.size(); i++) {
            VideoSourceOverride entry = entries.get(i);
            String at = "$.videoSources[" + i + "]";
            Assignment target = assignments.get(entry.assignmentId());
            if (target == null) {
                problems.add(new PackProblem(pack.file(), at + ".assignment",
                        "There is no assignment '" + entry.assignmentId() + "' in any loaded pack."));
            } else if (!(target instanceof VideoAssignment video)) {
                problems.add(new PackProblem(pack.file(), at + ".assignment", "The assignment '" + entry.assignmentId()
                        + "' is a " + target.type().code() + " assignment; only a video assignment can be given a film."));
            } else {
                LoadedPack earlier = filmGivers.putIfAbsent(video.id(), pack);
                if (earlier != null) {
                    problems.add(new PackProblem(pack.file(), at + ".assignment", "The film for assignment '"
                            + video.id() + "' is already given by " + earlier.file() + "."));
                }
                entry.questionTimes().keySet().stream().sorted()
                        .filter(questionId -> video.question(questionId).isEmpty())
                        .forEach(questionId -> problems.add(new PackProblem(pack.file(),
                                JsonPaths.field(at + ".questionTimes", questionId), "The assignment '" + video.id()
                                + "' has no viewing question '" + questionId + "'.")));
            }
        }
        return problems;
    }
}
