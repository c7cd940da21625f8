package nl.samenspraak.tool.lti.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.infrastructure.security.SecretBox;
import nl.samenspraak.tool.infrastructure.security.TestSecrets;
import nl.samenspraak.tool.infrastructure.time.MutableClock;
import nl.samenspraak.tool.lti.launch.RecordedLaunch;
import nl.samenspraak.tool.lti.launch.ToolRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session tokens over their life: issued, renewed in their second half, refused when expired. */
class SessionTokensTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private TestDatabase database;
    private SessionTokens tokens;
    private final SecretBox box = TestSecrets.box();

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.in(dataDir);
        tokens = new SessionTokens(new SessionSecret(database.sql(), clock, box), clock);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private String issue() {
        return tokens.issue(new RecordedLaunch(7, Optional.of(11L), Optional.empty()), 3, "deployment-1",
                ToolRole.LEARNER, Language.NL);
    }

    @Test
    void anIssuedTokenIsTheLaunchsSession() {
        SessionToken session = tokens.verify(issue());

        assertEquals(7, session.userId());
        assertEquals(3, session.registrationId());
        assertEquals(Optional.of(11L), session.contextId());
        assertEquals(Optional.empty(), session.resourceLinkId());
        assertEquals(clock.instant().plus(SessionTokens.LIFETIME), session.expiresAt());
    }

    @Test
    void aTokenIsRenewedOnlyInTheSecondHalfOfItsLife() {
        String token = issue();
        clock.advance(SessionTokens.LIFETIME.dividedBy(2).minusSeconds(1));
        assertTrue(tokens.renewal(tokens.verify(token)).isEmpty());

        clock.advance(Duration.ofSeconds(1));
        String renewed = tokens.renewal(tokens.verify(token)).orElseThrow();

        SessionToken session = tokens.verify(renewed);
        assertEquals(clock.instant().plus(SessionTokens.LIFETIME), session.expiresAt());
        assertEquals(tokens.verify(token).userId(), session.userId());
    }

    /** Renewed as often as a busy page asks, a session still ends twelve hours after its launch. */
    @Test
    void renewalsNeverReachPastTheMaximumAge() {
        Instant launched = clock.instant();
        String token = issue();
        for (int i = 0; i < 20; i++) {
            clock.advance(SessionTokens.LIFETIME.dividedBy(2));
            Optional<String> renewed = tokens.renewal(tokens.verify(token));
            if (renewed.isEmpty()) {
                break;
            }
            token = renewed.get();
        }

        SessionToken last = tokens.verify(token);
        assertEquals(launched, last.startedAt(), "the launch's moment is carried through every renewal");
        assertEquals(launched.plus(SessionTokens.MAX_AGE), last.expiresAt());
        String kept = token;
        clock.advance(Duration.between(clock.instant(), launched.plus(SessionTokens.MAX_AGE)));
        assertThrows(InvalidSessionException.class, () -> tokens.verify(kept));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = issue();
        clock.advance(SessionTokens.LIFETIME);

        assertThrows(InvalidSessionException.class, () -> tokens.verify(token));
    }

    @Test
    void theSecretIsKeptSoTokensSurviveARestart() {
        String token = issue();
        SessionSecret again = new SessionSecret(database.sql(), clock, box);

        assertEquals(7, new SessionTokens(again, clock).verify(token).userId());
        assertArrayEquals(new SessionSecret(database.sql(), clock, box).bytes(), again.bytes());
        assertEquals(32, again.bytes().length);
    }

    @Test
    void theSecretIsStoredEncryptedAndAClearOneIsEncryptedOnStart() {
        String stored = database.sql().one("SELECT secret FROM tool_secret", row -> row.getString(1)).orElseThrow();
        assertTrue(box.isSealed(stored), stored);
        byte[] clear = new SessionSecret(database.sql(), clock, box).bytes();
        // As an older version left it: in clear.
        database.sql().update("UPDATE tool_secret SET secret = ?", java.util.Base64.getEncoder().encodeToString(clear));

        SessionSecret afterUpgrade = new SessionSecret(database.sql(), clock, box);

        assertArrayEquals(clear, afterUpgrade.bytes());
        String encrypted = database.sql().one("SELECT secret FROM tool_secret", row -> row.getString(1)).orElseThrow();
        assertTrue(box.isSealed(encrypted), encrypted);
    }
}
