package nl.samenspraak.program.content.pack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads the training program: the built-in pack from the class path, then the packs of a school's folder
 * (named by {@code SAMENSPRAAK_PACKS_DIR}), if any. A broken pack is left out and reported in
 * {@link ProgramCatalog#problems()}; the others still load.
 */
public final class ContentPackLoader {

    /** The class path folder of the built-in pack; its pack file is {@code pack.json} in it. */
    public static final String BUILT_IN_FOLDER = "samenspraak/packs/builtin";

    /** How problems and {@link LoadedPack#file()} name the built-in pack file. */
    public static final String BUILT_IN_FILE = "classpath:" + BUILT_IN_FOLDER + "/pack.json";

    private final PackSource builtIn;
    private final PackFolderScanner scanner;
    private final PackReader reader;
    private final CatalogAssembler assembler;

    public ContentPackLoader(PackSource builtIn, PackFolderScanner scanner, PackReader reader,
                             CatalogAssembler assembler) {
        this.builtIn = Objects.requireNonNull(builtIn, "builtIn");
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.assembler = Objects.requireNonNull(assembler, "assembler");
    }

    /** The standard loader: built-in pack and schema from this class loader's class path. */
    public static ContentPackLoader create(ClassLoader classLoader) {
        PackSource builtIn = new PackSource(BUILT_IN_FILE, new ClassPathPackFiles(classLoader, BUILT_IN_FOLDER),
                "pack.json");
        return new ContentPackLoader(builtIn, new PackFolderScanner(), PackReader.create(classLoader),
                CatalogAssembler.create());
    }

    /** @param packsFolder a school's packs folder, or empty for the built-in pack only */
    public ProgramCatalog load(Optional<Path> packsFolder) {
        List<Checked<LoadedPack>> readings = new ArrayList<>();
        readings.add(reader.read(builtIn));
        packsFolder.ifPresent(folder -> {
            Checked<List<PackSource>> sources = scanner.scan(folder);
            readings.addAll(sources.problems().stream().map(Checked::<LoadedPack>failed).toList());
            sources.value().orElse(List.of()).forEach(source -> readings.add(reader.read(source)));
        });
        return assembler.assemble(readings);
    }
}
