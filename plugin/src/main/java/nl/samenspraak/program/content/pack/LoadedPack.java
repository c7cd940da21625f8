package nl.samenspraak.program.content.pack;

import nl.samenspraak.program.content.ContentPack;

import java.util.Objects;

/**
 * A pack that passed all checks, with the file it came from and access to its media.
 *
 * @param file  the pack file as named in problems
 * @param files the files of the pack's folder, for its media
 */
public record LoadedPack(ContentPack pack, String file, PackFiles files) {

    public LoadedPack {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(files, "files");
    }

    public LoadedPack withPack(ContentPack replacement) {
        return new LoadedPack(replacement, file, files);
    }
}
