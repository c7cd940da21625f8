package nl.samenspraak.tool.lti.session;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.lti.registration.PlatformRegistrations;

/**
 * Whether what a session was made from still holds: its registration is enabled, its deployment is still
 * registered, and in a course the person's role is still the one of the session (their latest launch there
 * decides it). A signed token alone would outlive an administrator's switch-off or a removed deployment for
 * hours. A check that passed is trusted for {@link #CACHED}, so a page's burst of calls costs one query.
 */
@Singleton
public class SessionChecks {

    static final Duration CACHED = Duration.ofSeconds(10);
    private static final int MAX_CACHED = 10_000;

    private final Sql sql;
    private final PlatformRegistrations registrations;
    private final Clock clock;
    private final ConcurrentMap<Key, Instant> passedUntil = new ConcurrentHashMap<>();

    @Inject
    public SessionChecks(Sql sql, PlatformRegistrations registrations, Clock clock) {
        this.sql = sql;
        this.registrations = registrations;
        this.clock = clock;
    }

    private record Key(long registrationId, String deploymentId, long userId, Optional<Long> contextId, String role) {
    }

    public boolean stillHolds(SessionToken session) {
        Key key = new Key(session.registrationId(), session.deploymentId(), session.userId(), session.contextId(),
                session.role().name());
        Instant now = clock.instant();
        Instant until = passedUntil.get(key);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean holds = registrationAndDeploymentHold(key) && roleHolds(key);
        if (holds) {
            if (passedUntil.size() >= MAX_CACHED) {
                passedUntil.values().removeIf(time -> !now.isBefore(time));
            }
            passedUntil.put(key, now.plus(CACHED));
        } else {
            passedUntil.remove(key);
        }
        return holds;
    }

    private boolean registrationAndDeploymentHold(Key key) {
        // The registrations in memory, as current as a launch sees them (CachedPlatformRegistrations).
        return registrations.find(key.registrationId())
                .filter(registration -> registration.enabled() && registration.hasDeployment(key.deploymentId()))
                .isPresent();
    }

    private boolean roleHolds(Key key) {
        if (key.contextId().isEmpty()) {
            return true; // a launch outside a course has no membership to change
        }
        return sql.one("SELECT tool_role FROM lti_membership WHERE context_id = ? AND user_id = ?",
                        row -> row.getString("tool_role"), key.contextId().get(), key.userId())
                .filter(role -> role.equalsIgnoreCase(key.role())).isPresent();
    }
}
