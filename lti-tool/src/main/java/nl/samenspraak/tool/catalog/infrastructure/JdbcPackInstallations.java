package nl.samenspraak.tool.catalog.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import nl.samenspraak.tool.catalog.application.PackInstallation;
import nl.samenspraak.tool.catalog.application.PackInstallations;

/** {@link PackInstallations} in the {@code content_pack_installation} table. */
@Singleton
public class JdbcPackInstallations implements PackInstallations {

    /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;

    @Inject
    public JdbcPackInstallations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * An update, else an insert, each committed on its own. Two servers that start at once with a new pack
     * version both find nothing to update; the insert of the second then hits the primary key, and it
     * updates the first one's row instead, so both start.
     */
    @Override
    public PackInstallation recordLoaded(String packId, String version, String source, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            if (update(connection, packId, version, source, now) == 0) {
                try {
                    insert(connection, packId, version, source, now);
                } catch (SQLException e) {
                    if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                        throw e;
                    }
                    update(connection, packId, version, source, now);
                }
            }
            return find(connection, packId, version).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the loading of content pack " + packId, e);
        }
    }

    private static int update(Connection connection, String packId, String version, String source, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE content_pack_installation SET source = ?, last_loaded_at = ?"
                        + " WHERE pack_id = ? AND pack_version = ?")) {
            update.setString(1, source);
            update.setTimestamp(2, Timestamp.from(now));
            update.setString(3, packId);
            update.setString(4, version);
            return update.executeUpdate();
        }
    }

    private static void insert(Connection connection, String packId, String version, String source, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO content_pack_installation"
                        + " (pack_id, pack_version, source, first_loaded_at, last_loaded_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, packId);
            insert.setString(2, version);
            insert.setString(3, source);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setTimestamp(5, Timestamp.from(now));
            insert.executeUpdate();
        }
    }

    @Override
    public Optional<PackInstallation> find(String packId, String version) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, packId, version);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the installation of content pack " + packId, e);
        }
    }

    private static Optional<PackInstallation> find(Connection connection, String packId, String version)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT source, first_loaded_at, last_loaded_at FROM content_pack_installation"
                        + " WHERE pack_id = ? AND pack_version = ?")) {
            select.setString(1, packId);
            select.setString(2, version);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PackInstallation(packId, version, row.getString(1),
                        row.getTimestamp(2).toInstant(), row.getTimestamp(3).toInstant()));
            }
        }
    }
}
