package nl.samenspraak.tool.privacy.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Erases a course's personal data a number of months after its last activity ({@link RetentionPolicy}).
 * The run is daily and happens once however many servers share the database: a server first claims the
 * day in the database, and only the one whose claim succeeds erases.
 */
@Singleton
public class RetentionService {

    private final RetentionStore store;
    private final RetentionPolicy policy;
    private final Event<TeacherErased> erased;
    private final Clock clock;

    @Inject
    public RetentionService(RetentionStore store, RetentionPolicy policy, Event<TeacherErased> erased, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.erased = erased;
        this.clock = clock;
    }

    /** What the next run would erase if it ran now (a dry run), with the policy and the last run. */
    public record Preview(int months, Instant cutoff, List<ExpiringCourse> courses, Optional<RetentionRun> lastRun) {
    }

    public Preview preview() {
        Instant cutoff = policy.cutoff(clock.instant());
        return new Preview(policy.months(), cutoff, store.expiring(cutoff), store.lastRun());
    }

    /** The day's run, by the server that claims it first; empty on every other server and on a second call. */
    public Optional<RetentionResult> runFor(LocalDate day, String server) {
        if (!store.claim(day, server, clock.instant())) {
            return Optional.empty();
        }
        RetentionResult result = store.eraseExpired(policy.cutoff(clock.instant()),
                userId -> erased.fire(new TeacherErased(userId)));
        store.finish(day, result, clock.instant());
        return Optional.of(result);
    }
}
