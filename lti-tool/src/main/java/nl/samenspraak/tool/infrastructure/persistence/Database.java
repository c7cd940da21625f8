package nl.samenspraak.tool.infrastructure.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * Opens the database when the application starts and brings its schema up to date. When that is not
 * possible the application does not start, and the log says in one line what to fix.
 */
@Singleton
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    @Inject
    Database(@ConfigProperty(name = "samenspraak.db.url") Optional<String> url,
             @ConfigProperty(name = "samenspraak.db.user") Optional<String> user,
             @ConfigProperty(name = "samenspraak.db.password") Optional<String> password,
             DataDirectory dataDirectory) {
        try {
            this.settings = DatabaseSettings.of(url, user, password, dataDirectory.path());
            if (settings.kind() == DatabaseSettings.Kind.EMBEDDED) {
                dataDirectory.create();
            }
            this.dataSource = open(settings);
            migrate(dataSource);
            this.jdbi = Jdbi.create(dataSource);
        } catch (DatabaseStartupException e) {
            LOG.severe("Samenspraak cannot start: " + e.getMessage());
            throw e;
        } catch (java.io.IOException e) {
            String message = "the data folder " + dataDirectory.path() + " cannot be created (" + e
                    + "): set SAMENSPRAAK_DATA_DIR to a folder this server may write to.";
            LOG.severe("Samenspraak cannot start: " + message);
            throw new DatabaseStartupException(message, e);
        }
        LOG.info(() -> "Database ready: " + settings);
    }

    /** Opening the database on start, not on first use, is what stops a misconfigured server early. */
    void openOnStart(@Observes Startup startup) {
        LOG.fine(() -> "Database opened on start: " + settings.kind());
    }

    @Produces
    DataSource dataSource() {
        return dataSource;
    }

    /**
     * The one Jdbi of the pool: it keeps the handle a transaction opened on the thread, so everything that
     * runs its SQL through it on that thread ({@link Sql}, {@link JdbiTransactions}) shares that transaction.
     */
    @Produces
    Jdbi jdbi() {
        return jdbi;
    }

    /** Which database this server runs on, for health and diagnostics. */
    public DatabaseSettings.Kind kind() {
        return settings.kind();
    }

    @PreDestroy
    void close() {
        // Closing the pool releases the embedded database's file lock for the next start.
        dataSource.close();
    }

    private static HikariDataSource open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("samenspraak");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setDriverClassName(settings.kind() == DatabaseSettings.Kind.EMBEDDED
                ? "org.h2.Driver" : "org.postgresql.Driver");
        config.setMaximumPoolSize(16);
        config.setConnectionTimeout(5_000);
        // Try one connection now and fail with our own message, rather than on the first request.
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new DatabaseStartupException(ConnectionFailure.explain(deepestSqlCause(e), settings), e);
        }
    }

    private static SQLException deepestSqlCause(Exception e) {
        Throwable cause = e;
        SQLException deepest = new SQLException(e.getMessage());
        while (cause != null) {
            if (cause instanceof SQLException sql) {
                deepest = sql;
            }
            cause = cause.getCause();
        }
        return deepest;
    }

    private static void migrate(DataSource dataSource) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    // On Liberty, Flyway finds a class-path folder by its flyway.location marker file: the
                    // migrations and the (empty) default callback folder each have one.
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            LOG.log(Level.FINE, "Migration failed", e);
            throw new DatabaseStartupException("the database schema cannot be brought up to date (" + e.getMessage()
                    + "): restore the database from its backup or ask the Samenspraak developers.", e);
        }
    }
}
