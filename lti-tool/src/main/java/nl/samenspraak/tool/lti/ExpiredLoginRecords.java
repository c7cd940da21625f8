package nl.samenspraak.tool.lti;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.samenspraak.tool.lti.launch.PendingLaunches;
import nl.samenspraak.tool.lti.login.LoginStates;
import nl.samenspraak.tool.lti.session.SessionHandOver;

/**
 * Forgets login states and pending launches some time after they expired, and session codes that were
 * never exchanged once they expired. Used states are kept until
 * then, so that a replayed launch is told apart from an unknown one.
 */
@Singleton
public class ExpiredLoginRecords {

    private static final Logger LOG = Logger.getLogger(ExpiredLoginRecords.class.getName());
    static final Duration KEEP_AFTER_EXPIRY = Duration.ofHours(1);
    static final Duration INTERVAL = Duration.ofMinutes(10);

    private final LoginStates states;
    private final PendingLaunches pending;
    private final SessionHandOver handOvers;
    private final Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    @Inject
    public ExpiredLoginRecords(LoginStates states, PendingLaunches pending, SessionHandOver handOvers, Clock clock) {
        this.states = states;
        this.pending = pending;
        this.handOvers = handOvers;
        this.clock = clock;
    }

    void startOnStart(@Observes Startup startup) {
        schedule = scheduler.scheduleWithFixedDelay(this::sweep, 1, INTERVAL.toMinutes(), TimeUnit.MINUTES);
    }

    void sweep() {
        try {
            var before = clock.instant().minus(KEEP_AFTER_EXPIRY);
            // Session codes live a minute and are worth nothing after it: they go as soon as they expired.
            int removed = states.deleteExpiredBefore(before) + pending.deleteExpiredBefore(before)
                    + handOvers.deleteExpiredBefore(clock.instant());
            LOG.fine(() -> "Expired login records removed: " + removed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expired login records could not be removed; trying again later", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
