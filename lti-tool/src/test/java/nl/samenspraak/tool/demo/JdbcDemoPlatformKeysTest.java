package nl.samenspraak.tool.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JdbcDemoPlatformKeysTest {

    private final JdbcDemoPlatformKeys store = new JdbcDemoPlatformKeys(MigratedDatabase.create());
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
    void theStringFormShowsNoSecret() {
        DemoKeys keys = DemoKeys.generate();

        assertEquals("DemoKeys[kid " + keys.signingKey().getKeyID() + "]", keys.toString());
    }
}
