package nl.samenspraak.tool.infrastructure.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folder where Samenspraak keeps its files, the embedded database among them:
 * {@code SAMENSPRAAK_DATA_DIR}, by default {@code ~/.samenspraak}. It is outside the build folder so
 * that data survives a rebuild as well as a restart.
 */
@Singleton
public class DataDirectory {

    private final Path path;

    @Inject
    DataDirectory(@ConfigProperty(name = "samenspraak.data.dir") Optional<String> configured) {
        this.path = configured.map(String::strip).filter(p -> !p.isEmpty()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".samenspraak"))
                .toAbsolutePath();
    }

    public Path path() {
        return path;
    }
}
