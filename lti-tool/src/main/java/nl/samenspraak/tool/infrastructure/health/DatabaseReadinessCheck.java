package nl.samenspraak.tool.infrastructure.health;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.samenspraak.tool.infrastructure.persistence.Database;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers within two seconds. */
@Readiness
@Singleton
public class DatabaseReadinessCheck implements HealthCheck {

    private final DataSource dataSource;
    private final Database database;

    @Inject
    DatabaseReadinessCheck(DataSource dataSource, Database database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("kind", database.kind().name().toLowerCase());
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(2)).build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
