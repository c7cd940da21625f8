package nl.samenspraak.tool.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.infrastructure.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two servers sharing one database, each with its own copy of the registrations. */
class CachedPlatformRegistrationsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private final MutableClock clock = new MutableClock(NOW);
    private CachedPlatformRegistrations here;
    private CachedPlatformRegistrations elsewhere;
    private PlatformRegistration registration;

    @BeforeEach
    void twoServers() {
        database = TestDatabase.in(dataDir);
        here = new CachedPlatformRegistrations(new JdbcPlatformRegistrations(database.sql()), clock);
        elsewhere = new CachedPlatformRegistrations(new JdbcPlatformRegistrations(database.sql()), clock);
        registration = here.add(RegistrationFixtures.details("https://lms.example", "client-1"),
                PlatformRegistration.RegisteredBy.MANUAL, true, List.of("deployment-1"), NOW);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aRegistrationIsFoundByIdByIssuerAndClientAndByIssuer() {
        assertEquals(Optional.of(registration), elsewhere.find(registration.id()));
        assertEquals(Optional.of(registration), elsewhere.find("https://lms.example", "client-1"));
        assertEquals(List.of(registration), elsewhere.findByIssuer("https://lms.example"));
        assertEquals(Optional.empty(), elsewhere.find("https://lms.example", "client-2"));
        assertEquals(Optional.empty(), elsewhere.find(registration.id() + 1000));
    }

    @Test
    void aChangeIsSeenAtOnceWhereItWasMadeAndOnTheOtherServerWithinTheInterval() {
        assertTrue(elsewhere.find(registration.id()).orElseThrow().enabled(), "the other server has read it");

        here.setEnabled(registration.id(), false, NOW);

        assertFalse(here.find(registration.id()).orElseThrow().enabled(), "at once where it was changed");
        clock.advance(CachedPlatformRegistrations.CHECK_INTERVAL.minusMillis(1));
        assertTrue(elsewhere.find(registration.id()).orElseThrow().enabled(), "the other copy is still trusted");
        clock.advance(Duration.ofMillis(1));
        assertFalse(elsewhere.find(registration.id()).orElseThrow().enabled(), "the other server compared and reloaded");
    }

    @Test
    void aRegistrationAddedOnTheOtherServerIsFoundAtOnce() {
        assertEquals(1, elsewhere.all().size(), "the other server has its copy");

        PlatformRegistration added = here.add(RegistrationFixtures.details("https://new.example", "client-2"),
                PlatformRegistration.RegisteredBy.DYNAMIC, true, List.of(), NOW);

        assertEquals(Optional.of(added), elsewhere.find("https://new.example", "client-2"));
        assertEquals(Optional.of(added), elsewhere.find(added.id()));
    }

    @Test
    void removedRegistrationsAndDeploymentsAreSeenByTheOtherServer() {
        PlatformRegistration other = here.add(RegistrationFixtures.details("https://other.example", "client-9"),
                PlatformRegistration.RegisteredBy.MANUAL, true, List.of("d"), NOW);
        assertEquals(2, elsewhere.all().size());

        here.removeDeployment(registration.id(), "deployment-1", NOW);
        here.remove(other.id());
        clock.advance(CachedPlatformRegistrations.CHECK_INTERVAL);

        assertEquals(List.of(registration.id()), elsewhere.all().stream().map(PlatformRegistration::id).toList());
        assertFalse(elsewhere.find(registration.id()).orElseThrow().hasDeployment("deployment-1"));
    }

    @Test
    void aRefusedChangeLeavesTheCopyAsTheDatabaseHasIt() {
        PlatformRegistration other = here.add(RegistrationFixtures.details("https://other.example", "client-9"),
                PlatformRegistration.RegisteredBy.MANUAL, true, List.of(), NOW);

        assertThrows(DuplicateRegistrationException.class, () -> here.update(other.id(),
                RegistrationFixtures.details("https://lms.example", "client-1"), NOW));

        assertEquals(Optional.of(other), here.find("https://other.example", "client-9"));
        assertEquals(Optional.of(registration), here.find("https://lms.example", "client-1"));
    }
}
