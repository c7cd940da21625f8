package nl.samenspraak.tool.lti.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
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

class JdbcLoginStatesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant EXPIRES = NOW.plus(LoginService.STATE_LIFETIME);

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private JdbcLoginStates states;
    private long registrationId;

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.in(dataDir);
        states = new JdbcLoginStates(database.sql());
        registrationId = RegistrationFixtures.add(database.sql(), "https://lms.example", "client-1", "d-1", NOW).id();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private LoginState save(String state, Optional<String> storageTarget) {
        LoginState login = new LoginState(state, "nonce-" + state, registrationId, URI.create("https://tool.example/app/"),
                storageTarget, NOW, EXPIRES);
        states.save(login);
        return login;
    }

    @Test
    void aSavedStateIsFoundUntilItExpires() {
        LoginState saved = save("s-1", Optional.of("_parent"));

        assertEquals(Optional.of(saved), states.findUsable("s-1", NOW));
        assertEquals(Optional.of(saved), states.findUsable("s-1", EXPIRES.minusMillis(1)));
        assertEquals(Optional.empty(), states.findUsable("s-1", EXPIRES));
        assertEquals(Optional.empty(), states.findUsable("s-2", NOW));
    }

    @Test
    void aStateIsUsedOnce() {
        save("s-1", Optional.empty());

        assertTrue(states.use("s-1", NOW));
        assertFalse(states.use("s-1", NOW));
        assertTrue(states.wasUsed("s-1"));
        assertEquals(Optional.empty(), states.findUsable("s-1", NOW));
        assertFalse(states.wasUsed("s-2"));
    }

    @Test
    void anExpiredStateCannotBeUsed() {
        save("s-1", Optional.empty());

        assertFalse(states.use("s-1", EXPIRES));
        assertFalse(states.wasUsed("s-1"));
    }

    @Test
    void ofManyConcurrentUsesExactlyOneSucceeds() throws Exception {
        save("s-1", Optional.empty());

        List<Boolean> uses = AtOnce.run(8, () -> states.use("s-1", NOW));

        assertEquals(1, uses.stream().filter(used -> used).count(), uses.toString());
    }

    @Test
    void expiredStatesAreDeletedUsedOrNot() {
        save("s-1", Optional.empty());
        save("s-2", Optional.empty());
        states.use("s-2", NOW);

        assertEquals(0, states.deleteExpiredBefore(EXPIRES));
        assertEquals(2, states.deleteExpiredBefore(EXPIRES.plusSeconds(1)));
        assertFalse(states.wasUsed("s-2"));
    }

    @Test
    void neitherStateNorNonceIsInTheStringForm() {
        LoginState saved = save("geheime-state", Optional.empty());

        assertFalse(saved.toString().contains("geheime-state"));
    }
}
