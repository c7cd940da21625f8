package nl.samenspraak.tool.lti.login;

import java.time.Instant;
import java.util.Optional;

/** The stored login states. */
public interface LoginStates {

    void save(LoginState state);

    /** The state when it exists, is unused and has not expired; nothing changes. */
    Optional<LoginState> findUsable(String state, Instant now);

    /** Whether the state exists but was used already: a replay. */
    boolean wasUsed(String state);

    /**
     * Marks the state used, once: false when it was used meanwhile (a concurrent replay) or expired.
     */
    boolean use(String state, Instant now);

    /** Forgets states that expired before the given time. */
    int deleteExpiredBefore(Instant time);
}
