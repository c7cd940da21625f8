package nl.samenspraak.tool.privacy.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.samenspraak.tool.privacy.application.RetentionService;

/**
 * Starts the day's retention run: every server looks once an hour, the first to claim the day (in Dutch
 * school time) runs it, and the others find it claimed. A server that was down at night catches up within
 * the hour after it starts; a failed run is logged and the next day's run erases what it left.
 */
@Singleton
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());
    static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/Amsterdam");
    static final Duration INTERVAL = Duration.ofHours(1);

    private final RetentionService retention;
    private final Clock clock;
    private final String server = serverName();

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    @Inject
    public RetentionSchedule(RetentionService retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    void startOnStart(@Observes Startup startup) {
        schedule = scheduler.scheduleWithFixedDelay(this::runToday, 2, INTERVAL.toMinutes(), TimeUnit.MINUTES);
    }

    void runToday() {
        LocalDate today = LocalDate.now(clock.withZone(SCHOOL_TIME));
        try {
            retention.runFor(today, server).ifPresent(result -> LOG.info(() -> "Retention run of " + today + ": the"
                    + " personal data of " + result.courses() + " courses and " + result.users() + " users erased"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The retention run of " + today + " failed; the next day's run erases what it left", e);
        }
    }

    /** Which server claimed a run, for the administrator: the host name and the process id. */
    private static String serverName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + ":" + ProcessHandle.current().pid();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
