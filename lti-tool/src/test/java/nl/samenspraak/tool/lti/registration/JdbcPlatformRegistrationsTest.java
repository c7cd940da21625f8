package nl.samenspraak.tool.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcPlatformRegistrationsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private JdbcPlatformRegistrations registrations;

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.in(dataDir);
        registrations = new JdbcPlatformRegistrations(database.sql());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private PlatformRegistration add(String issuer, String clientId) {
        return registrations.add(RegistrationFixtures.details(issuer, clientId), PlatformRegistration.RegisteredBy.MANUAL,
                true, List.of(), NOW);
    }

    @Test
    void anAddedRegistrationIsFoundByIdAndByIssuerAndClient() {
        PlatformRegistration added = add("https://lms.example", "client-1");

        assertEquals(Optional.of(added), registrations.find(added.id()));
        assertEquals(Optional.of(added), registrations.find("https://lms.example", "client-1"));
        assertEquals("https://lms.example", added.issuer());
        assertEquals(URI.create("https://lms.example/jwks"), added.jwksUrl());
        assertTrue(added.enabled());
        assertEquals(NOW, added.createdAt());
        assertEquals(List.of(), added.deployments());
        assertEquals(Optional.empty(), registrations.find("https://lms.example", "client-2"));
        assertEquals(Optional.empty(), registrations.find(added.id() + 1000));
    }

    @Test
    void oneIssuerMayHaveSeveralClients() {
        PlatformRegistration first = add("https://canvas.example", "school-a");
        PlatformRegistration second = add("https://canvas.example", "school-b");
        add("https://moodle.example", "school-a");

        assertEquals(List.of(first, second), registrations.findByIssuer("https://canvas.example"));
        assertEquals(3, registrations.all().size());
    }

    @Test
    void theSameIssuerAndClientCannotBeAddedTwice() {
        add("https://lms.example", "client-1");

        assertThrows(DuplicateRegistrationException.class, () -> add("https://lms.example", "client-1"));
        assertEquals(1, registrations.all().size());
    }

    @Test
    void aChangeKeepsIdAndDeploymentsAndRefusesAnotherRegistrationsKey() {
        PlatformRegistration added = add("https://lms.example", "client-1");
        registrations.putDeployment(added.id(), "d-1", Optional.empty(), NOW);
        add("https://lms.example", "client-2");

        PlatformRegistration changed = registrations.update(added.id(),
                RegistrationFixtures.details("https://lms.example", "client-3"), LATER).orElseThrow();

        assertEquals("client-3", changed.clientId());
        assertEquals(LATER, changed.updatedAt());
        assertTrue(changed.hasDeployment("d-1"));
        assertThrows(DuplicateRegistrationException.class, () -> registrations.update(added.id(),
                RegistrationFixtures.details("https://lms.example", "client-2"), LATER));
        assertEquals(Optional.empty(), registrations.update(9999, RegistrationFixtures.details("https://x.example", "c"),
                LATER));
    }

    @Test
    void aRegistrationCanBeDisabledAndEnabled() {
        PlatformRegistration added = add("https://lms.example", "client-1");

        assertFalse(registrations.setEnabled(added.id(), false, LATER).orElseThrow().enabled());
        assertTrue(registrations.setEnabled(added.id(), true, LATER).orElseThrow().enabled());
        assertEquals(Optional.empty(), registrations.setEnabled(9999, true, LATER));
    }

    @Test
    void deploymentsAreAddedRenamedAndRemoved() {
        PlatformRegistration added = add("https://lms.example", "client-1");

        registrations.putDeployment(added.id(), "d-1", Optional.empty(), NOW);
        PlatformRegistration renamed = registrations.putDeployment(added.id(), "d-1", Optional.of("Hele school"), LATER)
                .orElseThrow();
        registrations.putDeployment(added.id(), "d-2", Optional.empty(), LATER);

        assertEquals(List.of(new Deployment("d-1", Optional.of("Hele school"), NOW)), renamed.deployments());
        assertEquals(List.of("d-1", "d-2"), registrations.find(added.id()).orElseThrow().deployments().stream()
                .map(Deployment::deploymentId).toList());
        PlatformRegistration removed = registrations.removeDeployment(added.id(), "d-1", LATER).orElseThrow();
        assertFalse(removed.hasDeployment("d-1"));
        assertTrue(removed.hasDeployment("d-2"));
        assertEquals(Optional.empty(), registrations.removeDeployment(added.id(), "d-1", LATER));
        assertEquals(Optional.empty(), registrations.putDeployment(9999, "d-1", Optional.empty(), LATER));
    }

    @Test
    void removingARegistrationRemovesWhatBelongsToIt() {
        PlatformRegistration added = RegistrationFixtures.add(database.sql(), "https://lms.example", "client-1", "d-1", NOW);
        database.sql().update("INSERT INTO lti_user (registration_id, subject, created_at, last_launch_at)"
                + " VALUES (?, ?, ?, ?)", added.id(), "user-1", NOW, NOW);

        assertTrue(registrations.remove(added.id()));

        assertEquals(Optional.empty(), registrations.find(added.id()));
        assertEquals(Optional.empty(), database.sql().one("SELECT id FROM lti_user", row -> row.getLong("id")));
        assertFalse(registrations.remove(added.id()));
    }
}
