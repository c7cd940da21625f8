package nl.samenspraak.tool.infrastructure.persistence;

import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import nl.samenspraak.tool.application.Transactions;
import org.jdbi.v3.core.Jdbi;

/**
 * An embedded database for unit tests of code that stores things: opened and migrated exactly as the
 * server does it, in a folder of the test's own.
 */
public final class TestDatabase implements AutoCloseable {

    private final Database database;

    private TestDatabase(Database database) {
        this.database = database;
    }

    /** The database's one Jdbi: what runs through it on a thread shares that thread's transaction. */
    public Jdbi jdbi() {
        return database.jdbi();
    }

    public Transactions transactions() {
        return new JdbiTransactions(database.jdbi());
    }

    public static TestDatabase in(Path folder) {
        return new TestDatabase(new Database(Optional.empty(), Optional.empty(), Optional.empty(),
                new DataDirectory(Optional.of(folder.toString()))));
    }

    public DataSource dataSource() {
        return database.dataSource();
    }

    public Sql sql() {
        return new Sql(database.jdbi());
    }

    @Override
    public void close() {
        database.close();
    }
}
