package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import nl.samenspraak.tool.infrastructure.persistence.DataAccessException;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.work.application.ApprovalPolicy;
import nl.samenspraak.tool.work.application.ApprovalSettings;

/**
 * {@link ApprovalPolicy} and {@link ApprovalSettings}, the one place that decides whether an assignment needs
 * approval in a course. The trainer's switch ({@code course_assignment_setting}) wins once the trainer has set
 * it, either way: it is the later, deliberate choice for this course. Without it, the assignment needs approval
 * when any of its links in the course was deep-linked with "needs approval" ({@code lti_resource_link}, written
 * by the links' launches). Neither says so: no approval.
 */
@Singleton
public class JdbcApprovalSettings implements ApprovalPolicy, ApprovalSettings {

    private final Sql sql;

    @Inject
    public JdbcApprovalSettings(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean needsApproval(long contextId, String assignmentId) {
        return sql.one("SELECT COALESCE((SELECT s.needs_approval FROM course_assignment_setting s"
                        + " WHERE s.context_id = ? AND s.assignment_id = ?), EXISTS (SELECT 1 FROM lti_resource_link l"
                        + " WHERE l.context_id = ? AND l.assignment_id = ? AND l.needs_approval = TRUE))",
                row -> row.getBoolean(1), contextId, assignmentId, contextId, assignmentId).orElse(false);
    }

    @Override
    public Set<String> needingApproval(long contextId) {
        return new HashSet<>(sql.list("SELECT assignment_id FROM course_assignment_setting"
                        + " WHERE context_id = ? AND needs_approval = TRUE"
                        + " UNION SELECT l.assignment_id FROM lti_resource_link l WHERE l.context_id = ?"
                        + " AND l.needs_approval = TRUE AND NOT EXISTS (SELECT 1 FROM course_assignment_setting s"
                        + " WHERE s.context_id = l.context_id AND s.assignment_id = l.assignment_id)",
                row -> row.getString("assignment_id"), contextId, contextId));
    }

    @Override
    public void set(long contextId, String assignmentId, boolean needsApproval, long trainerId, Instant at) {
        String update = "UPDATE course_assignment_setting SET needs_approval = ?, updated_by = ?, updated_at = ?"
                + " WHERE context_id = ? AND assignment_id = ?";
        if (sql.update(update, needsApproval, trainerId, at, contextId, assignmentId) == 1) {
            return;
        }
        try {
            sql.update("INSERT INTO course_assignment_setting (context_id, assignment_id, needs_approval, updated_by,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?)", contextId, assignmentId, needsApproval, trainerId, at);
        } catch (DataAccessException e) {
            if (!e.isDuplicateKey()) {
                throw e;
            }
            sql.update(update, needsApproval, trainerId, at, contextId, assignmentId); // set at the same moment
        }
    }
}
