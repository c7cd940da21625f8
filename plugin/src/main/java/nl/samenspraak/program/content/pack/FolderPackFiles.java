package nl.samenspraak.program.content.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** The files of a pack in a folder on disk. */
public final class FolderPackFiles implements PackFiles {

    private final Path folder;

    public FolderPackFiles(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
    }

    @Override
    public Optional<PackFile> find(String relativePath) {
        return RelativePackPath.parse(relativePath).flatMap(this::resolve);
    }

    private Optional<PackFile> resolve(RelativePackPath path) {
        Path file = folder.resolve(path.value());
        try {
            // A symbolic link inside the folder may still point elsewhere: compare the real locations.
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(folder.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(new PackFile(path.value(), Files.size(file), () -> Files.newInputStream(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
