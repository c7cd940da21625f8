package nl.samenspraak.tool.infrastructure.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * At most {@code permits} actions per key within a sliding {@code window}, in this server's memory: for
 * limits that protect this server's own work (calls it makes, writes it takes), where a restart may forget.
 * Keys with nothing in the window are dropped, so the map stays as small as the set of active keys.
 */
public final class RateLimit {

    private final int permits;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentMap<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public RateLimit(int permits, Duration window, Clock clock) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1");
        }
        this.permits = permits;
        this.window = window;
        this.clock = clock;
    }

    /** Takes a permit for the key; when none is left, how long until one is. */
    public Optional<Duration> acquire(String key) {
        Instant now = clock.instant();
        AtomicReference<Duration> wait = new AtomicReference<>();
        recent.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            kept.removeIf(time -> !time.plus(window).isAfter(now));
            if (kept.size() >= permits) {
                wait.set(Duration.between(now, kept.peekFirst().plus(window)));
            } else {
                kept.addLast(now);
            }
            return kept;
        });
        recent.entrySet().removeIf(entry -> entry.getValue().isEmpty());
        return Optional.ofNullable(wait.get());
    }
}
