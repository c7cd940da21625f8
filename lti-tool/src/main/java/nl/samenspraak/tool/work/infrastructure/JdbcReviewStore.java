package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.work.application.Review;
import nl.samenspraak.tool.work.application.ReviewStore;
import nl.samenspraak.tool.work.application.WorkScope;

/**
 * {@link ReviewStore} in {@code work_review}, one row per teacher and assignment with the latest decision. A
 * return reopens the work in {@code teacher_work} as the trainer's reopen does, in the same transaction.
 */
@Singleton
public class JdbcReviewStore implements ReviewStore {

    private final Sql sql;

    @Inject
    public JdbcReviewStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Review> find(long contextId, long userId, String assignmentId) {
        return sql.one("SELECT decision, reason, decided_by, decided_at FROM work_review"
                        + " WHERE context_id = ? AND user_id = ? AND assignment_id = ?", JdbcReviewStore::review,
                contextId, userId, assignmentId);
    }

    @Override
    public Map<String, Review> teacher(long contextId, long userId) {
        Map<String, Review> reviews = new HashMap<>();
        sql.list("SELECT assignment_id, decision, reason, decided_by, decided_at FROM work_review"
                + " WHERE context_id = ? AND user_id = ?", row -> reviews.put(row.getString("assignment_id"),
                review(row)), contextId, userId);
        return reviews;
    }

    @Override
    public Map<Key, Review> course(long contextId) {
        Map<Key, Review> reviews = new HashMap<>();
        sql.list("SELECT user_id, assignment_id, decision, reason, decided_by, decided_at FROM work_review"
                + " WHERE context_id = ?", row -> reviews.put(new Key(row.getLong("user_id"),
                row.getString("assignment_id")), review(row)), contextId);
        return reviews;
    }

    @Override
    public boolean approve(long contextId, List<Key> selection, long trainerId, Instant at) {
        // Runs in the decision's use case transaction (TrainerReviewService), so a refusal writes nothing.
        for (Key key : selection) {
            // Locks the work row, so a reopen at the same moment waits or is seen; checked for all before the
            // first decision is written.
            if (sql.update("UPDATE teacher_work SET updated_at = updated_at WHERE user_id = ? AND scope_key = ?"
                    + " AND assignment_id = ? AND submitted_at IS NOT NULL", key.userId(), scopeKey(contextId),
                    key.assignmentId()) == 0) {
                return false;
            }
        }
        for (Key key : selection) {
            decide(contextId, key, Review.Decision.APPROVED, null, trainerId, at);
        }
        return true;
    }

    @Override
    public boolean returnForRevision(long contextId, long userId, String assignmentId, String reason, long trainerId,
                                     Instant at) {
        Optional<Long> workId = sql.one("SELECT id FROM teacher_work WHERE user_id = ? AND scope_key = ?"
                + " AND assignment_id = ?", row -> row.getLong("id"), userId, scopeKey(contextId), assignmentId);
        if (workId.isEmpty() || sql.update("UPDATE teacher_work SET submitted_at = NULL, reopened_at = ?,"
                + " updated_at = ? WHERE id = ? AND submitted_at IS NOT NULL", at, at, workId.get()) == 0) {
            return false;
        }
        sql.update("UPDATE quickscan_attempt SET submitted_at = NULL WHERE work_id = ? AND number ="
                + " (SELECT MAX(number) FROM quickscan_attempt WHERE work_id = ?)", workId.get(), workId.get());
        decide(contextId, new Key(userId, assignmentId), Review.Decision.RETURNED, reason, trainerId, at);
        return true;
    }

    private void decide(long contextId, Key key, Review.Decision decision, String reason, long trainerId,
                        Instant at) {
        sql.upsert("work_review", "context_id, user_id, assignment_id, decision, reason, decided_by, decided_at",
                "context_id, user_id, assignment_id", contextId, key.userId(), key.assignmentId(), decision, reason,
                trainerId, at);
    }

    /** How {@code teacher_work} keys a course: the key of any scope in it. */
    private static String scopeKey(long contextId) {
        return new WorkScope(0, Optional.of(contextId)).key();
    }

    private static Review review(ResultSet row) throws SQLException {
        return new Review(Review.Decision.valueOf(row.getString("decision")), Statements.optional(row, "reason"),
                row.getLong("decided_by"), Statements.instant(row, "decided_at"));
    }
}
