package nl.samenspraak.tool.lti.grades;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.tool.work.application.ProgressChanged;

/** The durable outbox of scores and what was last written per link and user. */
public interface GradeOutbox {

    /**
     * Writes the score of a state change for every link of the course that points to the assignment and may
     * send scores. Called inside the change's transaction, so the score commits or rolls back with it.
     *
     * @return how many scores were written
     */
    int enqueue(ProgressChanged change, ScoreRule rule);

    /**
     * Leases up to {@code limit} due scores, the oldest pending one per link and user only, so order is kept;
     * rows another worker holds are skipped, not waited for.
     */
    List<OutboxItem> claim(String owner, Instant now, Duration lease, int limit);

    /** Ends the item's life with this status; nothing happens when the owner lost the lease meanwhile. */
    void finish(long id, String owner, OutboxStatus status, int attempts, Optional<String> note, Instant now);

    /**
     * Marks the scores the platform took as sent, in one statement for a claimed batch: each one's attempts
     * rise by one; rows whose lease the owner lost meanwhile are left alone.
     */
    void sent(List<Long> ids, String owner, String note, Instant now);

    /** Gives the lease back with the next attempt's time. */
    void retryLater(long id, String owner, int attempts, Instant next, String reason);

    /** Remembers the line item a link's scores go to, once found or created. */
    void rememberLineItem(long resourceLinkId, URI lineItem, Instant now);

    List<ParkedScore> parked();

    /** Puts a parked score back in the queue, due now. @return false when there is no such parked score */
    boolean retry(long id, Instant now);

    Map<OutboxStatus, Long> counts();

    /**
     * Forgets an erased teacher: the scores not sent yet are dropped (a score leased by a worker right now may
     * still arrive), and so is what was sent for them.
     *
     * @return how many queued scores were dropped
     */
    int forget(long userId);
}
