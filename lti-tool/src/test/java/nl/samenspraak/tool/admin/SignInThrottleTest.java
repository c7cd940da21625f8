package nl.samenspraak.tool.admin;

import nl.samenspraak.tool.infrastructure.time.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String CLIENT = "192.0.2.10";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fourFailuresStillAllowAnotherTry() {
        fail(4, Duration.ofMinutes(1));

        assertEquals(Optional.empty(), throttle.waitFor(CLIENT));
    }

    @Test
    void theFifthFailureLocksTheAddressUntilTheFirstLeavesTheWindow() {
        fail(5, Duration.ofMinutes(1));

        // The first failure was at 09:00, the fifth at 09:04: the lock lasts until 09:15.
        assertEquals(Optional.of(Duration.ofMinutes(11)), throttle.waitFor(CLIENT));
        clock.advance(Duration.ofMinutes(10));
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.waitFor(CLIENT));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), throttle.waitFor(CLIENT), "the window slides: four failures are left");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        fail(4, Duration.ofMinutes(4));
        clock.advance(Duration.ofMinutes(4));
        throttle.recordFailure(CLIENT);

        // Failures at 0, 4, 8, 12 and 16 minutes: the one at 0 has left the window.
        assertEquals(Optional.empty(), throttle.waitFor(CLIENT));
    }

    @Test
    void aSuccessClearsTheFailures() {
        fail(4, Duration.ZERO);
        throttle.recordSuccess(CLIENT);
        fail(4, Duration.ZERO);

        assertEquals(Optional.empty(), throttle.waitFor(CLIENT));
    }

    @Test
    void anotherAddressIsNotLockedOut() {
        fail(5, Duration.ZERO);

        assertTrue(throttle.waitFor(CLIENT).isPresent());
        assertEquals(Optional.empty(), throttle.waitFor("192.0.2.11"));
    }

    private void fail(int times, Duration between) {
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                clock.advance(between);
            }
            throttle.recordFailure(CLIENT);
        }
    }
}
