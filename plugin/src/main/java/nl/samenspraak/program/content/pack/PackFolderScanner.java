package nl.samenspraak.program.content.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the pack files of a school's packs folder: every {@code *.json} directly in it and every
 * {@code *}{@code /pack.json} one level down, in name order so that "the later pack" is the same on every
 * start. Names starting with a dot are skipped: they are editor back-ups and system files, not packs.
 */
public final class PackFolderScanner {

    private static final String PACK_FILE = "pack.json";

    public Checked<List<PackSource>> scan(Path folder) {
        String name = folder.toString();
        if (!Files.isDirectory(folder)) {
            return Checked.failed(new PackProblem(name, JsonPaths.ROOT, "The packs folder does not exist or is not a folder."));
        }
        List<PackSource> sources = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted(Comparator.comparing(path -> path.getFileName().toString())).toList()) {
                String entryName = entry.getFileName().toString();
                if (entryName.startsWith(".")) {
                    continue;
                }
                if (Files.isRegularFile(entry) && entryName.endsWith(".json")) {
                    sources.add(new PackSource(entryName, new FolderPackFiles(folder), entryName));
                } else if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve(PACK_FILE))) {
                    sources.add(new PackSource(entryName + "/" + PACK_FILE, new FolderPackFiles(entry), PACK_FILE));
                }
            }
        } catch (IOException e) {
            return Checked.failed(new PackProblem(name, JsonPaths.ROOT, "The packs folder could not be read: " + e.getMessage()));
        }
        return Checked.ok(List.copyOf(sources));
    }
}
