package nl.samenspraak.tool.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.samenspraak.tool.catalog.application.PackInstallation;
import nl.samenspraak.tool.catalog.infrastructure.JdbcPackInstallations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database as the server opens it: migrated on start, kept across restarts, clear when it cannot open. */
class DatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDatabaseIsCreatedInTheDataFolderAndSurvivesARestart() {
        Instant firstStart = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Database first = embedded();
        new JdbcPackInstallations(first.dataSource()).recordLoaded("basis", "1.0.0", "built-in", firstStart);
        first.close();
        assertTrue(Files.exists(dataDir.resolve("samenspraak.mv.db")), "the database file is in the data folder");

        Database second = embedded();
        try {
            JdbcPackInstallations installations = new JdbcPackInstallations(second.dataSource());
            PackInstallation again = installations.recordLoaded("basis", "1.0.0", "built-in", firstStart.plusSeconds(60));

            assertEquals(firstStart, again.firstLoadedAt());
            assertEquals(firstStart.plusSeconds(60), again.lastLoadedAt());
        } finally {
            second.close();
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedStopsTheStartWithWhatToFix() throws IOException {
        Path notAFolder = Files.writeString(dataDir.resolve("file"), "x");

        DatabaseStartupException refused = assertThrows(DatabaseStartupException.class, () -> new Database(
                Optional.empty(), Optional.empty(), Optional.empty(),
                new DataDirectory(Optional.of(notAFolder.resolve("data").toString()))));

        assertTrue(refused.getMessage().contains("SAMENSPRAAK_DATA_DIR"), refused.getMessage());
    }

    @Test
    void aPostgresqlThatDoesNotAnswerStopsTheStartWithWhatToFix() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/samenspraak";

        DatabaseStartupException refused = assertThrows(DatabaseStartupException.class, () -> new Database(
                Optional.of(url), Optional.of("tool"), Optional.of("do-not-log-me"),
                new DataDirectory(Optional.of(dataDir.toString()))));

        assertTrue(refused.getMessage().startsWith("No PostgreSQL answers at " + url), refused.getMessage());
        assertTrue(refused.getMessage().contains("SAMENSPRAAK_DB_URL"), refused.getMessage());
        assertFalse(refused.getMessage().contains("do-not-log-me"));
    }

    private Database embedded() {
        return new Database(Optional.empty(), Optional.empty(), Optional.empty(),
                new DataDirectory(Optional.of(dataDir.toString())));
    }
}
