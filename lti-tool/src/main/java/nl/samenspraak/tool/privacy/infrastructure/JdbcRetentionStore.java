package nl.samenspraak.tool.privacy.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import nl.samenspraak.tool.infrastructure.persistence.DataAccessException;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.privacy.application.ExpiringCourse;
import nl.samenspraak.tool.privacy.application.RetentionResult;
import nl.samenspraak.tool.privacy.application.RetentionRun;
import nl.samenspraak.tool.privacy.application.RetentionStore;

/**
 * {@link RetentionStore} over the launch and work tables, with the runs in {@code retention_run}: its primary
 * key (the day) is what lets one server only claim a day's run. A course's last activity is its latest
 * launch or change of work; what stays of an expired course is its name and links (no personal data), so a
 * new launch from it starts afresh.
 */
@Singleton
public class JdbcRetentionStore implements RetentionStore {

    private static final String EXPIRED_COURSES = "SELECT c.id, c.title, c.label, c.context_key, c.updated_at,"
            + " r.name AS platform,"
            + " (SELECT MAX(m.last_launch_at) FROM lti_membership m WHERE m.context_id = c.id) AS last_launch,"
            + " (SELECT MAX(w.updated_at) FROM teacher_work w WHERE w.context_id = c.id) AS last_work,"
            + " (SELECT COUNT(*) FROM lti_membership m WHERE m.context_id = c.id) AS participants"
            + " FROM lti_context c JOIN platform_registration r ON r.id = c.registration_id"
            + " WHERE c.updated_at < ?"
            + " AND NOT EXISTS (SELECT 1 FROM lti_membership m WHERE m.context_id = c.id AND m.last_launch_at >= ?)"
            + " AND NOT EXISTS (SELECT 1 FROM teacher_work w WHERE w.context_id = c.id AND w.updated_at >= ?)"
            + " AND (EXISTS (SELECT 1 FROM lti_membership m WHERE m.context_id = c.id)"
            + " OR EXISTS (SELECT 1 FROM teacher_work w WHERE w.context_id = c.id)"
            + " OR EXISTS (SELECT 1 FROM peer_partnership p WHERE p.context_id = c.id))"
            + " ORDER BY c.updated_at, c.id";

    private final Sql sql;

    @Inject
    public JdbcRetentionStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<ExpiringCourse> expiring(Instant cutoff) {
        return expiring(sql, cutoff);
    }

    @Override
    public RetentionResult eraseExpired(Instant cutoff, LongConsumer userErased) {
        return sql.transaction(tx -> {
            List<ExpiringCourse> courses = expiring(tx, cutoff);
            for (ExpiringCourse course : courses) {
                long id = course.courseId();
                tx.update("DELETE FROM audit_record WHERE context_id = ?", id);
                tx.update("DELETE FROM peer_invitation WHERE context_id = ?", id);
                tx.update("DELETE FROM peer_partnership WHERE context_id = ?", id);
                tx.update("DELETE FROM teacher_work WHERE context_id = ?", id);
                tx.update("DELETE FROM lti_membership WHERE context_id = ?", id);
            }
            // Users left in no course and in no partnership (erased ones included) who have not launched since.
            List<Long> users = tx.list("SELECT u.id FROM lti_user u WHERE u.last_launch_at < ?"
                            + " AND NOT EXISTS (SELECT 1 FROM lti_membership m WHERE m.user_id = u.id)"
                            + " AND NOT EXISTS (SELECT 1 FROM peer_group_member g WHERE g.user_id = u.id) ORDER BY u.id",
                    row -> row.getLong("id"), cutoff);
            for (long user : users) {
                tx.update("DELETE FROM audit_record WHERE subject_user_id = ?", user);
                tx.update("DELETE FROM lti_user WHERE id = ?", user);
                userErased.accept(user);
            }
            return new RetentionResult(courses.size(), users.size());
        });
    }

    @Override
    public boolean claim(LocalDate day, String server, Instant now) {
        try {
            sql.update("INSERT INTO retention_run (run_day, claimed_by, claimed_at) VALUES (?, ?, ?)", day, server, now);
            return true;
        } catch (DataAccessException e) {
            if (e.isDuplicateKey()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void finish(LocalDate day, RetentionResult result, Instant now) {
        sql.update("UPDATE retention_run SET finished_at = ?, courses_erased = ?, users_erased = ? WHERE run_day = ?",
                now, result.courses(), result.users(), day);
    }

    @Override
    public Optional<RetentionRun> lastRun() {
        return sql.list("SELECT run_day, claimed_by, claimed_at, finished_at, courses_erased, users_erased"
                        + " FROM retention_run ORDER BY run_day DESC LIMIT 1",
                row -> {
                    Optional<Instant> finished = Optional.ofNullable(Statements.instant(row, "finished_at"));
                    return new RetentionRun(row.getObject("run_day", LocalDate.class), row.getString("claimed_by"),
                            Statements.instant(row, "claimed_at"), finished, finished.map(at ->
                            new RetentionResult(intValue(row, "courses_erased"), intValue(row, "users_erased"))));
                }).stream().findFirst();
    }

    private static int intValue(java.sql.ResultSet row, String column) {
        try {
            return row.getInt(column);
        } catch (java.sql.SQLException e) {
            throw new DataAccessException(e);
        }
    }

    private static List<ExpiringCourse> expiring(Statements statements, Instant cutoff) {
        return statements.list(EXPIRED_COURSES, row -> new ExpiringCourse(row.getLong("id"),
                Stream.of(row.getString("title"), row.getString("label"), row.getString("context_key"))
                        .filter(name -> name != null && !name.isBlank()).findFirst(),
                row.getString("platform"),
                Stream.of(Statements.instant(row, "updated_at"), Statements.instant(row, "last_launch"),
                        Statements.instant(row, "last_work")).filter(at -> at != null).max(Instant::compareTo)
                        .orElseThrow(),
                row.getInt("participants")), cutoff, cutoff, cutoff);
    }
}
