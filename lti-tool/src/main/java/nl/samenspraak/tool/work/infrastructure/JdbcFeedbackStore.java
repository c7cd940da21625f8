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
import nl.samenspraak.tool.infrastructure.persistence.DataAccessException;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.work.application.Feedback;
import nl.samenspraak.tool.work.application.FeedbackStore;
import nl.samenspraak.tool.work.application.ReviewStore;

/** {@link FeedbackStore} in {@code work_feedback}, one row per round. */
@Singleton
public class JdbcFeedbackStore implements FeedbackStore {

    private static final String COLUMNS = "id, user_id, assignment_id, round, author_id, text, saved_at, sent_at,"
            + " seen_at, reply, replied_at";

    private final Sql sql;

    @Inject
    public JdbcFeedbackStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<Feedback> rounds(long contextId, long userId, String assignmentId) {
        return sql.list("SELECT " + COLUMNS + " FROM work_feedback WHERE context_id = ? AND user_id = ?"
                + " AND assignment_id = ? ORDER BY round", JdbcFeedbackStore::feedback, contextId, userId, assignmentId);
    }

    @Override
    public Map<ReviewStore.Key, Feedback> latest(long contextId) {
        Map<ReviewStore.Key, Feedback> latest = new HashMap<>();
        sql.list("SELECT " + COLUMNS + " FROM work_feedback WHERE context_id = ? ORDER BY round", row -> latest.put(
                new ReviewStore.Key(row.getLong("user_id"), row.getString("assignment_id")), feedback(row)), contextId);
        return latest;
    }

    @Override
    public Map<String, Integer> unseen(long contextId, long userId) {
        Map<String, Integer> unseen = new HashMap<>();
        sql.list("SELECT assignment_id, COUNT(*) AS rounds FROM work_feedback WHERE context_id = ? AND user_id = ?"
                        + " AND sent_at IS NOT NULL AND seen_at IS NULL GROUP BY assignment_id",
                row -> unseen.put(row.getString("assignment_id"), row.getInt("rounds")), contextId, userId);
        return unseen;
    }

    @Override
    public void saveDraft(long contextId, long userId, String assignmentId, long authorId, String text, Instant at) {
        String replaceDraft = "UPDATE work_feedback SET text = ?, author_id = ?, saved_at = ? WHERE context_id = ?"
                + " AND user_id = ? AND assignment_id = ? AND sent_at IS NULL";
        if (sql.update(replaceDraft, text, authorId, at, contextId, userId, assignmentId) > 0) {
            return;
        }
        int round = sql.one("SELECT COALESCE(MAX(round), 0) AS latest FROM work_feedback WHERE context_id = ?"
                + " AND user_id = ? AND assignment_id = ?", row -> row.getInt("latest"), contextId, userId, assignmentId)
                .orElse(0) + 1;
        try {
            sql.insert("INSERT INTO work_feedback (context_id, user_id, assignment_id, round, author_id, text, saved_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", contextId, userId, assignmentId, round, authorId, text, at);
        } catch (DataAccessException e) {
            if (!e.isDuplicateKey()) {
                throw e;
            }
            // Another request of the trainer started the round at the same moment: this text replaces its draft.
            sql.update(replaceDraft, text, authorId, at, contextId, userId, assignmentId);
        }
    }

    @Override
    public boolean send(long contextId, long userId, String assignmentId, Instant at) {
        return sql.update("UPDATE work_feedback SET sent_at = ? WHERE context_id = ? AND user_id = ?"
                + " AND assignment_id = ? AND sent_at IS NULL", at, contextId, userId, assignmentId) > 0;
    }

    @Override
    public boolean reply(long feedbackId, String text, Instant at) {
        return sql.update("UPDATE work_feedback SET reply = ?, replied_at = ? WHERE id = ? AND sent_at IS NOT NULL"
                + " AND reply IS NULL", text, at, feedbackId) == 1;
    }

    @Override
    public void markSeen(long contextId, long userId, String assignmentId, Instant at) {
        sql.update("UPDATE work_feedback SET seen_at = ? WHERE context_id = ? AND user_id = ? AND assignment_id = ?"
                + " AND sent_at IS NOT NULL AND seen_at IS NULL", at, contextId, userId, assignmentId);
    }

    private static Feedback feedback(ResultSet row) throws SQLException {
        return new Feedback(row.getLong("id"), row.getInt("round"), row.getLong("author_id"), row.getString("text"),
                Statements.instant(row, "saved_at"), instant(row, "sent_at"), instant(row, "seen_at"),
                Statements.optional(row, "reply"), instant(row, "replied_at"));
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(Statements.instant(row, column));
    }
}
