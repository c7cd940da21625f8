package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.work.application.QuickscanAttempt;
import nl.samenspraak.tool.work.application.QuickscanStore;

/** {@link QuickscanStore} in the tables {@code quickscan_attempt} and {@code quickscan_response}. */
@Singleton
public class JdbcQuickscanStore implements QuickscanStore {

    private final Sql sql;

    @Inject
    public JdbcQuickscanStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<QuickscanAttempt> attempts(long workId) {
        Map<Long, Map<String, Integer>> responses = new HashMap<>();
        sql.list("SELECT r.attempt_id, r.statement_id, r.scale_value FROM quickscan_response r"
                        + " JOIN quickscan_attempt a ON a.id = r.attempt_id WHERE a.work_id = ? ORDER BY r.statement_id",
                row -> responses.computeIfAbsent(row.getLong("attempt_id"), id -> new LinkedHashMap<>())
                        .put(row.getString("statement_id"), row.getInt("scale_value")), workId);
        return sql.list("SELECT id, number, sector_id, started_at, submitted_at FROM quickscan_attempt"
                        + " WHERE work_id = ? ORDER BY number",
                row -> new QuickscanAttempt(row.getLong("id"), row.getInt("number"), Statements.optional(row, "sector_id"),
                        Statements.instant(row, "started_at"),
                        Optional.ofNullable(Statements.instant(row, "submitted_at")),
                        responses.getOrDefault(row.getLong("id"), Map.of())), workId);
    }

    @Override
    public boolean start(long workId, int number, String sectorId, Instant now) {
        boolean started = sql.insertIfAbsent("quickscan_attempt", "work_id, number, sector_id, started_at",
                "work_id, number", workId, number, sectorId, now);
        if (started) {
            touch(workId, now);
        }
        return started;
    }

    @Override
    public void chooseSector(long workId, long attemptId, String sectorId, Instant now) {
        sql.update("DELETE FROM quickscan_response WHERE attempt_id IN"
                + " (SELECT id FROM quickscan_attempt WHERE id = ? AND sector_id <> ?)", attemptId, sectorId);
        sql.update("UPDATE quickscan_attempt SET sector_id = ? WHERE id = ?", sectorId, attemptId);
        touch(workId, now);
    }

    @Override
    public void respond(long workId, long attemptId, String statementId, int value, Instant now) {
        sql.upsert("quickscan_response", "attempt_id, statement_id, scale_value, updated_at", "attempt_id, statement_id",
                attemptId, statementId, value, now);
        touch(workId, now);
    }

    @Override
    public void skip(long workId, long attemptId, String statementId, Instant now) {
        sql.update("DELETE FROM quickscan_response WHERE attempt_id = ? AND statement_id = ?", attemptId, statementId);
        touch(workId, now);
    }

    @Override
    public boolean submit(long workId, long attemptId, Instant now) {
        if (sql.update("UPDATE quickscan_attempt SET submitted_at = ? WHERE id = ? AND submitted_at IS NULL",
                now, attemptId) == 0) {
            return false;
        }
        sql.update("UPDATE teacher_work SET submitted_at = COALESCE(submitted_at, ?), updated_at = ? WHERE id = ?",
                now, now, workId);
        return true;
    }

    private void touch(long workId, Instant now) {
        sql.update("UPDATE teacher_work SET updated_at = ? WHERE id = ?", now, workId);
    }
}
