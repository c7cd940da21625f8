package nl.samenspraak.tool.admin;

import nl.samenspraak.tool.infrastructure.time.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.demo.DemoMode;
import org.junit.jupiter.api.Test;

class AdminSignInTest {

    private static final String CLIENT = "192.0.2.10";
    private static final String RIGHT = "correct horse battery";
    // Hashing a password takes a noticeable moment on purpose: the tests share these.
    private static final AdminPassword CONFIGURED = new AdminPassword(Optional.of(RIGHT), new DemoMode(false));
    private static final AdminPassword NONE = new AdminPassword(Optional.empty(), new DemoMode(false));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void theRightPasswordIsAcceptedAndClearsEarlierFailures() {
        AdminSignIn signIn = new AdminSignIn(CONFIGURED, throttle);

        assertInstanceOf(AdminSignIn.Refused.class, signIn.attempt(CLIENT, "wrong"));
        assertInstanceOf(AdminSignIn.Accepted.class, signIn.attempt(CLIENT, RIGHT));
        failFourTimes();
        assertEquals(Optional.empty(), throttle.waitFor(CLIENT), "the earlier failure no longer counts");
    }

    @Test
    void aWrongPasswordCountsAsAFailure() {
        AdminSignIn signIn = new AdminSignIn(CONFIGURED, throttle);
        failFourTimes();

        assertInstanceOf(AdminSignIn.Refused.class, signIn.attempt(CLIENT, "wrong"));
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitFor(CLIENT));
    }

    @Test
    void aLockedOutAddressIsThrottledEvenWithTheRightPassword() {
        AdminSignIn signIn = new AdminSignIn(CONFIGURED, throttle);
        failFourTimes();
        throttle.recordFailure(CLIENT);
        clock.advance(Duration.ofMinutes(5));

        assertEquals(new AdminSignIn.Throttled(Duration.ofMinutes(10)), signIn.attempt(CLIENT, RIGHT));
    }

    @Test
    void withoutAPasswordNobodySignsIn() {
        AdminSignIn signIn = new AdminSignIn(NONE, throttle);

        assertInstanceOf(AdminSignIn.NotConfigured.class, signIn.attempt(CLIENT, ""));
        assertInstanceOf(AdminSignIn.NotConfigured.class, signIn.attempt(CLIENT, DemoMode.DEMO_ADMIN_PASSWORD));
        assertEquals(Optional.empty(), throttle.waitFor(CLIENT), "no password, no failures counted");
        assertFalse(new AdminPassword(Optional.of(""), new DemoMode(false)).isConfigured(), "an empty one is none");
    }

    @Test
    void demoModeAcceptsDemoOnlyWhenNoPasswordIsSet() {
        AdminPassword demo = new AdminPassword(Optional.empty(), new DemoMode(true));

        assertInstanceOf(AdminSignIn.Accepted.class, new AdminSignIn(demo, throttle).attempt(CLIENT, DemoMode.DEMO_ADMIN_PASSWORD));
        assertInstanceOf(AdminSignIn.Refused.class,
                new AdminSignIn(CONFIGURED, throttle).attempt(CLIENT, DemoMode.DEMO_ADMIN_PASSWORD));
    }

    private void failFourTimes() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(CLIENT);
        }
    }
}
