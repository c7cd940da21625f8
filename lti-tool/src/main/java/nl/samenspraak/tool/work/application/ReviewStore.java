package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trainer's decisions on teachers' work. A decision is written with what goes with it (a return reopens
 * the work) in the caller's transaction ({@link WorkTransactions}), so that the recorded progress and the
 * {@link ProgressChanged} it fires commit or roll back with the decision.
 */
public interface ReviewStore {

    /** Who, in which assignment: the key of a review in a course. */
    record Key(long userId, String assignmentId) {
    }

    Optional<Review> find(long contextId, long userId, String assignmentId);

    /** The latest decision on each of one teacher's works in the course, by assignment id, in one read. */
    Map<String, Review> teacher(long contextId, long userId);

    /** Every latest decision in the course, in one read. */
    Map<Key, Review> course(long contextId);

    /**
     * Records the approval of each teacher's work, all in one transaction; false (and nothing written) when
     * one of them is no longer submitted (reopened meanwhile). Each work row stays locked until the
     * transaction ends, so a reopen at the same moment waits.
     */
    boolean approve(long contextId, List<Key> selection, long trainerId, Instant at);

    /**
     * Records the return with its reason and makes the submitted work editable again (a quickscan's latest
     * attempt with it); false when it was not submitted (anymore).
     */
    boolean returnForRevision(long contextId, long userId, String assignmentId, String reason, long trainerId,
                              Instant at);
}
