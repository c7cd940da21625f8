package nl.samenspraak.tool.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.samenspraak.tool.infrastructure.persistence.AtOnce;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.infrastructure.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInThrottleTest {

    private static final String CLIENT = "192.0.2.10";

    @TempDir
    Path folder;

    private TestDatabase database;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private SignInThrottle throttle;

    @BeforeEach
    void open() {
        database = TestDatabase.in(folder);
        throttle = new SignInThrottle(database.sql(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void fourFailuresStillAllowAnotherTry() {
        fail(4, Duration.ofMinutes(1));

        assertInstanceOf(SignInThrottle.Reserved.class, throttle.reserve(CLIENT));
    }

    @Test
    void theFifthFailureLocksTheAddressUntilTheFirstLeavesTheWindow() {
        fail(5, Duration.ofMinutes(1));

        // The first failure was at 09:00, the fifth at 09:04: the lock lasts until 09:15.
        assertEquals(new SignInThrottle.Throttled(Duration.ofMinutes(11)), throttle.reserve(CLIENT));
        clock.advance(Duration.ofMinutes(10));
        assertEquals(new SignInThrottle.Throttled(Duration.ofMinutes(1)), throttle.reserve(CLIENT),
                "a refused attempt does not extend the lock");
        clock.advance(Duration.ofMinutes(1));
        assertInstanceOf(SignInThrottle.Reserved.class, throttle.reserve(CLIENT), "the window slides");
    }

    @Test
    void aSuccessClearsTheFailures() {
        fail(4, Duration.ZERO);
        throttle.succeeded(CLIENT);
        fail(4, Duration.ZERO);

        assertInstanceOf(SignInThrottle.Reserved.class, throttle.reserve(CLIENT));
    }

    @Test
    void anotherAddressIsNotLockedOut() {
        fail(5, Duration.ZERO);

        assertInstanceOf(SignInThrottle.Throttled.class, throttle.reserve(CLIENT));
        assertInstanceOf(SignInThrottle.Reserved.class, throttle.reserve("192.0.2.11"));
    }

    @Test
    void manyAddressesTogetherMeetTheGlobalCap() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_ALL; i++) {
            assertInstanceOf(SignInThrottle.Reserved.class, throttle.reserve("198.51.100." + i));
        }

        assertInstanceOf(SignInThrottle.Throttled.class, throttle.reserve("203.0.113.1"));
    }

    /** Twenty guesses at once, through two servers on one database: at most five get their password checked. */
    @Test
    void parallelGuessesOnTwoServersAreCountedBeforeAnyIsChecked() throws Exception {
        SignInThrottle otherServer = new SignInThrottle(database.sql(), clock);
        int[] turn = {0};

        List<SignInThrottle.Reservation> outcomes = AtOnce.run(20, () -> {
            SignInThrottle server;
            synchronized (turn) {
                server = turn[0]++ % 2 == 0 ? throttle : otherServer;
            }
            return server.reserve(CLIENT);
        });

        long checked = outcomes.stream().filter(SignInThrottle.Reserved.class::isInstance).count();
        assertEquals(true, checked <= SignInThrottle.MAX_FAILURES, checked + " guesses were let through");
        assertInstanceOf(SignInThrottle.Throttled.class, throttle.reserve(CLIENT));
    }

    private void fail(int times, Duration between) {
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                clock.advance(between);
            }
            assertInstanceOf(SignInThrottle.Reserved.class, throttle.reserve(CLIENT));
        }
    }
}
