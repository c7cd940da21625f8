package nl.samenspraak.tool.infrastructure.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock the application reads the time from, so tests can fix it. */
@Singleton
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
