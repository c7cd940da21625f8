package nl.samenspraak.tool.demo;

import java.util.UUID;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;

/** A new in-memory H2 database with the tool's migrations applied, as the server's embedded database has them. */
final class MigratedDatabase {

    private MigratedDatabase() {
    }

    static Sql create() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new Sql(Jdbi.create(dataSource));
    }
}
