package nl.samenspraak.tool.lti.launch;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;

/** {@link PendingLaunches} in the {@code lti_pending_launch} table. */
@Singleton
public class JdbcPendingLaunches implements PendingLaunches {

    private final Sql sql;

    @Inject
    public JdbcPendingLaunches(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void save(PendingLaunch launch) {
        sql.update("INSERT INTO lti_pending_launch (id, state, registration_id, claims, expires_at) VALUES (?, ?, ?, ?, ?)",
                launch.id(), launch.state(), launch.registrationId(), launch.claims(), launch.expiresAt());
    }

    @Override
    public Optional<PendingLaunch> take(String id, Instant now) {
        return sql.transaction(tx -> {
            Optional<PendingLaunch> found = tx.one("SELECT id, state, registration_id, claims, expires_at"
                            + " FROM lti_pending_launch WHERE id = ? AND expires_at > ?",
                    row -> new PendingLaunch(row.getString("id"), row.getString("state"), row.getLong("registration_id"),
                            row.getString("claims"), Statements.instant(row, "expires_at")), id, now);
            // Only the transaction that deletes the row may complete the launch.
            return found.filter(launch -> tx.update("DELETE FROM lti_pending_launch WHERE id = ?", id) == 1);
        });
    }

    @Override
    public int deleteExpiredBefore(Instant time) {
        return sql.update("DELETE FROM lti_pending_launch WHERE expires_at < ?", time);
    }
}
