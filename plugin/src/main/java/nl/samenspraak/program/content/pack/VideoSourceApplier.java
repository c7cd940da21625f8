package nl.samenspraak.program.content.pack;

import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.TrainingModule;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSourceOverride;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the films that packs give through {@code videoSources} into the video assignments they name, in
 * whichever pack those are. Expects entries the {@link CatalogAssembler} has checked: at most one per
 * assignment, each naming a video assignment.
 */
final class VideoSourceApplier {

    List<LoadedPack> apply(List<LoadedPack> packs) {
        Map<String, VideoSourceOverride> films = new HashMap<>();
        packs.forEach(pack -> pack.pack().videoSources().forEach(film -> films.put(film.assignmentId(), film)));
        if (films.isEmpty()) {
            return packs;
        }
        return packs.stream()
                .map(pack -> pack.withPack(pack.pack().withModules(pack.pack().modules().stream()
                        .map(module -> withFilms(module, films))
                        .toList())))
                .toList();
    }

    private static TrainingModule withFilms(TrainingModule module, Map<String, VideoSourceOverride> films) {
        List<Assignment> assignments = module.assignments().stream()
                .map(assignment -> assignment instanceof VideoAssignment video && films.containsKey(video.id())
                        ? films.get(video.id()).applyTo(video)
                        : assignment)
                .toList();
        return new TrainingModule(module.id(), module.title(), module.introduction(), assignments);
    }
}
