package nl.samenspraak.program.content.pack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PackFolderScannerTest {

    private final PackFolderScanner scanner = new PackFolderScanner();

    @TempDir
    Path folder;

    @Test
    void findsLooseJsonFilesAndPackJsonOneLevelDownInNameOrder() {
        TestPacks.write(folder.resolve("zuid.json"), "{}");
        TestPacks.write(folder.resolve("noord/pack.json"), "{}");
        TestPacks.write(folder.resolve("midden.json"), "{}");
        TestPacks.write(folder.resolve("media/film.webm"), "not a pack");
        TestPacks.write(folder.resolve("diep/sub/pack.json"), "{}");
        TestPacks.write(folder.resolve("notities.txt"), "not a pack");
        TestPacks.write(folder.resolve(".#midden.json"), "editor lock file");
        TestPacks.write(folder.resolve(".verborgen/pack.json"), "{}");

        List<PackSource> sources = scanner.scan(folder).value().orElseThrow();

        assertEquals(List.of("midden.json", "noord/pack.json", "zuid.json"), sources.stream().map(PackSource::name).toList());
        assertEquals("pack.json", sources.get(1).fileName());
        assertEquals(folder.resolve("noord").toAbsolutePath().toString(), sources.get(1).files().toString());
        assertEquals("midden.json", sources.get(0).fileName());
    }

    @Test
    void reportsAFolderThatIsNotThere() {
        Path missing = folder.resolve("bestaat-niet");

        Checked<List<PackSource>> scan = scanner.scan(missing);

        assertEquals(List.of(new PackProblem(missing.toString(), "$", "The packs folder does not exist or is not a folder.")),
                scan.problems());
    }
}
