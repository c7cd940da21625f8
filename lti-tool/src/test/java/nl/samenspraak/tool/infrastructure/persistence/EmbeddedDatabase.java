package nl.samenspraak.tool.infrastructure.persistence;

import java.nio.file.Path;
import java.util.Optional;

/** The embedded database as the server opens it (migrated), in a test's own folder, for JDBC repository tests. */
public final class EmbeddedDatabase implements AutoCloseable {

    private final Database database;
    private final Sql sql;

    public EmbeddedDatabase(Path folder) {
        database = new Database(Optional.empty(), Optional.empty(), Optional.empty(),
                new DataDirectory(Optional.of(folder.toString())));
        sql = new Sql(database.dataSource());
    }

    public Sql sql() {
        return sql;
    }

    @Override
    public void close() {
        database.close();
    }
}
