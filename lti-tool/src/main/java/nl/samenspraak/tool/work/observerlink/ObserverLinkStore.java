package nl.samenspraak.tool.work.observerlink;

import java.time.Instant;
import java.util.Optional;

/** The observers' links by id: which observation and observer each is for, until when, revoked or not. */
public interface ObserverLinkStore {

    /** A link as stored; {@code revokedAt} is empty while it may be used. */
    record StoredLink(String id, long observationId, long observerId, Instant expiresAt, Optional<Instant> revokedAt) {
    }

    void add(String id, long observationId, long observerId, Instant createdAt, Instant expiresAt);

    /** Revokes every link of the observer for the observation that is not revoked yet; how many. */
    int revokeAll(long observationId, long observerId, Instant now);

    Optional<StoredLink> find(String id);

    /** Drops every link the user made, for an erasure. */
    void removeAllOf(long observerId);
}
