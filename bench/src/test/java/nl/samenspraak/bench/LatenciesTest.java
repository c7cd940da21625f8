package nl.samenspraak.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRanks() {
        Latencies latencies = new Latencies();
        for (int millis = 100; millis >= 1; millis--) {
            latencies.add(Duration.ofMillis(millis).toNanos());
        }

        assertEquals(Duration.ofMillis(50), latencies.percentile(0.50));
        assertEquals(Duration.ofMillis(90), latencies.percentile(0.90));
        assertEquals(Duration.ofMillis(99), latencies.percentile(0.99));
        assertEquals(Duration.ofMillis(100), latencies.max());
        assertEquals(100, latencies.count());
    }

    @Test
    void mergedRunsCountEverySample() {
        Latencies first = new Latencies();
        Latencies second = new Latencies();
        for (int i = 0; i < 3000; i++) {
            first.add(1);
            second.add(2);
        }

        first.addAll(second);

        assertEquals(6000, first.count());
        assertEquals(Duration.ofNanos(1), first.percentile(0.5));
        assertEquals(Duration.ofNanos(2), first.percentile(0.51));
    }

    @Test
    void noSamplesIsZero() {
        assertEquals(Duration.ZERO, new Latencies().percentile(0.99));
    }
}
