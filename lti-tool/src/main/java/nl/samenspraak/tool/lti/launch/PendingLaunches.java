package nl.samenspraak.tool.lti.launch;

import java.time.Instant;
import java.util.Optional;

/** Launches waiting for the platform-storage check. */
public interface PendingLaunches {

    void save(PendingLaunch launch);

    /** Removes and returns the pending launch, when it exists and has not expired: it completes once. */
    Optional<PendingLaunch> take(String id, Instant now);

    int deleteExpiredBefore(Instant time);
}
