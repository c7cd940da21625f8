package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.program.progress.ActionPlanItem;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.Observation;
import nl.samenspraak.program.progress.PlannedAction;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.program.progress.QuickscanResponse;
import nl.samenspraak.program.progress.TeacherWork;
import nl.samenspraak.program.progress.WatchedInterval;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.work.application.StoredObservation;
import nl.samenspraak.tool.work.application.StoredWork;
import nl.samenspraak.tool.work.application.TeacherWorkStore;
import nl.samenspraak.tool.work.application.WorkScope;

/**
 * {@link TeacherWorkStore} in the {@code teacher_work} table and the tables of its parts. The quickscan
 * responses the rules read are those of the latest submitted attempt when the work is submitted, else of
 * the latest attempt: a retake in progress does not undo a completed quickscan. The observations given are
 * the teacher's own forms once begun, drafts included; those received only once a partner submitted them.
 */
@Singleton
public class JdbcTeacherWorkStore implements TeacherWorkStore {

    private static final String WORK_COLUMNS = "id, user_id, context_id, assignment_id, submitted_at, reopened_at,"
            + " watch_reported_at";

    private final Sql sql;

    @Inject
    public JdbcTeacherWorkStore(Sql sql) {
        this.sql = sql;
    }

    private record WorkRow(long id, long userId, Long contextId, String assignmentId, Instant submittedAt,
                           Instant reopenedAt, Instant watchReportedAt) {
    }

    @Override
    public Optional<StoredWork> find(WorkScope scope, String assignmentId) {
        return sql.one("SELECT " + WORK_COLUMNS + " FROM teacher_work"
                        + " WHERE user_id = ? AND scope_key = ? AND assignment_id = ?", JdbcTeacherWorkStore::workRow,
                scope.userId(), scope.key(), assignmentId).map(this::load);
    }

    @Override
    public Map<String, StoredWork> all(WorkScope scope) {
        Map<String, StoredWork> all = new LinkedHashMap<>();
        sql.list("SELECT " + WORK_COLUMNS + " FROM teacher_work"
                        + " WHERE user_id = ? AND scope_key = ?", JdbcTeacherWorkStore::workRow, scope.userId(), scope.key())
                .forEach(row -> all.put(row.assignmentId(), load(row)));
        return all;
    }

    @Override
    public long ensure(WorkScope scope, String assignmentId, Instant now) {
        Optional<Long> existing = id(scope, assignmentId);
        if (existing.isPresent()) {
            return existing.get();
        }
        sql.insertIfAbsent("teacher_work", "user_id, scope_key, context_id, assignment_id, opened_at, updated_at",
                "user_id, scope_key, assignment_id", scope.userId(), scope.key(), scope.contextId(), assignmentId, now, now);
        return id(scope, assignmentId).orElseThrow();
    }

    @Override
    public Optional<Long> lock(WorkScope scope, String assignmentId) {
        return sql.one("SELECT id FROM teacher_work WHERE user_id = ? AND scope_key = ? AND assignment_id = ? FOR UPDATE",
                row -> row.getLong("id"), scope.userId(), scope.key(), assignmentId);
    }

    @Override
    public List<WorkScope> workersOn(long contextId, String assignmentId) {
        WorkScope course = new WorkScope(0, Optional.of(contextId));
        return sql.list("SELECT user_id FROM teacher_work WHERE scope_key = ? AND assignment_id = ? ORDER BY user_id",
                row -> new WorkScope(row.getLong("user_id"), course.contextId()), course.key(), assignmentId);
    }

    @Override
    public Progress recordedProgress(long workId) {
        return sql.one("SELECT progress_state, progress_score FROM teacher_work WHERE id = ?",
                row -> new Progress(ProgressState.valueOf(row.getString("progress_state")),
                        row.getDouble("progress_score")), workId).orElseThrow();
    }

    @Override
    public Map<String, RecordedWork> recordedProgress(WorkScope scope) {
        Map<String, RecordedWork> recorded = new HashMap<>();
        sql.list("SELECT assignment_id, progress_state, progress_score, submitted_at FROM teacher_work"
                        + " WHERE user_id = ? AND scope_key = ?", row -> recorded.put(row.getString("assignment_id"),
                        new RecordedWork(new Progress(ProgressState.valueOf(row.getString("progress_state")),
                                row.getDouble("progress_score")),
                                Optional.ofNullable(Statements.instant(row, "submitted_at")))),
                scope.userId(), scope.key());
        return recorded;
    }

    @Override
    public void recordProgress(long workId, Progress progress) {
        sql.update("UPDATE teacher_work SET progress_state = ?, progress_score = ? WHERE id = ?", progress.state(),
                progress.score(), workId);
    }

    @Override
    public long putAnswer(long workId, String questionId, Answer answer, Instant now) {
        sql.update("UPDATE teacher_work SET draft_sequence = draft_sequence + 1, updated_at = ? WHERE id = ?", now, workId);
        if (isEmpty(answer)) {
            sql.update("DELETE FROM work_answer WHERE work_id = ? AND question_id = ?", workId, questionId);
            return 0;
        }
        long version = sql.one("SELECT draft_sequence FROM teacher_work WHERE id = ?", row -> row.getLong("draft_sequence"),
                workId).orElseThrow();
        String text = answer instanceof Answer.TextAnswer typed ? typed.text() : null;
        String choices = answer instanceof Answer.ChoiceAnswer chosen
                ? String.join(" ", chosen.optionIds().stream().sorted().toList()) : null;
        Integer scale = answer instanceof Answer.ScaleAnswer value ? value.value() : null;
        sql.upsert("work_answer", "work_id, question_id, text_value, choice_value, scale_value, updated_at, version",
                "work_id, question_id", workId, questionId, text, choices, scale, now, version);
        return version;
    }

    @Override
    public void replaceWatched(long workId, List<WatchedInterval> merged, Instant reportedAt) {
        sql.update("DELETE FROM work_watched WHERE work_id = ?", workId);
        for (WatchedInterval interval : merged) {
            sql.update("INSERT INTO work_watched (work_id, from_seconds, to_seconds) VALUES (?, ?, ?)", workId,
                    interval.fromSeconds(), interval.toSeconds());
        }
        sql.update("UPDATE teacher_work SET watch_reported_at = ?, updated_at = ? WHERE id = ?", reportedAt,
                reportedAt, workId);
    }

    @Override
    public boolean submit(long workId, Instant at) {
        return sql.update("UPDATE teacher_work SET submitted_at = ?, updated_at = ? WHERE id = ? AND submitted_at IS NULL",
                at, at, workId) == 1;
    }

    private Optional<Long> id(WorkScope scope, String assignmentId) {
        return sql.one("SELECT id FROM teacher_work WHERE user_id = ? AND scope_key = ? AND assignment_id = ?",
                row -> row.getLong("id"), scope.userId(), scope.key(), assignmentId);
    }

    private StoredWork load(WorkRow row) {
        Map<String, Answer> answers = new HashMap<>();
        Map<String, Instant> savedAt = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        sql.list("SELECT question_id, text_value, choice_value, scale_value, updated_at, version FROM work_answer"
                        + " WHERE work_id = ?",
                answer -> {
                    String questionId = answer.getString("question_id");
                    answers.put(questionId, answer(answer));
                    savedAt.put(questionId, Statements.instant(answer, "updated_at"));
                    versions.put(questionId, answer.getLong("version"));
                    return questionId;
                }, row.id());
        List<WatchedInterval> watched = sql.list("SELECT from_seconds, to_seconds FROM work_watched WHERE work_id = ?"
                        + " ORDER BY from_seconds",
                interval -> new WatchedInterval(interval.getDouble("from_seconds"), interval.getDouble("to_seconds")),
                row.id());
        List<QuickscanResponse> responses = sql.list("SELECT a.sector_id, r.statement_id, r.scale_value"
                        + " FROM quickscan_response r JOIN quickscan_attempt a ON a.id = r.attempt_id"
                        + " WHERE a.id = (SELECT MAX(id) FROM quickscan_attempt WHERE work_id = ?"
                        + " AND (submitted_at IS NOT NULL OR ? = FALSE)) AND a.sector_id IS NOT NULL",
                response -> new QuickscanResponse(response.getString("sector_id"), response.getString("statement_id"),
                        response.getInt("scale_value")), row.id(), row.submittedAt() != null);
        List<ActionPlanItem> actions = sql.list("SELECT option_id, own_text, planned_for, done FROM action_plan_item"
                        + " WHERE work_id = ? ORDER BY position, id",
                item -> {
                    String optionId = item.getString("option_id");
                    PlannedAction action = optionId != null ? new PlannedAction.Chosen(optionId)
                            : new PlannedAction.Own(Optional.ofNullable(item.getString("own_text")).orElse(""));
                    return new ActionPlanItem(action, Optional.ofNullable(item.getObject("planned_for", LocalDate.class)),
                            item.getBoolean("done"));
                }, row.id());
        List<StoredObservation> observations = row.contextId() == null ? List.of()
                : ObservationRows.ofUser(sql, row.contextId(), row.assignmentId(), row.userId());
        List<Observation> given = observations.stream()
                .filter(observation -> observation.observerId() == row.userId() && observation.started())
                .map(observation -> observation.form().toObservation()).toList();
        List<Observation> received = observations.stream()
                .filter(observation -> observation.observedId() == row.userId() && observation.submitted())
                .map(observation -> observation.form().toObservation()).toList();
        TeacherWork work = new TeacherWork(answers, row.submittedAt(), watched, given, received, responses, actions);
        return new StoredWork(row.id(), row.assignmentId(), work, savedAt, versions, Optional.ofNullable(row.reopenedAt()),
                Optional.ofNullable(row.watchReportedAt()));
    }

    private static WorkRow workRow(ResultSet row) throws SQLException {
        return new WorkRow(row.getLong("id"), row.getLong("user_id"), row.getObject("context_id", Long.class),
                row.getString("assignment_id"), Statements.instant(row, "submitted_at"),
                Statements.instant(row, "reopened_at"), Statements.instant(row, "watch_reported_at"));
    }

    static Answer answer(ResultSet row) throws SQLException {
        String text = row.getString("text_value");
        if (text != null) {
            return new Answer.TextAnswer(text);
        }
        String choices = row.getString("choice_value");
        if (choices != null) {
            return new Answer.ChoiceAnswer(new LinkedHashSet<>(Arrays.asList(choices.split(" "))));
        }
        return new Answer.ScaleAnswer(row.getInt("scale_value"));
    }

    private static boolean isEmpty(Answer answer) {
        return answer instanceof Answer.TextAnswer text && text.text().isBlank()
                || answer instanceof Answer.ChoiceAnswer chosen && chosen.optionIds().isEmpty();
    }
}
