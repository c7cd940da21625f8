package nl.samenspraak.program.content.pack;

import nl.samenspraak.program.content.ContentPack;

import java.util.List;
import java.util.Objects;

/**
 * A pack that passed all checks, with the file it came from and access to its media.
 *
 * @param file     the pack file as named in problems
 * @param files    the files of the pack's folder, for its media
 * @param warnings what the checks found worth fixing that did not keep the pack from loading
 */
public record LoadedPack(ContentPack pack, String file, PackFiles files, List<PackProblem> warnings) {

    public LoadedPack {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(files, "files");
        warnings = List.copyOf(warnings);
    }

    public LoadedPack withPack(ContentPack replacement) {
        return new LoadedPack(replacement, file, files, warnings);
    }
}
