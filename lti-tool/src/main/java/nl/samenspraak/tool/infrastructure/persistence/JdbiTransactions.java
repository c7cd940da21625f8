package nl.samenspraak.tool.infrastructure.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.function.Supplier;
import nl.samenspraak.tool.application.Transactions;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * {@link Transactions} with Jdbi's {@code inTransaction}: Jdbi keeps the transaction's handle on the thread
 * until the work returns, and every {@link Sql} call on that thread runs on it; a nested call joins the
 * open transaction instead of starting one.
 */
@Singleton
public class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;

    @Inject
    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return jdbi.inTransaction(handle -> work.get());
        } catch (JdbiException e) {
            throw e.getCause() instanceof SQLException sql ? new DataAccessException(sql) : e;
        }
    }
}
