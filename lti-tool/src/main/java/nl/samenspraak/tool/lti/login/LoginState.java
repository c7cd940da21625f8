package nl.samenspraak.tool.lti.login;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the tool remembers between a login and its launch: the one-time state and nonce, the registration
 * the login was for, the target it asked for, and the platform storage frame when the platform offered one.
 */
public record LoginState(String state, String nonce, long registrationId, URI targetLinkUri,
                         Optional<String> storageTarget, Instant createdAt, Instant expiresAt) {

    public LoginState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(storageTarget, "storageTarget");
    }

    /** Not the state or nonce themselves: they must not reach a log. */
    @Override
    public String toString() {
        return "LoginState[registration " + registrationId + ", expires " + expiresAt + "]";
    }
}
