package nl.samenspraak.tool.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Limits failed administrator sign-ins per client address: after {@link #MAX_FAILURES} failures within
 * {@link #WINDOW}, further attempts from that address are refused, right or wrong, until the oldest failure
 * leaves the window. Every place that checks the administrator's password goes through here.
 */
@Singleton
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final ConcurrentMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the address must wait before it may try again; empty when it may try now. */
    public Optional<Duration> waitFor(String client) {
        Deque<Instant> recent = failures.get(client);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            Instant now = clock.instant();
            recent.removeIf(failure -> !failure.plus(WINDOW).isAfter(now));
            if (recent.size() < MAX_FAILURES) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, recent.peekFirst().plus(WINDOW)));
        }
    }

    public void recordFailure(String client) {
        Deque<Instant> recent = failures.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
            while (recent.size() > MAX_FAILURES) {
                recent.removeFirst();
            }
        }
    }

    public void recordSuccess(String client) {
        failures.remove(client);
    }
}
