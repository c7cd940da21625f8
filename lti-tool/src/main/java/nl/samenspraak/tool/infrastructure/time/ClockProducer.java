package nl.samenspraak.tool.infrastructure.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The one clock the application reads the time from, so tests can fix it. */
@Singleton
public class ClockProducer {

    /**
     * Ticks in microseconds, as the databases keep time: a time the API answers with at once (when an answer
     * was saved) is then the same as the one it reads back later.
     */
    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
