package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented backup and restore of PostgreSQL ({@code tools/backup.sh}, {@code tools/restore.sh}): a
 * teacher's answers on the test server are backed up, restored into a new database, and a fresh server of
 * the same war started on it finds them when the same platform launches the same teacher again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreOnPostgresqlIT {

    private static final String READING = "klavertje-vier";

    private final String url = System.getProperty("samenspraak.it.pg.url");
    private final String user = System.getProperty("samenspraak.it.pg.user");
    private final String password = System.getProperty("samenspraak.it.pg.password");
    private final Path wlp = Path.of(System.getProperty("samenspraak.it.wlp", "target/liberty/wlp"));
    private final Path tools = Path.of(System.getProperty("samenspraak.it.tools", "../tools"));
    private final int restoredPort = Integer.getInteger("samenspraak.it.restoredPort", 19085);
    private final LtiTestbed testbed = new LtiTestbed();
    private final EmulatedPlatform platform = testbed.registeredPlatform().platform();

    @TempDir
    Path backups;

    @AfterAll
    void stopPlatforms() {
        testbed.close();
    }

    @Test
    void aBackupRestoredIntoANewDatabaseGivesAFreshServerTheTeachersWork() throws Exception {
        WorkClient teacher = WorkClient.withToken(platform.launch(testbed.browser(), "backup-teacher", claims -> claims)
                .sessionToken().orElseThrow());
        teacher.answerEveryQuestion(READING);
        JsonNode answers = teacher.assignment(READING).path("answers");
        assertFalse(answers.isEmpty(), "the teacher's answers");

        Path backup = backups.resolve("samenspraak.dump");
        script("backup.sh", url, backup);
        String restoredUrl = url.substring(0, url.lastIndexOf('/') + 1) + newDatabase();
        script("restore.sh", restoredUrl, backup);

        // Its public address stays the test server's, which the platform's registration names.
        try (ExtraServer server = ExtraServer.start(wlp, "it-restored", restoredPort, Map.of(
                "SAMENSPRAAK_DB_URL", restoredUrl, "SAMENSPRAAK_DB_USER", user, "SAMENSPRAAK_DB_PASSWORD", password,
                "SAMENSPRAAK_PUBLIC_URL", testbed.tool().toString()))) {
            HttpBrowser browser = HttpBrowser.withCookies(server.address());
            ToolAnswer launch = platform.launch(browser, "backup-teacher", claims -> claims);
            // The code is exchanged at the restored server, which made it (the Location names the registered address).
            String token = browser.sessionToken(launch).orElseThrow(() -> new AssertionError(launch.toString()));
            ToolAnswer view = browser.get("/api/assignments/" + READING, "Authorization", "Bearer " + token);

            assertEquals(200, view.status(), view.toString());
            assertEquals(answers, view.json().path("answers"));
        }
    }

    /** Runs a script of tools/ with the database settings a server of that database has. */
    private void script(String name, String databaseUrl, Path file) throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder("bash", tools.resolve(name).toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(backups.resolve(name + ".log").toFile());
        process.environment().putAll(Map.of("SAMENSPRAAK_DB_URL", databaseUrl, "SAMENSPRAAK_DB_USER", user,
                "SAMENSPRAAK_DB_PASSWORD", password));
        Process running = process.start();
        if (!running.waitFor(2, TimeUnit.MINUTES) || running.exitValue() != 0) {
            running.destroyForcibly();
            throw new AssertionError(name + " failed: " + Files.readString(backups.resolve(name + ".log")));
        }
    }

    private String newDatabase() throws SQLException {
        String name = "restored_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return name;
    }
}
