package nl.samenspraak.program.content;

import java.util.Objects;

/**
 * A file shipped inside a pack: the pack that holds it and its path relative to the pack file. The pack
 * id is kept because a film given through {@code videoSources} lives in another pack than its assignment.
 */
public record PackFileRef(String packId, String path) {

    public PackFileRef {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(path, "path");
    }
}
