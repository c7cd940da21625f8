package nl.samenspraak.tool.lti.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.infrastructure.security.RandomTokens;
import nl.samenspraak.tool.infrastructure.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionHandOverTest {

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private SessionHandOver handOver;

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.in(dataDir);
        handOver = new SessionHandOver(database.sql(), new RandomTokens(), clock);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aCodeIsExchangedOnceWithinItsLifetime() {
        String code = handOver.codeFor("session-1");

        assertEquals(Optional.of("session-1"), handOver.exchange(code));
        assertEquals(Optional.empty(), handOver.exchange(code));
    }

    @Test
    void anExpiredCodeIsRefusedEvenBeforeTheSweepRemovesIt() {
        String code = handOver.codeFor("session-1");
        clock.advance(SessionHandOver.LIFETIME);

        assertEquals(Optional.empty(), handOver.exchange(code));
    }

    @Test
    void theSweepRemovesOnlyCodesThatExpired() {
        handOver.codeFor("old");
        clock.advance(SessionHandOver.LIFETIME.plus(Duration.ofSeconds(1)));
        String young = handOver.codeFor("young");

        assertEquals(1, handOver.deleteExpiredBefore(clock.instant()));
        assertEquals(Optional.of("young"), handOver.exchange(young));
    }
}
