package nl.samenspraak.tool.infrastructure.persistence;

import java.nio.file.Path;
import java.util.Optional;

/** The embedded database as the server opens it (migrated), in a test's own folder, for JDBC repository tests. */
public final class EmbeddedTestDatabase implements AutoCloseable {

    private final Database database;

    public EmbeddedTestDatabase(Path folder) {
        this.database = new Database(Optional.empty(), Optional.empty(), Optional.empty(),
                new DataDirectory(Optional.of(folder.toString())));
    }

    public Sql sql() {
        return new Sql(database.dataSource());
    }

    @Override
    public void close() {
        database.close();
    }
}
