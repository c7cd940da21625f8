package nl.samenspraak.tool.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pure logic of the browser's modules (autosave, watched stretches, counters, addresses), tested by
 * Node's own test runner on {@code src/test/js/*.test.mjs}: the same files the browser loads, no build step.
 */
class ScriptModulesTest {

    @Test
    void theModulesPassTheirTests() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "--test"));
        try (Stream<Path> files = Files.list(Path.of("src/test/js"))) {
            files.map(Path::toString).filter(name -> name.endsWith(".test.mjs")).sorted().forEach(command::add);
        }
        assertFalse(command.size() == 2, "no test files in src/test/js");
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(2, TimeUnit.MINUTES), "node --test did not finish");
        System.out.println(output.lines().filter(line -> line.matches("# (tests|pass|fail|cancelled) .*")).reduce((a, b) -> a + "\n" + b).orElse(""));
        assertEquals(0, node.exitValue(), output);
    }
}
