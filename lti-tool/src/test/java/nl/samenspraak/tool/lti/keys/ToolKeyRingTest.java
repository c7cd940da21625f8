package nl.samenspraak.tool.lti.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.infrastructure.security.SecretBox;
import nl.samenspraak.tool.infrastructure.security.TestSecrets;
import nl.samenspraak.tool.infrastructure.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's keys over their life, stored in the embedded database as the server stores them. */
class ToolKeyRingTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private TestDatabase database;
    private JdbcToolKeys stored;
    private ToolKeyRing ring;
    private final SecretBox box = TestSecrets.box();

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.in(dataDir);
        stored = new JdbcToolKeys(database.sql(), box);
        ring = new ToolKeyRing(stored, clock);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private Map<ToolKey.Status, List<String>> kidsByStatus() {
        return stored.all().stream().collect(Collectors.groupingBy(ToolKey::status,
                Collectors.mapping(ToolKey::kid, Collectors.toList())));
    }

    private List<String> published() {
        return ring.publicKeySet().getKeys().stream().map(JWK::getKeyID).toList();
    }

    @Test
    void privateKeysAreStoredEncryptedAndClearOnesAreEncryptedWhenRead() {
        List<String> storedJwks = database.sql().list("SELECT private_jwk FROM tool_key", row -> row.getString(1));
        assertTrue(storedJwks.stream().allMatch(box::isSealed), storedJwks.toString());
        ToolKey current = ring.signingKey();
        // As an older version left it: in clear.
        database.sql().update("UPDATE tool_key SET private_jwk = ? WHERE kid = ?", current.keyPair().toJSONString(),
                current.kid());

        assertEquals(current.keyPair(), ring.signingKey().keyPair());
        String again = database.sql().one("SELECT private_jwk FROM tool_key WHERE kid = ?", row -> row.getString(1),
                current.kid()).orElseThrow();
        assertTrue(box.isSealed(again), again);
    }

    @Test
    void theFirstStartMakesACurrentAndANextKey() {
        Map<ToolKey.Status, List<String>> kids = kidsByStatus();

        assertEquals(1, kids.get(ToolKey.Status.CURRENT).size());
        assertEquals(1, kids.get(ToolKey.Status.NEXT).size());
        assertEquals(kids.get(ToolKey.Status.CURRENT).get(0), ring.signingKey().kid());
        assertTrue(published().containsAll(List.of(kids.get(ToolKey.Status.CURRENT).get(0),
                kids.get(ToolKey.Status.NEXT).get(0))));
    }

    @Test
    void aRestartKeepsTheKeys() {
        List<ToolKey> before = stored.all();

        new ToolKeyRing(stored, clock);

        assertEquals(before.stream().map(ToolKey::kid).toList(), stored.all().stream().map(ToolKey::kid).toList());
    }

    @Test
    void thePublishedSetHasNoPrivateParts() {
        assertTrue(ring.publicKeySet().getKeys().stream().noneMatch(JWK::isPrivate));
        assertTrue(ring.signingKey().keyPair().isPrivate(), "the signing key itself can sign");
        assertFalse(ring.signingKey().toString().contains(ring.signingKey().keyPair().toRSAKey().getPrivateExponent()
                .toString()));
    }

    @Test
    void rotationPromotesTheNextKeyAndKeepsTheOldOnePublished() {
        String current = ring.signingKey().kid();
        String next = kidsByStatus().get(ToolKey.Status.NEXT).get(0);
        clock.advance(Duration.ofDays(30));

        ToolKey promoted = ring.rotate();

        assertEquals(next, promoted.kid());
        assertEquals(next, ring.signingKey().kid());
        assertEquals(clock.instant(), promoted.activatedAt());
        Map<ToolKey.Status, List<String>> kids = kidsByStatus();
        assertEquals(List.of(current), kids.get(ToolKey.Status.RETIRED));
        String newNext = kids.get(ToolKey.Status.NEXT).get(0);
        assertNotEquals(next, newNext);
        assertTrue(published().containsAll(List.of(current, next, newNext)));
    }

    @Test
    void aRetiredKeyIsPublishedForTheGracePeriodAndThenDropped() {
        String retired = ring.signingKey().kid();
        ring.rotate();

        clock.advance(ToolKeyRing.GRACE.minusSeconds(1));
        assertTrue(published().contains(retired));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(published().contains(retired));
        assertTrue(ring.keys().stream().noneMatch(key -> key.kid().equals(retired)));

        clock.advance(Duration.ofSeconds(1));
        ring.rotate();
        assertFalse(stored.all().stream().map(ToolKey::kid).collect(Collectors.toSet()).contains(retired),
                "the next rotation deletes it");
    }

    @Test
    void aKeyIsStoredWhole() throws JOSEException {
        Map<String, ToolKey> byKid = stored.all().stream().collect(Collectors.toMap(ToolKey::kid, Function.identity()));
        ToolKey signing = ring.signingKey();

        assertEquals(signing.keyPair(), byKid.get(signing.kid()).keyPair());
        assertEquals(signing.kid(), signing.keyPair().computeThumbprint().toString(), "the kid is the thumbprint");
    }
}
