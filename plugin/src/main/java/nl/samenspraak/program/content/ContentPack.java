package nl.samenspraak.program.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One content pack: modules of assignments, plus films it gives for video assignments of any pack. */
public record ContentPack(String id, String version, LocalizedText title, Optional<LocalizedText> description,
                          Optional<LocalizedText> credits, List<TrainingModule> modules,
                          List<VideoSourceOverride> videoSources) {

    public ContentPack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(credits, "credits");
        modules = List.copyOf(modules);
        videoSources = List.copyOf(videoSources);
    }

    /** All assignments of all modules, in order. */
    public List<Assignment> assignments() {
        return modules.stream().flatMap(module -> module.assignments().stream()).toList();
    }

    public ContentPack withModules(List<TrainingModule> replacement) {
        return new ContentPack(id, version, title, description, credits, replacement, videoSources);
    }
}
