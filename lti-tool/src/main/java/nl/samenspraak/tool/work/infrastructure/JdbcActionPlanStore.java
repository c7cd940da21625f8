package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.work.application.ActionPlanStore;
import nl.samenspraak.tool.work.application.StoredAction;

/** {@link ActionPlanStore} in the table {@code action_plan_item}; the order is the order of adding. */
@Singleton
public class JdbcActionPlanStore implements ActionPlanStore {

    private final Sql sql;

    @Inject
    public JdbcActionPlanStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<StoredAction> actions(long workId) {
        return sql.list("SELECT id, option_id, own_text, planned_for, done FROM action_plan_item WHERE work_id = ?"
                        + " ORDER BY position, id",
                row -> new StoredAction(row.getLong("id"), Statements.optional(row, "option_id"),
                        Statements.optional(row, "own_text"),
                        Optional.ofNullable(row.getObject("planned_for", LocalDate.class)), row.getBoolean("done")),
                workId);
    }

    @Override
    public StoredAction add(long workId, Optional<String> optionId, Optional<String> ownText,
                            Optional<LocalDate> plannedFor, Instant now) {
        int position = sql.one("SELECT COALESCE(MAX(position), 0) + 1 AS next FROM action_plan_item WHERE work_id = ?",
                row -> row.getInt("next"), workId).orElseThrow();
        long id = sql.insert("INSERT INTO action_plan_item (work_id, position, option_id, own_text, planned_for, done,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)", workId, position, optionId, ownText,
                plannedFor, now, now);
        touch(workId, now);
        return new StoredAction(id, optionId, ownText, plannedFor, false);
    }

    @Override
    public boolean update(long workId, StoredAction action, Instant now) {
        boolean found = sql.update("UPDATE action_plan_item SET own_text = ?, planned_for = ?, done = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ? AND work_id = ?", action.ownText(), action.plannedFor(),
                action.done(), now, action.id(), workId) == 1;
        if (found) {
            touch(workId, now);
        }
        return found;
    }

    @Override
    public boolean remove(long workId, long actionId, Instant now) {
        boolean found = sql.update("DELETE FROM action_plan_item WHERE id = ? AND work_id = ?", actionId, workId) == 1;
        if (found) {
            touch(workId, now);
        }
        return found;
    }

    private void touch(long workId, Instant now) {
        sql.update("UPDATE teacher_work SET updated_at = ? WHERE id = ?", now, workId);
    }
}
