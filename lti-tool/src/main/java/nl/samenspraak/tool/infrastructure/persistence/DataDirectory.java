package nl.samenspraak.tool.infrastructure.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folder where Samenspraak keeps its files, the embedded database and the secrets key among them:
 * {@code SAMENSPRAAK_DATA_DIR}, by default {@code ~/.samenspraak}. It is outside the build folder so that
 * data survives a rebuild as well as a restart, and only the tool's own user may read it.
 */
@Singleton
public class DataDirectory {

    private static final Logger LOG = Logger.getLogger(DataDirectory.class.getName());
    /** rwx------: the folder holds personal data and the key to the tool's secrets. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path path;

    @Inject
    public DataDirectory(@ConfigProperty(name = "samenspraak.data.dir") Optional<String> configured) {
        this.path = configured.map(String::strip).filter(p -> !p.isEmpty()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".samenspraak"))
                .toAbsolutePath();
    }

    public Path path() {
        return path;
    }

    /**
     * Creates the folder readable, writable and searchable by the tool's user only; a folder that is there
     * already and open to others is closed to them (where the file system has POSIX permissions).
     *
     * @return the folder
     */
    public Path create() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(path)) {
            if (posix) {
                Files.createDirectories(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createDirectories(path);
            }
        }
        // The umask may have taken bits off at creation, never added them; an older folder may be open to others.
        if (posix && !Files.getPosixFilePermissions(path).equals(OWNER_ONLY)) {
            LOG.info(() -> "The data folder " + path + " was open to other users; now only this user may use it");
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        }
        return path;
    }
}
