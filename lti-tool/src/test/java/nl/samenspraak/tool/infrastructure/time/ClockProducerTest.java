package nl.samenspraak.tool.infrastructure.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The application's clock keeps no more than the databases keep. */
class ClockProducerTest {

    private final Clock clock = new ClockProducer().clock();

    @Test
    void itTellsUtcTimeInWholeMicroseconds() {
        assertEquals(ZoneOffset.UTC, clock.getZone());
        for (int i = 0; i < 100; i++) {
            Instant now = clock.instant();
            assertEquals(now.truncatedTo(ChronoUnit.MICROS), now);
        }
    }
}
