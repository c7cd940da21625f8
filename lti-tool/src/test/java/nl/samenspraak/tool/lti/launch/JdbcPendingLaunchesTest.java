package nl.samenspraak.tool.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.AtOnce;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.lti.registration.RegistrationFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcPendingLaunchesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant EXPIRES = NOW.plus(LaunchService.PENDING_LIFETIME);

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private JdbcPendingLaunches pending;
    private PendingLaunch launch;

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.in(dataDir);
        pending = new JdbcPendingLaunches(database.sql());
        long registrationId = RegistrationFixtures.add(database.sql(), "https://lms.example", "client-1", "d-1", NOW).id();
        launch = new PendingLaunch("launch-1", "state-1", registrationId, "{\"sub\":\"user-1\"}", EXPIRES);
        pending.save(launch);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aPendingLaunchIsTakenOnce() {
        assertEquals(Optional.of(launch), pending.take("launch-1", NOW));
        assertEquals(Optional.empty(), pending.take("launch-1", NOW));
        assertEquals(Optional.empty(), pending.take("launch-2", NOW));
    }

    @Test
    void anExpiredPendingLaunchIsNotTaken() {
        assertEquals(Optional.empty(), pending.take("launch-1", EXPIRES));
        assertEquals(0, pending.deleteExpiredBefore(EXPIRES));
        assertEquals(1, pending.deleteExpiredBefore(EXPIRES.plusSeconds(1)));
    }

    @Test
    void ofManyConcurrentTakesExactlyOneGetsTheLaunch() throws Exception {
        List<Optional<PendingLaunch>> takes = AtOnce.run(8, () -> pending.take("launch-1", NOW));

        assertEquals(1, takes.stream().filter(Optional::isPresent).count(), takes.toString());
    }

    @Test
    void itsStringFormHoldsNoStateOrClaims() {
        assertFalse(launch.toString().contains("state-1") || launch.toString().contains("user-1"));
    }
}
