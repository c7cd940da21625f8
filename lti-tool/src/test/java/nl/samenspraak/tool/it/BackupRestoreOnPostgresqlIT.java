package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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
    private static final Duration START_DEADLINE = Duration.ofMinutes(5);

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

        try (RestoredServer server = RestoredServer.start(wlp, restoredPort, restoredUrl, user, password,
                testbed.tool())) {
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

    /**
     * A Liberty server made here from the PostgreSQL test server's configuration and war, on another port and
     * database. Its public address stays the test server's, which the platform's registration names.
     */
    private record RestoredServer(Path wlp, URI address) implements AutoCloseable {

        static final String NAME = "it-restored";

        static RestoredServer start(Path wlp, int port, String databaseUrl, String user, String password,
                                    URI publicUrl) throws IOException, InterruptedException {
            Path from = wlp.resolve("usr/servers/it-postgresql");
            Path server = wlp.resolve("usr/servers/" + NAME);
            Files.createDirectories(server.resolve("apps"));
            for (String file : List.of("server.xml", "jvm.options")) {
                Files.copy(from.resolve(file), server.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.copy(from.resolve("apps/samenspraak.war"), server.resolve("apps/samenspraak.war"),
                    StandardCopyOption.REPLACE_EXISTING);
            // The installation's own settings come along (the secrets key that opens the restored keys, the
            // intranet allow-list the emulator needs); the address and the database are the new server's.
            List<String> own = List.of("SAMENSPRAAK_HTTP_PORT=", "SAMENSPRAAK_DB_URL=", "SAMENSPRAAK_DB_USER=",
                    "SAMENSPRAAK_DB_PASSWORD=", "SAMENSPRAAK_PUBLIC_URL=");
            List<String> env = new ArrayList<>(Files.readAllLines(from.resolve("server.env")).stream()
                    .filter(line -> own.stream().noneMatch(line::startsWith)).toList());
            env.addAll(List.of("SAMENSPRAAK_HTTP_PORT=" + port, "SAMENSPRAAK_DB_URL=" + databaseUrl,
                    "SAMENSPRAAK_DB_USER=" + user, "SAMENSPRAAK_DB_PASSWORD=" + password,
                    "SAMENSPRAAK_PUBLIC_URL=" + publicUrl));
            Files.write(server.resolve("server.env"), env);
            RestoredServer restored = new RestoredServer(wlp, URI.create("http://127.0.0.1:" + port));
            restored.command("start");
            restored.awaitReady();
            return restored;
        }

        private void awaitReady() throws InterruptedException {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            Instant deadline = Instant.now().plus(START_DEADLINE);
            while (Instant.now().isBefore(deadline)) {
                try {
                    if (http.send(HttpRequest.newBuilder(address.resolve("/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // The port opens some time after the process starts.
                }
                LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
            }
            close();
            throw new AssertionError("The restored server is not ready after " + START_DEADLINE + "; see "
                    + wlp.resolve("usr/servers/" + NAME + "/logs/messages.log"));
        }

        private void command(String action) {
            try {
                Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, NAME)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(3, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("server " + action + " " + NAME + " did not finish");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
        }

        @Override
        public void close() {
            command("stop");
        }
    }
}
