package nl.samenspraak.tool.lti.grades;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.lti.token.TokenEndpoint;
import nl.samenspraak.tool.work.application.ProgressChanged;

/**
 * {@link GradeOutbox} in {@code grade_outbox} and {@code grade_sync}. Claiming is portable: one transaction
 * selects due rows {@code FOR UPDATE SKIP LOCKED} and writes a lease on them, so a second worker on the same
 * PostgreSQL passes over rows the first one is claiming and then sees their lease.
 */
@Singleton
public class JdbcGradeOutbox implements GradeOutbox {

    /** Platforms compare timestamps in whole seconds (Moodle): consecutive scores are at least this far apart. */
    static final Duration MIN_STEP = Duration.ofSeconds(1);
    private static final int REASON_LENGTH = 1000;

    private final Sql sql;

    @Inject
    public JdbcGradeOutbox(Sql sql) {
        this.sql = sql;
    }

    @Override
    public int enqueue(ProgressChanged change, ScoreRule rule) {
        if (change.scope().contextId().isEmpty()) {
            return 0;
        }
        record Link(long id, String locale, AgsScopes scopes, double scoreMaximum) {
        }
        // One query for every link of the course pointing to the assignment, whatever their number; each link
        // scores on the maximum it was deep-linked with.
        List<Link> links = sql.list("SELECT l.id, l.ags_scopes, l.score_maximum, u.locale FROM lti_resource_link l"
                        + " JOIN lti_user u ON u.id = ? WHERE l.context_id = ? AND l.assignment_id = ?"
                        + " AND (l.lineitem_url IS NOT NULL OR l.lineitems_url IS NOT NULL) ORDER BY l.id",
                row -> new Link(row.getLong("id"), row.getString("locale"), AgsScopes.parse(row.getString("ags_scopes")),
                        ScoreRules.scoreMaximum(Optional.ofNullable(row.getObject("score_maximum", Double.class)))),
                change.scope().userId(), change.scope().contextId().get(), change.assignmentId())
                .stream().filter(link -> link.scopes().allowsScores()).toList();
        long userId = change.scope().userId();
        Instant now = change.at();
        int written = 0;
        for (Link link : links) {
            record Sync(Instant last, boolean finalGiven) {
            }
            Optional<Sync> sync = sql.one("SELECT last_timestamp, final_given FROM grade_sync"
                            + " WHERE resource_link_id = ? AND user_id = ?",
                    row -> new Sync(Statements.instant(row, "last_timestamp"), row.getBoolean("final_given")),
                    link.id(), userId);
            if (!ScoreRules.allows(rule, sync.map(Sync::finalGiven).orElse(false))) {
                continue;
            }
            Instant timestamp = now.truncatedTo(ChronoUnit.MILLIS);
            if (sync.isPresent() && timestamp.isBefore(sync.get().last().plus(MIN_STEP))) {
                timestamp = sync.get().last().plus(MIN_STEP);
            }
            boolean finalGiven = rule.finalGrade() || sync.map(Sync::finalGiven).orElse(false);
            if (sync.isPresent()) {
                sql.update("UPDATE grade_sync SET last_timestamp = ?, final_given = ? WHERE resource_link_id = ?"
                        + " AND user_id = ?", timestamp, finalGiven, link.id(), userId);
            } else {
                sql.update("INSERT INTO grade_sync (resource_link_id, user_id, last_timestamp, final_given)"
                        + " VALUES (?, ?, ?, ?)", link.id(), userId, timestamp, finalGiven);
            }
            // The newest state wins: an unsent older one that no worker holds now (or a parked one) is not sent.
            sql.update("UPDATE grade_outbox SET status = 'SUPERSEDED', finished_at = ? WHERE resource_link_id = ?"
                    + " AND user_id = ? AND status IN ('PENDING', 'PARKED')"
                    + " AND (lease_until IS NULL OR lease_until < ?)",
                    now, link.id(), userId, now);
            sql.update("INSERT INTO grade_outbox (resource_link_id, user_id, state_change, activity_progress,"
                            + " grading_progress, score_given, score_maximum, comment, score_timestamp, status, attempts,"
                            + " next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                    link.id(), userId, rule.change(), rule.activityProgress(), rule.gradingProgress(),
                    ScoreRules.scoreGiven(change.after(), link.scoreMaximum()), link.scoreMaximum(),
                    rule.comment(link.locale()),
                    timestamp, now, now);
            written++;
        }
        return written;
    }

    @Override
    public List<OutboxItem> claim(String owner, Instant now, Duration lease, int limit) {
        List<Long> ids = sql.transaction(tx -> {
            List<Long> due = tx.list("SELECT o.id FROM grade_outbox o WHERE o.status = 'PENDING'"
                    + " AND o.next_attempt_at <= ? AND (o.lease_until IS NULL OR o.lease_until < ?)"
                    + " AND NOT EXISTS (SELECT 1 FROM grade_outbox e WHERE e.resource_link_id = o.resource_link_id"
                    + " AND e.user_id = o.user_id AND e.status = 'PENDING' AND e.id < o.id)"
                    + " ORDER BY o.id FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED",
                    row -> row.getLong("id"), now, now);
            if (!due.isEmpty()) {
                List<Object> values = new ArrayList<>(List.of(owner, now.plus(lease)));
                values.addAll(due);
                tx.update("UPDATE grade_outbox SET lease_owner = ?, lease_until = ? WHERE id IN ("
                        + placeholders(due.size()) + ")", values.toArray());
            }
            return due;
        });
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list("SELECT o.id, o.resource_link_id, o.user_id, o.attempts, o.state_change, o.activity_progress,"
                + " o.grading_progress, o.score_given, o.score_maximum, o.comment, o.score_timestamp, u.subject,"
                + " l.link_key, l.title, l.assignment_id, l.ags_scopes, l.lineitems_url, l.due_at,"
                + " COALESCE(g.lineitem_url, l.lineitem_url) AS lineitem_url, r.token_url, r.client_id,"
                + " r.token_audience FROM grade_outbox o JOIN lti_user u ON u.id = o.user_id"
                + " JOIN lti_resource_link l ON l.id = o.resource_link_id"
                + " JOIN platform_registration r ON r.id = l.registration_id"
                + " LEFT JOIN grade_line_item g ON g.resource_link_id = l.id"
                + " WHERE o.id IN (" + placeholders(ids.size()) + ") ORDER BY o.id",
                JdbcGradeOutbox::item, ids.toArray());
    }

    private static OutboxItem item(ResultSet row) throws SQLException {
        Score score = new Score(row.getString("subject"), row.getDouble("score_given"), row.getDouble("score_maximum"),
                row.getString("activity_progress"), row.getString("grading_progress"),
                Statements.instant(row, "score_timestamp"), row.getString("comment"));
        return new OutboxItem(row.getLong("id"), row.getLong("resource_link_id"), row.getLong("user_id"),
                row.getInt("attempts"), StateChange.valueOf(row.getString("state_change")), score,
                new TokenEndpoint(URI.create(row.getString("token_url")), row.getString("client_id"),
                        Statements.optional(row, "token_audience")),
                AgsScopes.parse(row.getString("ags_scopes")),
                Statements.optional(row, "lineitem_url").map(URI::create),
                Statements.optional(row, "lineitems_url").map(URI::create),
                row.getString("link_key"), Optional.ofNullable(row.getString("title")).orElse(row.getString("link_key")),
                Optional.ofNullable(row.getString("assignment_id")).orElse(""),
                Optional.ofNullable(Statements.instant(row, "due_at")));
    }

    @Override
    public void finish(long id, String owner, OutboxStatus status, int attempts, Optional<String> note, Instant now) {
        sql.update("UPDATE grade_outbox SET status = ?, attempts = ?, last_error = ?, finished_at = ?,"
                        + " lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?",
                status, attempts, note.map(JdbcGradeOutbox::shortened), now, id, owner);
    }

    @Override
    public void sent(List<Long> ids, String owner, String note, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        List<Object> values = new ArrayList<>(List.of(OutboxStatus.SENT, shortened(note), now, owner));
        values.addAll(ids);
        sql.update("UPDATE grade_outbox SET status = ?, attempts = attempts + 1, last_error = ?, finished_at = ?,"
                + " lease_owner = NULL, lease_until = NULL WHERE lease_owner = ? AND id IN ("
                + placeholders(ids.size()) + ")", values.toArray());
    }

    @Override
    public void retryLater(long id, String owner, int attempts, Instant next, String reason) {
        sql.update("UPDATE grade_outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, lease_owner = NULL,"
                + " lease_until = NULL WHERE id = ? AND lease_owner = ?", attempts, next, shortened(reason), id, owner);
    }

    @Override
    public void rememberLineItem(long resourceLinkId, URI lineItem, Instant now) {
        if (sql.update("UPDATE grade_line_item SET lineitem_url = ?, found_at = ? WHERE resource_link_id = ?",
                lineItem, now, resourceLinkId) == 0) {
            sql.update("INSERT INTO grade_line_item (resource_link_id, lineitem_url, found_at) VALUES (?, ?, ?)",
                    resourceLinkId, lineItem, now);
        }
    }

    @Override
    public List<ParkedScore> parked() {
        return sql.list("SELECT o.id, r.name, COALESCE(l.title, l.link_key) AS link_title, l.assignment_id,"
                        + " o.state_change, o.attempts, o.last_error, o.created_at, o.finished_at FROM grade_outbox o"
                        + " JOIN lti_resource_link l ON l.id = o.resource_link_id"
                        + " JOIN platform_registration r ON r.id = l.registration_id"
                        + " WHERE o.status = 'PARKED' ORDER BY o.id",
                row -> new ParkedScore(row.getLong("id"), row.getString("name"), row.getString("link_title"),
                        Optional.ofNullable(row.getString("assignment_id")).orElse(""),
                        StateChange.valueOf(row.getString("state_change")), row.getInt("attempts"),
                        Optional.ofNullable(row.getString("last_error")).orElse(""),
                        Statements.instant(row, "created_at"), Statements.instant(row, "finished_at")));
    }

    @Override
    public boolean retry(long id, Instant now) {
        return sql.update("UPDATE grade_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?,"
                + " finished_at = NULL WHERE id = ? AND status = 'PARKED'", now, id) == 1;
    }

    @Override
    public Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        sql.list("SELECT status, COUNT(*) AS n FROM grade_outbox GROUP BY status",
                row -> counts.put(OutboxStatus.valueOf(row.getString("status")), row.getLong("n")));
        return counts;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static String shortened(String reason) {
        return reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH - 1) + "…";
    }

    @Override
    public int forget(long userId) {
        int dropped = sql.update("DELETE FROM grade_outbox WHERE user_id = ? AND status IN (?, ?)", userId,
                OutboxStatus.PENDING, OutboxStatus.PARKED);
        sql.update("DELETE FROM grade_outbox WHERE user_id = ?", userId);
        sql.update("DELETE FROM grade_sync WHERE user_id = ?", userId);
        return dropped;
    }
}
