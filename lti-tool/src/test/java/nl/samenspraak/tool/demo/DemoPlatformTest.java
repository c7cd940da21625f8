package nl.samenspraak.tool.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.security.TestSecrets;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.lti.registration.JdbcPlatformRegistrations;
import nl.samenspraak.tool.lti.registration.PlatformDetails;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import org.junit.jupiter.api.Test;

/** The demo platform's start against a real embedded database, as on a server in and out of demo mode. */
class DemoPlatformTest {

    private final Sql sql = MigratedDatabase.create();
    private final JdbcPlatformRegistrations registrations = new JdbcPlatformRegistrations(sql);
    private final JdbcDemoPlatformKeys keys = new JdbcDemoPlatformKeys(sql, TestSecrets.box());
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void inDemoModeThePlatformIsRegisteredWithItsDeployment() {
        DemoPlatform platform = start(true, "http://127.0.0.1:9280");

        PlatformRegistration registration = demoRegistration();
        assertEquals("http://127.0.0.1:9280/demo", registration.issuer());
        assertEquals("samenspraak-demo", registration.clientId());
        assertEquals(URI.create("http://127.0.0.1:9280/demo/authorize"), registration.authorizationUrl());
        assertEquals(URI.create("http://127.0.0.1:9280/demo/token"), registration.tokenUrl());
        assertEquals(URI.create("http://127.0.0.1:9280/demo/jwks"), registration.jwksUrl());
        assertTrue(registration.enabled());
        assertTrue(registration.hasDeployment("samenspraak-demo-deployment"));
        assertEquals(keys.find().orElseThrow().signingKey(), platform.keys().signingKey());
    }

    @Test
    void aRestartKeepsTheRegistrationAndTheKeys() {
        DemoPlatform first = start(true, "http://localhost:9080");
        PlatformRegistration registered = demoRegistration();

        DemoPlatform second = new DemoPlatform(new DemoMode(true, new PublicAddress("http://localhost:9080")), keys, registrations,
                new PublicAddress("http://localhost:9080"), Clock.offset(clock, java.time.Duration.ofDays(1)));

        assertEquals(registered, demoRegistration(), "not even its updated_at changed");
        assertEquals(first.keys().signingKey(), second.keys().signingKey());
    }

    @Test
    void aNewPublicAddressMovesTheRegistration() {
        start(true, "http://localhost:9080");
        long id = demoRegistration().id();

        start(true, "http://127.0.0.1:9180");

        PlatformRegistration moved = demoRegistration();
        assertEquals(id, moved.id(), "the same registration, so the demo's launches stay");
        assertEquals("http://127.0.0.1:9180/demo", moved.issuer());
        assertEquals(URI.create("http://127.0.0.1:9180/demo/jwks"), moved.jwksUrl());
        assertEquals(1, registrations.all().size());
    }

    @Test
    void outOfDemoModeWhatATrialLeftBehindIsRemovedAndOtherPlatformsStay() {
        start(true, "http://localhost:9080");
        PlatformRegistration school = registrations.add(new PlatformDetails("https://lms.school.test", "abc",
                "School", URI.create("https://lms.school.test/auth"), URI.create("https://lms.school.test/token"),
                URI.create("https://lms.school.test/jwks"), Optional.empty()), PlatformRegistration.RegisteredBy.MANUAL,
                true, List.of(), clock.instant());

        DemoPlatform off = start(false, "http://localhost:9080");

        assertEquals(List.of(school), registrations.all());
        assertTrue(keys.find().isEmpty());
        assertThrows(IllegalStateException.class, off::keys);
    }

    @Test
    void outOfDemoModeNothingIsRegistered() {
        start(false, "http://localhost:9080");

        assertTrue(registrations.all().isEmpty());
        assertTrue(keys.find().isEmpty());
    }

    @Test
    void demoModeRefusesToStartOnAPublicAddress() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new DemoMode(true, new PublicAddress("https://samenspraak.school.test")));
        assertTrue(refused.getMessage().contains("SAMENSPRAAK_PUBLIC_URL"), refused.getMessage());
        assertFalse(new DemoMode(false, new PublicAddress("https://samenspraak.school.test")).isOn());
        assertTrue(new DemoMode(true, new PublicAddress("http://[::1]:9080")).isOn());
    }

    private DemoPlatform start(boolean demoMode, String publicUrl) {
        return new DemoPlatform(new DemoMode(demoMode, new PublicAddress(publicUrl)), keys, registrations, new PublicAddress(publicUrl), clock);
    }

    private PlatformRegistration demoRegistration() {
        List<PlatformRegistration> demo = registrations.all().stream()
                .filter(registration -> registration.registeredBy() == PlatformRegistration.RegisteredBy.DEMO).toList();
        assertEquals(1, demo.size(), demo.toString());
        return demo.get(0);
    }
}
