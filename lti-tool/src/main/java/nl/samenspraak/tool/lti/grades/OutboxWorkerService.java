package nl.samenspraak.tool.lti.grades;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs the {@link OutboxWorker} on Liberty's managed executors (concurrent-3.0) from start to stop: a round
 * every {@link #POLL}, or at once again while rounds come back full.
 */
@ApplicationScoped
public class OutboxWorkerService {

    private static final Logger LOG = Logger.getLogger(OutboxWorkerService.class.getName());
    /** How long a new score waits at most before a worker looks: the idle latency to the platform. */
    static final Duration POLL = Duration.ofMillis(200);

    private final GradeOutbox outbox;
    private final ScoreSender sender;
    private final Clock clock;
    private final GradeMetrics metrics;
    private ScheduledFuture<?> rounds;

    @Inject
    public OutboxWorkerService(GradeOutbox outbox, ScoreSender sender, Clock clock, OutboxMetrics metrics) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** For CDI's proxy of an application-scoped bean. */
    protected OutboxWorkerService() {
        this(null, null, null, null);
    }

    synchronized void start(@Observes Startup startup) throws NamingException {
        ManagedScheduledExecutorService scheduler =
                InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        ManagedExecutorService senders = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        // Each start is a new owner: leases of a killed predecessor run out instead of being taken over blindly.
        String owner = "worker-" + UUID.randomUUID();
        OutboxWorker worker = new OutboxWorker(outbox, sender, RetryPolicy.standard(), clock, owner, senders, metrics);
        rounds = scheduler.scheduleWithFixedDelay(() -> {
            try {
                worker.drain();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The grade outbox round failed; the next one tries again", e);
            }
        }, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Grade outbox worker started as " + owner);
    }

    @PreDestroy
    synchronized void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
