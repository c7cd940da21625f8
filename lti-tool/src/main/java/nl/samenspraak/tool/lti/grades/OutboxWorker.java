package nl.samenspraak.tool.lti.grades;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds: claims a batch (leased, so no other worker sends it), sends it with a few
 * requests in flight, and records each outcome. A server killed mid-send leaves leased rows that another
 * round takes up once the lease ran out; the score keeps its timestamp, so a platform that did receive it
 * answers the resend with 409 (Moodle) and stores it once.
 */
public final class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    /** Requests in flight at once: platforms throttle tools that send many at a time. */
    static final int IN_FLIGHT = 8;
    /** Four scores per request in flight: small enough that the lease covers a batch of slow sends. */
    static final int BATCH = IN_FLIGHT * 4;
    /**
     * Longer than a batch takes at worst (a token in 30 s, then four sends of 10 s each per request in flight),
     * and how long the scores of a killed server wait before another takes them up.
     */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private final GradeOutbox outbox;
    private final ScoreSender sender;
    private final RetryPolicy policy;
    private final Clock clock;
    private final String owner;
    private final ExecutorService senders;
    private final GradeMetrics metrics;
    private final Duration lease;

    public OutboxWorker(GradeOutbox outbox, ScoreSender sender, RetryPolicy policy, Clock clock, String owner,
                        ExecutorService senders, GradeMetrics metrics) {
        this(outbox, sender, policy, clock, owner, senders, metrics, LEASE);
    }

    OutboxWorker(GradeOutbox outbox, ScoreSender sender, RetryPolicy policy, Clock clock, String owner,
                 ExecutorService senders, GradeMetrics metrics, Duration lease) {
        this.lease = lease;
        this.outbox = outbox;
        this.sender = sender;
        this.policy = policy;
        this.clock = clock;
        this.owner = owner;
        this.senders = senders;
        this.metrics = metrics;
    }

    /** Rounds until the outbox has nothing due. @return how many scores were handled */
    public int drain() {
        int total = 0;
        int handled;
        do {
            handled = runOnce();
            total += handled;
        } while (handled == BATCH);
        return total;
    }

    /** One round: claims up to a batch and handles it. @return how many were claimed */
    public int runOnce() {
        List<OutboxItem> items = outbox.claim(owner, clock.instant(), lease, BATCH);
        if (items.isEmpty()) {
            return 0;
        }
        List<List<OutboxItem>> groups = new ArrayList<>();
        for (int i = 0; i < Math.min(IN_FLIGHT, items.size()); i++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < items.size(); i++) {
            groups.get(i % groups.size()).add(items.get(i));
        }
        // Most scores go through: they are marked sent together once the batch is done, one statement per kind
        // of answer instead of one per score. Until then they keep their lease, so a server killed in between
        // sends them again after the lease, with their timestamps, and the platform answers 409 and keeps one.
        Map<String, List<Long>> delivered = new ConcurrentHashMap<>();
        List<Future<?>> running = new ArrayList<>();
        for (List<OutboxItem> group : groups) {
            running.add(senders.submit(() -> group.forEach(item -> handle(item, delivered))));
        }
        try {
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    // The rows of a group that failed keep their lease and are taken up again when it runs out.
                    LOG.log(Level.WARNING, "Sending scores failed unexpectedly", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return items.size();
                }
            }
        } finally {
            Instant now = clock.instant();
            delivered.forEach((note, ids) -> {
                outbox.sent(ids, owner, note, now);
                ids.forEach(id -> metrics.sent());
            });
        }
        return items.size();
    }

    private void handle(OutboxItem item, Map<String, List<Long>> delivered) {
        SendOutcome outcome = sender.send(item);
        Instant now = clock.instant();
        int attempts = item.attempts() + 1;
        if (outcome instanceof SendOutcome.Delivered sent) {
            delivered.computeIfAbsent(sent.note(), note -> new CopyOnWriteArrayList<>()).add(item.id());
        } else if (outcome instanceof SendOutcome.Refused refused) {
            outbox.finish(item.id(), owner, OutboxStatus.REFUSED, attempts, Optional.of(refused.reason()), now);
            metrics.refused();
        } else if (outcome instanceof SendOutcome.Park park) {
            park(item, attempts, park.reason(), now);
        } else if (outcome instanceof SendOutcome.Retry retry) {
            if (policy.exhausted(attempts)) {
                park(item, attempts, "after " + attempts + " attempts: " + retry.reason(), now);
            } else {
                outbox.retryLater(item.id(), owner, attempts,
                        now.plus(retry.after().orElseGet(() -> policy.delayAfter(attempts))), retry.reason());
                metrics.retried();
            }
        }
    }

    private void park(OutboxItem item, int attempts, String reason, Instant now) {
        outbox.finish(item.id(), owner, OutboxStatus.PARKED, attempts, Optional.of(reason), now);
        metrics.parked();
        LOG.warning("Score " + item.id() + " parked: " + reason);
    }
}
