package nl.samenspraak.tool.infrastructure.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Plain JDBC with less ceremony. Each call runs on the handle Jdbi has open on the calling thread: inside a
 * use case's transaction ({@link JdbiTransactions}) that is the transaction's connection, so the call joins
 * it; outside one, a connection of its own (auto-commit). {@link #transaction} runs several statements in
 * one transaction, or in the caller's when there is one. The same SQL runs on H2 and PostgreSQL.
 */
@Singleton
public class Sql extends Statements {

    private final Jdbi jdbi;
    private final QueryMeter meter;
    private final Dialect dialect;

    @Inject
    public Sql(Jdbi jdbi, QueryMeter meter) {
        this.jdbi = jdbi;
        this.meter = meter;
        this.dialect = withConnection(Dialect::of);
    }

    /** Statements that nobody measures: for tools and tests outside the server. */
    public Sql(Jdbi jdbi) {
        this(jdbi, new QueryMeter());
    }

    @Override
    <T> T withConnection(ConnectionWork<T> work) {
        QueryMeter.Measure measure = meter.current();
        long start = measure == null ? 0 : System.nanoTime();
        try {
            return jdbi.withHandle(handle -> work.run(handle.getConnection()));
        } catch (SQLException e) {
            throw new DataAccessException(e);
        } catch (JdbiException e) {
            throw e.getCause() instanceof SQLException sql ? new DataAccessException(sql) : e;
        } finally {
            if (measure != null) {
                measure.add(System.nanoTime() - start);
            }
        }
    }

    @Override
    Dialect dialect() {
        return dialect;
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws. Inside a
     * transaction already (a use case's), the work joins it and commits or rolls back with it.
     */
    public <T> T transaction(TransactionWork<T> work) {
        try {
            return jdbi.inTransaction(handle -> work.run(this));
        } catch (SQLException e) {
            throw new DataAccessException(e);
        } catch (JdbiException e) {
            throw e.getCause() instanceof SQLException sql ? new DataAccessException(sql) : e;
        }
    }

    /** Statements inside a transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Statements statements) throws SQLException;
    }

    /** The SQL that differs between the two databases. */
    enum Dialect {
        H2,
        POSTGRESQL;

        static Dialect of(Connection connection) throws SQLException {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                    ? POSTGRESQL : H2;
        }
    }
}
