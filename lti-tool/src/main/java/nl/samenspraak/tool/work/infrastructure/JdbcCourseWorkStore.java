package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.program.progress.ActionPlanItem;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.Observation;
import nl.samenspraak.program.progress.PlannedAction;
import nl.samenspraak.program.progress.QuickscanResponse;
import nl.samenspraak.program.progress.TeacherWork;
import nl.samenspraak.program.progress.WatchedInterval;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.work.application.CourseWorkStore;
import nl.samenspraak.tool.work.application.StoredObservation;
import nl.samenspraak.tool.work.application.StoredWork;
import nl.samenspraak.tool.work.application.WorkScope;

/**
 * {@link CourseWorkStore}: the same work {@link JdbcTeacherWorkStore} reads per teacher, read for a whole
 * course with one query per table (work, answers, watching, quickscan responses, action plans, observations),
 * so the course page's number of queries does not depend on the number of members. The quickscan responses
 * are those of the latest submitted attempt of submitted work, else of the latest attempt, as there.
 */
@Singleton
public class JdbcCourseWorkStore implements CourseWorkStore {

    private final Sql sql;

    @Inject
    public JdbcCourseWorkStore(Sql sql) {
        this.sql = sql;
    }

    /** One work row and its parts as they are gathered. */
    private static final class Gathered {
        final long id;
        final long userId;
        final String assignmentId;
        final Instant submittedAt;
        final Instant reopenedAt;
        final Instant watchReportedAt;
        final Instant updatedAt;
        final Map<String, Answer> answers = new HashMap<>();
        final Map<String, Instant> savedAt = new HashMap<>();
        final Map<String, Long> versions = new HashMap<>();
        final List<WatchedInterval> watched = new ArrayList<>();
        final List<QuickscanResponse> responses = new ArrayList<>();
        final List<ActionPlanItem> actions = new ArrayList<>();

        Gathered(ResultSet row) throws SQLException {
            id = row.getLong("id");
            userId = row.getLong("user_id");
            assignmentId = row.getString("assignment_id");
            submittedAt = Statements.instant(row, "submitted_at");
            reopenedAt = Statements.instant(row, "reopened_at");
            watchReportedAt = Statements.instant(row, "watch_reported_at");
            updatedAt = Statements.instant(row, "updated_at");
        }
    }

    @Override
    public Map<Long, Map<String, CourseWork>> course(long contextId) {
        String scope = new WorkScope(0, Optional.of(contextId)).key();
        Map<Long, Gathered> works = new HashMap<>();
        sql.list("SELECT id, user_id, assignment_id, submitted_at, reopened_at, watch_reported_at, updated_at"
                + " FROM teacher_work WHERE scope_key = ?", row -> works.put(row.getLong("id"), new Gathered(row)), scope);
        if (works.isEmpty()) {
            return Map.of();
        }
        sql.list("SELECT a.work_id, a.question_id, a.text_value, a.choice_value, a.scale_value, a.updated_at,"
                + " a.version FROM work_answer a JOIN teacher_work w ON w.id = a.work_id WHERE w.scope_key = ?", row -> {
                    Gathered work = works.get(row.getLong("work_id"));
                    String questionId = row.getString("question_id");
                    work.answers.put(questionId, JdbcTeacherWorkStore.answer(row));
                    work.savedAt.put(questionId, Statements.instant(row, "updated_at"));
                    work.versions.put(questionId, row.getLong("version"));
                    return questionId;
                }, scope);
        sql.list("SELECT v.work_id, v.from_seconds, v.to_seconds FROM work_watched v"
                + " JOIN teacher_work w ON w.id = v.work_id WHERE w.scope_key = ? ORDER BY v.work_id, v.from_seconds",
                row -> works.get(row.getLong("work_id")).watched.add(
                        new WatchedInterval(row.getDouble("from_seconds"), row.getDouble("to_seconds"))), scope);
        sql.list("SELECT a.work_id, a.sector_id, r.statement_id, r.scale_value FROM quickscan_response r"
                + " JOIN quickscan_attempt a ON a.id = r.attempt_id JOIN teacher_work w ON w.id = a.work_id"
                + " WHERE w.scope_key = ? AND a.sector_id IS NOT NULL AND a.id = (SELECT MAX(b.id)"
                + " FROM quickscan_attempt b WHERE b.work_id = w.id AND (b.submitted_at IS NOT NULL OR w.submitted_at IS NULL))",
                row -> works.get(row.getLong("work_id")).responses.add(new QuickscanResponse(row.getString("sector_id"),
                        row.getString("statement_id"), row.getInt("scale_value"))), scope);
        sql.list("SELECT i.work_id, i.option_id, i.own_text, i.planned_for, i.done FROM action_plan_item i"
                + " JOIN teacher_work w ON w.id = i.work_id WHERE w.scope_key = ? ORDER BY i.work_id, i.position, i.id",
                row -> {
                    String optionId = row.getString("option_id");
                    PlannedAction action = optionId != null ? new PlannedAction.Chosen(optionId)
                            : new PlannedAction.Own(Optional.ofNullable(row.getString("own_text")).orElse(""));
                    return works.get(row.getLong("work_id")).actions.add(new ActionPlanItem(action,
                            Optional.ofNullable(row.getObject("planned_for", LocalDate.class)), row.getBoolean("done")));
                }, scope);
        Map<String, List<StoredObservation>> observations = ObservationRows.ofCourse(sql, contextId);
        Map<Long, Map<String, CourseWork>> course = new HashMap<>();
        for (Gathered work : works.values()) {
            course.computeIfAbsent(work.userId, user -> new LinkedHashMap<>())
                    .put(work.assignmentId, new CourseWork(stored(work, observations.getOrDefault(work.assignmentId,
                            List.of())), work.updatedAt));
        }
        return course;
    }

    /** The observations given are the teacher's own forms once begun; those received once submitted. */
    private static StoredWork stored(Gathered work, List<StoredObservation> observations) {
        List<Observation> given = observations.stream()
                .filter(observation -> observation.observerId() == work.userId && observation.started())
                .map(observation -> observation.form().toObservation()).toList();
        List<Observation> received = observations.stream()
                .filter(observation -> observation.observedId() == work.userId && observation.submitted())
                .map(observation -> observation.form().toObservation()).toList();
        TeacherWork teacherWork = new TeacherWork(work.answers, work.submittedAt, work.watched, given, received,
                work.responses, work.actions);
        return new StoredWork(work.id, work.assignmentId, teacherWork, work.savedAt, work.versions,
                Optional.ofNullable(work.reopenedAt), Optional.ofNullable(work.watchReportedAt));
    }
}
