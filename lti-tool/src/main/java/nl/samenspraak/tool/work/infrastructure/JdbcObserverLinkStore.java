package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.work.observerlink.ObserverLinkStore;

/** {@link ObserverLinkStore} in the table {@code observer_link}. */
@Singleton
public class JdbcObserverLinkStore implements ObserverLinkStore {

    private final Sql sql;

    @Inject
    public JdbcObserverLinkStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(String id, long observationId, long observerId, Instant createdAt, Instant expiresAt) {
        sql.update("INSERT INTO observer_link (id, observation_id, observer_id, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)", id, observationId, observerId, createdAt, expiresAt);
    }

    @Override
    public int revokeAll(long observationId, long observerId, Instant now) {
        return sql.update("UPDATE observer_link SET revoked_at = ? WHERE observation_id = ? AND observer_id = ?"
                + " AND revoked_at IS NULL", now, observationId, observerId);
    }

    @Override
    public Optional<StoredLink> find(String id) {
        return sql.one("SELECT id, observation_id, observer_id, expires_at, revoked_at FROM observer_link WHERE id = ?",
                row -> new StoredLink(row.getString("id"), row.getLong("observation_id"), row.getLong("observer_id"),
                        Statements.instant(row, "expires_at"),
                        Optional.ofNullable(Statements.instant(row, "revoked_at"))),
                id);
    }

    @Override
    public void removeAllOf(long observerId) {
        sql.update("DELETE FROM observer_link WHERE observer_id = ?", observerId);
    }
}
