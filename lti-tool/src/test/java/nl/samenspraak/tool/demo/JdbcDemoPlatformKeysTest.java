package nl.samenspraak.tool.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.security.SecretBox;
import nl.samenspraak.tool.infrastructure.security.TestSecrets;
import org.junit.jupiter.api.Test;

class JdbcDemoPlatformKeysTest {

    private final Sql sql = MigratedDatabase.create();
    private final SecretBox box = TestSecrets.box();
    private final JdbcDemoPlatformKeys store = new JdbcDemoPlatformKeys(sql, box);
    private final Instant now = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void keysAreKeptWithTheirPrivatePartAndHintKey() {
        DemoKeys keys = DemoKeys.generate();

        DemoKeys stored = store.addIfAbsent(keys, now);

        assertEquals(keys.signingKey(), stored.signingKey());
        assertTrue(stored.signingKey().isPrivate());
        assertArrayEquals(keys.hintKey(), stored.hintKey());
        assertEquals(keys.signingKey(), store.find().orElseThrow().signingKey());
    }

    @Test
    void theFirstKeysStayWhenASecondServerStoresItsOwn() {
        DemoKeys first = store.addIfAbsent(DemoKeys.generate(), now);

        DemoKeys second = store.addIfAbsent(DemoKeys.generate(), now.plusSeconds(1));

        assertEquals(first.signingKey().getKeyID(), second.signingKey().getKeyID());
        assertArrayEquals(first.hintKey(), second.hintKey());
    }

    @Test
    void removedKeysAreGone() {
        assertFalse(store.remove(), "nothing to remove yet");
        store.addIfAbsent(DemoKeys.generate(), now);

        assertTrue(store.remove());
        assertTrue(store.find().isEmpty());
    }

    @Test
    void theStoredRowHoldsNoPrivatePartInClear() {
        DemoKeys keys = store.addIfAbsent(DemoKeys.generate(), now);

        assertNothingInClear(keys);
    }

    @Test
    void aRowAnOlderVersionStoredInClearIsSealedWhenFirstRead() {
        DemoKeys keys = DemoKeys.generate();
        sql.update("INSERT INTO demo_platform_key (name, private_jwk, hint_secret, created_at) VALUES (?, ?, ?, ?)",
                "demo", keys.signingKey().toJSONString(), Base64.getEncoder().encodeToString(keys.hintKey()), now);

        DemoKeys read = store.find().orElseThrow();

        assertEquals(keys.signingKey(), read.signingKey());
        assertArrayEquals(keys.hintKey(), read.hintKey());
        assertNothingInClear(keys);
        assertEquals(keys.signingKey(), store.find().orElseThrow().signingKey(), "the sealed row reads back");
    }

    @Test
    void anotherSecretsKeyCannotReadTheKeys() {
        store.addIfAbsent(DemoKeys.generate(), now);

        JdbcDemoPlatformKeys otherKey = new JdbcDemoPlatformKeys(sql, TestSecrets.box());

        assertThrows(RuntimeException.class, otherKey::find);
    }

    /** The raw columns: no JWK member of the private key, no PEM, not the hint secret. */
    private void assertNothingInClear(DemoKeys keys) {
        String jwk = sql.one("SELECT private_jwk FROM demo_platform_key WHERE name = 'demo'",
                row -> row.getString("private_jwk")).orElseThrow();
        String hint = sql.one("SELECT hint_secret FROM demo_platform_key WHERE name = 'demo'",
                row -> row.getString("hint_secret")).orElseThrow();
        for (String member : new String[] {"\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"", "\"kty\"", "PRIVATE KEY"}) {
            assertFalse(jwk.contains(member), "the stored key shows " + member);
        }
        assertFalse(jwk.contains(keys.signingKey().toRSAKey().getPrivateExponent().toString()), "the private exponent");
        assertFalse(hint.contains(Base64.getEncoder().encodeToString(keys.hintKey())), "the hint secret");
        assertTrue(box.isSealed(jwk) && box.isSealed(hint), "both are JWEs of the secrets key");
    }

    @Test
    void theStringFormShowsNoSecret() {
        DemoKeys keys = DemoKeys.generate();

        assertEquals("DemoKeys[kid " + keys.signingKey().getKeyID() + "]", keys.toString());
    }
}
