package nl.samenspraak.tool.infrastructure.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain JDBC with less ceremony: each call on this object runs in a connection of its own (auto-commit);
 * {@link #transaction} runs several statements in one transaction. The same SQL runs on H2 and PostgreSQL.
 */
@Singleton
public class Sql extends Statements {

    private final DataSource dataSource;

    @Inject
    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    <T> T withConnection(ConnectionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(TransactionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new Transaction(connection));
                connection.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Statements inside a transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Statements statements) throws SQLException;
    }

    private static final class Transaction extends Statements {
        private final Connection connection;

        Transaction(Connection connection) {
            this.connection = connection;
        }

        @Override
        <T> T withConnection(ConnectionWork<T> work) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new DataAccessException(e);
            }
        }
    }
}
