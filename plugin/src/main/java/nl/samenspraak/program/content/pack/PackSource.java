package nl.samenspraak.program.content.pack;

import java.util.Objects;

/**
 * Where one pack file is: among the files of its pack's folder. The pack file is read through the same
 * {@link PackFiles} that later serve its media, so paths in the pack are relative to the pack file.
 *
 * @param name     how problems name the file, e.g. {@code school/pack.json}
 * @param files    the files of the pack's folder
 * @param fileName the pack file's path within that folder
 */
public record PackSource(String name, PackFiles files, String fileName) {

    public PackSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(fileName, "fileName");
    }
}
