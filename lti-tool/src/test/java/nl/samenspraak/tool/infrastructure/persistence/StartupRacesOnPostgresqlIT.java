package nl.samenspraak.tool.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.catalog.infrastructure.JdbcPackInstallations;
import nl.samenspraak.tool.lti.keys.JdbcToolKeys;
import nl.samenspraak.tool.lti.keys.ToolKey;
import nl.samenspraak.tool.lti.keys.ToolKeyRing;
import nl.samenspraak.tool.lti.session.SessionSecret;
import nl.samenspraak.tool.infrastructure.security.SecretBox;
import nl.samenspraak.tool.infrastructure.security.TestSecrets;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers that start at the same moment on a new PostgreSQL database: each opens its own pool, as two
 * JVMs do, and runs what a start runs (migrations, the content packs' installation records, the tool's
 * keys, the session secret). Both must come up, and they must end with one set of keys and one secret.
 * Each repetition starts from an empty schema of its own.
 */
class StartupRacesOnPostgresqlIT {

    /** Both servers of a test share the secrets key, as the instances of one installation do. */
    private final SecretBox box = TestSecrets.box();

    private final String url = System.getProperty("samenspraak.it.pg.url");
    private final String user = System.getProperty("samenspraak.it.pg.user");
    private final String password = System.getProperty("samenspraak.it.pg.password");

    @TempDir
    Path dataDir;

    private record Started(List<String> packs, String signingKid, byte[] sessionSecret) {
    }

    @RepeatedTest(3)
    void twoServersStartingAtOnceOnANewDatabaseBothComeUpWithOneKeySet() throws Exception {
        String schemaUrl = url + "?currentSchema=" + newSchema();

        List<Started> servers = AtOnce.run(2, () -> {
            Database database = new Database(Optional.of(schemaUrl), Optional.of(user), Optional.of(password),
                    new DataDirectory(Optional.of(dataDir.toString())));
            try {
                Sql sql = new Sql(Jdbi.create(database.dataSource()));
                ProgramCatalogService catalog = new ProgramCatalogService(Optional.empty(),
                        new JdbcPackInstallations(database.dataSource()), Clock.systemUTC());
                ToolKeyRing ring = new ToolKeyRing(new JdbcToolKeys(sql, box), Clock.systemUTC());
                SessionSecret secret = new SessionSecret(sql, Clock.systemUTC(), box);
                return new Started(catalog.installations().stream().map(installation -> installation.packId()
                        + "@" + installation.version()).toList(), ring.signingKey().kid(), secret.bytes());
            } finally {
                database.close();
            }
        });

        assertEquals(servers.get(0).packs(), servers.get(1).packs());
        assertEquals(servers.get(0).signingKid(), servers.get(1).signingKid(), "both sign with the same key");
        assertArrayEquals(servers.get(0).sessionSecret(), servers.get(1).sessionSecret());
        Database after = new Database(Optional.of(schemaUrl), Optional.of(user), Optional.of(password),
                new DataDirectory(Optional.of(dataDir.toString())));
        try {
            Map<ToolKey.Status, Long> keys = new JdbcToolKeys(new Sql(Jdbi.create(after.dataSource())), box).all().stream()
                    .collect(Collectors.groupingBy(ToolKey::status, Collectors.counting()));
            assertEquals(Map.of(ToolKey.Status.CURRENT, 1L, ToolKey.Status.NEXT, 1L), keys);
            assertEquals(servers.get(0).packs().size(), new Sql(Jdbi.create(after.dataSource()))
                    .one("SELECT count(*) AS n FROM content_pack_installation", row -> row.getInt("n")).orElseThrow());
        } finally {
            after.close();
        }
    }

    private String newSchema() throws SQLException {
        String schema = "race_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return schema;
    }
}
