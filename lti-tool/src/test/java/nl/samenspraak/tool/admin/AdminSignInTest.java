package nl.samenspraak.tool.admin;

import nl.samenspraak.tool.infrastructure.time.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.demo.DemoMode;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AdminSignInTest {

    private static final String CLIENT = "192.0.2.10";
    private static final String RIGHT = "correct horse battery";
    // Hashing a password takes a noticeable moment on purpose: the tests share these.
    private static final PublicAddress LOCAL = new PublicAddress("http://localhost:9080");
    private static final AdminPassword CONFIGURED = new AdminPassword(Optional.of(RIGHT), new DemoMode(false, LOCAL));
    private static final AdminPassword NONE = new AdminPassword(Optional.empty(), new DemoMode(false, LOCAL));

    @TempDir
    java.nio.file.Path folder;

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
    void theRightPasswordIsAcceptedAndClearsEarlierFailures() {
        AdminSignIn signIn = new AdminSignIn(CONFIGURED, throttle);

        assertInstanceOf(AdminSignIn.Refused.class, signIn.attempt(CLIENT, "wrong"));
        assertInstanceOf(AdminSignIn.Accepted.class, signIn.attempt(CLIENT, RIGHT));
        failFourTimes();
        assertInstanceOf(SignInThrottle.Reserved.class, throttle.reserve(CLIENT), "the earlier failure no longer counts");
    }

    @Test
    void aWrongPasswordCountsAsAFailure() {
        AdminSignIn signIn = new AdminSignIn(CONFIGURED, throttle);
        failFourTimes();

        assertInstanceOf(AdminSignIn.Refused.class, signIn.attempt(CLIENT, "wrong"));
        assertEquals(new SignInThrottle.Throttled(Duration.ofMinutes(15)), throttle.reserve(CLIENT));
    }

    @Test
    void aLockedOutAddressIsThrottledEvenWithTheRightPassword() {
        AdminSignIn signIn = new AdminSignIn(CONFIGURED, throttle);
        failFourTimes();
        throttle.reserve(CLIENT);
        clock.advance(Duration.ofMinutes(5));

        assertEquals(new AdminSignIn.Throttled(Duration.ofMinutes(10)), signIn.attempt(CLIENT, RIGHT));
    }

    @Test
    void withoutAPasswordNobodySignsIn() {
        AdminSignIn signIn = new AdminSignIn(NONE, throttle);

        assertInstanceOf(AdminSignIn.NotConfigured.class, signIn.attempt(CLIENT, ""));
        assertInstanceOf(AdminSignIn.NotConfigured.class, signIn.attempt(CLIENT, DemoMode.DEMO_ADMIN_PASSWORD));
        failFourTimes();
        assertInstanceOf(SignInThrottle.Reserved.class, throttle.reserve(CLIENT), "no password, no failures counted");
        assertFalse(new AdminPassword(Optional.of(""), new DemoMode(false, LOCAL)).isConfigured(), "an empty one is none");
    }

    @Test
    void demoModeAcceptsDemoOnlyWhenNoPasswordIsSet() {
        AdminPassword demo = new AdminPassword(Optional.empty(), new DemoMode(true, LOCAL));

        assertInstanceOf(AdminSignIn.Accepted.class, new AdminSignIn(demo, throttle).attempt(CLIENT, DemoMode.DEMO_ADMIN_PASSWORD));
        assertInstanceOf(AdminSignIn.Refused.class,
                new AdminSignIn(CONFIGURED, throttle).attempt(CLIENT, DemoMode.DEMO_ADMIN_PASSWORD));
    }

    @Test
    void aShortPasswordStopsTheServerOutsideDemoMode() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new AdminPassword(Optional.of("elevenchars"), new DemoMode(false, LOCAL)));
        assertEquals(true, refused.getMessage().contains("SAMENSPRAAK_ADMIN_PASSWORD"), refused.getMessage());
        assertEquals(true, new AdminPassword(Optional.of("short"), new DemoMode(true, LOCAL)).isConfigured(),
                "a trial on loopback may keep a short one");
    }

    private void failFourTimes() {
        for (int i = 0; i < 4; i++) {
            throttle.reserve(CLIENT);
        }
    }
}
