package nl.samenspraak.tool.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database layer against the real PostgreSQL the integration tests start (failsafe passes its URL):
 * the migrations apply, and wrong settings stop the start with a line that says what to fix.
 */
class DatabaseOnPostgresqlIT {

    private final String url = System.getProperty("samenspraak.it.pg.url");
    private final String user = System.getProperty("samenspraak.it.pg.user");
    private final String password = System.getProperty("samenspraak.it.pg.password");

    @TempDir
    Path dataDir;

    @Test
    void theMigrationsHaveRunOnPostgresql() throws SQLException {
        Database database = open(url, user, password);
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery(
                     "SELECT max(version) FROM flyway_schema_history WHERE success")) {
            assertEquals(DatabaseSettings.Kind.POSTGRESQL, database.kind());
            assertTrue(version.next());
            assertTrue(Integer.parseInt(version.getString(1)) >= 1);
        } finally {
            database.close();
        }
    }

    @Test
    void aWrongPasswordSaysWhichSettingsToCheckAndNotThePassword() {
        DatabaseStartupException refused = assertThrows(DatabaseStartupException.class,
                () -> open(url, user, "not-the-password"));

        assertEquals("PostgreSQL at " + url + " refused the login of user '" + user
                + "': check SAMENSPRAAK_DB_USER and SAMENSPRAAK_DB_PASSWORD.", refused.getMessage());
        assertFalse(refused.getMessage().contains("not-the-password"));
    }

    @Test
    void aMissingDatabaseSaysHowToCreateIt() {
        String otherDatabase = url.substring(0, url.lastIndexOf('/')) + "/no_such_database";

        DatabaseStartupException refused = assertThrows(DatabaseStartupException.class,
                () -> open(otherDatabase, user, password));

        assertTrue(refused.getMessage().contains("has no such database: create it"), refused.getMessage());
    }

    private Database open(String jdbcUrl, String dbUser, String dbPassword) {
        return new Database(Optional.of(jdbcUrl), Optional.of(dbUser), Optional.of(dbPassword),
                new DataDirectory(Optional.of(dataDir.toString())));
    }
}
