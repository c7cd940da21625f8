package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.work.application.ObservationReadStore;

/** {@link ObservationReadStore} over {@code peer_observation.read_at} (V21). */
@Singleton
public class JdbcObservationReadStore implements ObservationReadStore {

    private final Sql sql;

    @Inject
    public JdbcObservationReadStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Parties> parties(long contextId, String assignmentId, long observationId) {
        return sql.one("SELECT o.observer_id, o.observed_id, o.submitted_at FROM peer_observation o"
                        + " JOIN peer_partnership p ON p.id = o.partnership_id"
                        + " WHERE o.id = ? AND p.context_id = ? AND p.assignment_id = ?",
                row -> new Parties(row.getLong("observer_id"), row.getLong("observed_id"),
                        row.getObject("submitted_at") != null), observationId, contextId, assignmentId);
    }

    @Override
    public void markRead(long observationId, Instant at) {
        sql.update("UPDATE peer_observation SET read_at = ? WHERE id = ? AND read_at IS NULL", at, observationId);
    }
}
