package nl.samenspraak.tool.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.demo.DemoMode;
import org.junit.jupiter.api.Test;

class AdminSignInTest {

    private static final String CLIENT = "192.0.2.10";

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void theRightPasswordIsAcceptedAndClearsEarlierFailures() {
        AdminSignIn signIn = signIn(Optional.of("correct horse battery"), false);

        assertInstanceOf(AdminSignIn.Refused.class, signIn.attempt(CLIENT, "wrong"));
        assertInstanceOf(AdminSignIn.Accepted.class, signIn.attempt(CLIENT, "correct horse battery"));
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(CLIENT);
        }
        assertEquals(Optional.empty(), throttle.waitFor(CLIENT), "the earlier failure no longer counts");
    }

    @Test
    void theSixthAttemptAfterFiveFailuresIsThrottledEvenWithTheRightPassword() {
        AdminSignIn signIn = signIn(Optional.of("correct horse battery"), false);
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(AdminSignIn.Refused.class, signIn.attempt(CLIENT, "wrong " + i));
        }

        AdminSignIn.Result locked = signIn.attempt(CLIENT, "correct horse battery");

        assertEquals(new AdminSignIn.Throttled(Duration.ofMinutes(15)), locked);
    }

    @Test
    void withoutAPasswordNobodySignsIn() {
        AdminSignIn signIn = signIn(Optional.empty(), false);

        assertInstanceOf(AdminSignIn.NotConfigured.class, signIn.attempt(CLIENT, ""));
        assertInstanceOf(AdminSignIn.NotConfigured.class, signIn.attempt(CLIENT, DemoMode.DEMO_ADMIN_PASSWORD));
        assertEquals(Optional.empty(), throttle.waitFor(CLIENT));
    }

    @Test
    void demoModeAcceptsDemoOnlyWhenNoPasswordIsSet() {
        assertInstanceOf(AdminSignIn.Accepted.class,
                signIn(Optional.empty(), true).attempt(CLIENT, DemoMode.DEMO_ADMIN_PASSWORD));
        assertInstanceOf(AdminSignIn.Refused.class,
                signIn(Optional.of("correct horse battery"), true).attempt(CLIENT, DemoMode.DEMO_ADMIN_PASSWORD));
    }

    @Test
    void anEmptyConfiguredPasswordCountsAsNone() {
        AdminPassword password = new AdminPassword(Optional.of(""), new DemoMode(false));

        assertFalse(password.isConfigured());
        assertFalse(password.matches(""));
        assertTrue(new AdminPassword(Optional.of("x"), new DemoMode(false)).matches("x"));
    }

    private AdminSignIn signIn(Optional<String> configured, boolean demo) {
        return new AdminSignIn(new AdminPassword(configured, new DemoMode(demo)), throttle);
    }
}
