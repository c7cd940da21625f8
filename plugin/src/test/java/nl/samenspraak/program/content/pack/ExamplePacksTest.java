package nl.samenspraak.program.content.pack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The worked examples in docs/examples load next to the built-in pack, as a school would use them. */
class ExamplePacksTest {

    /** Maven runs the tests in the plugin module's folder. */
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @Test
    void examplesLoadWithoutProblems() throws IOException {
        assumeTrue(Files.isDirectory(EXAMPLES), "no docs/examples folder");
        List<String> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted().toList();
        }
        assumeTrue(!examples.isEmpty(), "no examples in docs/examples");

        ProgramCatalog catalog = ContentPackLoader.create(getClass().getClassLoader()).load(Optional.of(EXAMPLES));

        assertEquals(List.of(), catalog.problems());
        List<String> loaded = catalog.packs().stream().map(LoadedPack::file).filter(examples::contains).toList();
        assertEquals(examples, loaded);
    }
}
