package nl.samenspraak.tool.catalog.application;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.samenspraak.program.content.PackFileRef;
import nl.samenspraak.program.content.pack.AssignmentPlacement;
import nl.samenspraak.program.content.pack.ContentPackLoader;
import nl.samenspraak.program.content.pack.LoadedPack;
import nl.samenspraak.program.content.pack.PackFile;
import nl.samenspraak.program.content.pack.PackProblem;
import nl.samenspraak.program.content.pack.ProgramCatalog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The training program this server offers. The packs are read once, on start: the built-in pack and
 * those in {@code SAMENSPRAAK_PACKS_DIR}. Each rejected pack is logged with its file, the JSON path and
 * what is wrong; each accepted pack version is recorded with the time it was first loaded.
 */
@Singleton
public class ProgramCatalogService {

    private static final Logger LOG = Logger.getLogger(ProgramCatalogService.class.getName());
    private static final String BUILT_IN = "built-in";

    private final ProgramCatalog catalog;
    private final Map<String, PackInstallation> installations = new LinkedHashMap<>();

    @Inject
    public ProgramCatalogService(@ConfigProperty(name = "samenspraak.packs.dir") Optional<String> packsDir,
                          PackInstallations packInstallations, Clock clock) {
        Optional<Path> folder = packsDir.map(String::strip).filter(dir -> !dir.isEmpty()).map(Path::of);
        this.catalog = ContentPackLoader.create(ContentPackLoader.class.getClassLoader()).load(folder);
        for (PackProblem problem : catalog.problems()) {
            LOG.warning(() -> "Content pack rejected: " + problem);
        }
        for (PackProblem warning : catalog.warnings()) {
            LOG.warning(() -> "Content pack loaded, but worth fixing: " + warning);
        }
        for (LoadedPack loaded : catalog.packs()) {
            String source = loaded.file().equals(ContentPackLoader.BUILT_IN_FILE) ? BUILT_IN : loaded.file();
            installations.put(loaded.pack().id(), packInstallations.recordLoaded(
                    loaded.pack().id(), loaded.pack().version(), source, clock.instant()));
        }
        LOG.info(() -> "Program loaded: " + catalog.packs().size() + " pack(s), " + catalog.assignments().size()
                + " assignments" + (catalog.problems().isEmpty() ? "" : ", " + catalog.problems().size()
                + " problem(s) in rejected packs"));
    }

    /** Loading on start, not on the first request, puts pack problems in the log right away. */
    void loadOnStart(@Observes Startup startup) {
        LOG.fine("Program catalog loaded on start");
    }

    public ProgramCatalog catalog() {
        return catalog;
    }

    public Optional<AssignmentPlacement> placement(String assignmentId) {
        return catalog.placement(assignmentId);
    }

    /** The loaded packs in order, with when each was first loaded here. */
    public List<PackInstallation> installations() {
        return List.copyOf(installations.values());
    }

    public Optional<PackFile> packFile(String packId, String path) {
        return catalog.file(new PackFileRef(packId, path));
    }
}
