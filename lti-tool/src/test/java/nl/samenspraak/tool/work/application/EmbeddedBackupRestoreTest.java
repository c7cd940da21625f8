package nl.samenspraak.tool.work.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.work.infrastructure.JdbcTeacherWorkStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented backup and restore of the embedded database ({@code tools/backup.sh}, {@code tools/restore.sh}
 * with {@code SAMENSPRAAK_DATA_DIR}): a teacher's answer saved in one data folder is found, as it was, in the
 * database a server opens from the folder the backup was restored into.
 */
class EmbeddedBackupRestoreTest {

    private static final String READING = "klavertje-vier";
    private static final Path TOOLS = Path.of("..", "tools");

    @TempDir
    Path work;

    @Test
    void aBackupRestoredIntoANewFolderHasTheTeachersWork() throws Exception {
        Path original = work.resolve("original");
        Optional<StoredWork> saved;
        WorkScope teacher;
        try (WorkFixture fixture = WorkFixture.in(original)) {
            teacher = fixture.teacher;
            String question = fixture.work.assignment(teacher, READING).placement().assignment().questions().get(0).id();
            fixture.work.saveAnswer(teacher, READING, question, new Answer.TextAnswer("Mijn antwoord, bewaard."));
            saved = new JdbcTeacherWorkStore(fixture.database.sql()).find(teacher, READING);
        }
        assertTrue(saved.isPresent());
        Path backup = work.resolve("samenspraak-backup.tgz");

        assertEquals(0, script("backup.sh", original, backup));
        Path restored = work.resolve("restored");
        assertEquals(0, script("restore.sh", restored, backup));
        assertNotEquals(0, script("restore.sh", restored, backup), "a folder with a database is never overwritten");

        try (TestDatabase database = TestDatabase.in(restored)) {
            assertEquals(saved, new JdbcTeacherWorkStore(database.sql()).find(teacher, READING));
        }
    }

    private int script(String name, Path dataDir, Path file) throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder("bash", TOOLS.resolve(name).toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile());
        process.environment().keySet().removeIf(variable -> variable.startsWith("SAMENSPRAAK_"));
        process.environment().put("SAMENSPRAAK_DATA_DIR", dataDir.toString());
        Process running = process.start();
        if (!running.waitFor(1, TimeUnit.MINUTES)) {
            running.destroyForcibly();
            throw new AssertionError(name + " did not finish: " + Files.readString(work.resolve(name + ".log")));
        }
        return running.exitValue();
    }
}
