package nl.samenspraak.tool.lti.launch;

import java.time.Instant;
import java.util.Objects;

/**
 * A validated launch whose browser has no state cookie (third-party cookies blocked). It completes only
 * when the page the tool sent to that browser finds the login's state in the platform's storage.
 *
 * @param claims the id_token's claims as JSON, read again when the launch completes
 */
public record PendingLaunch(String id, String state, long registrationId, String claims, Instant expiresAt) {

    public PendingLaunch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(claims, "claims");
    }

    /** Without the id, state or claims: one-time values and personal data stay out of logs. */
    @Override
    public String toString() {
        return "PendingLaunch[registration " + registrationId + ", expires " + expiresAt + "]";
    }
}
