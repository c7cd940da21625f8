package nl.samenspraak.tool.lti.grades;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.WorkRejectedException;
import nl.samenspraak.tool.work.application.WorkScope;

/** The trainer's view of grades in the course: per link to an assignment, whether scores are sent and why not. */
@Singleton
public class CourseGrades {

    /** One link of the course to an assignment. */
    public record LinkGrades(long linkId, String title, String assignmentId, GradeSending sending, long parked) {
    }

    private final Sql sql;
    private final Texts texts;

    @Inject
    public CourseGrades(Sql sql, Texts texts) {
        this.sql = sql;
        this.texts = texts;
    }

    /** @throws WorkRejectedException (forbidden) for anyone who is not the trainer of a course */
    public List<LinkGrades> of(WorkScope trainer, boolean isTrainer) {
        if (!isTrainer || trainer.contextId().isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN,
                    texts.of(TextKey.COURSE_GRADES_ONLY_COURSE_S_TRAINER));
        }
        long course = trainer.contextId().get();
        Map<Long, Long> parked = new HashMap<>();
        sql.list("SELECT o.resource_link_id, COUNT(*) AS n FROM grade_outbox o JOIN lti_resource_link l"
                        + " ON l.id = o.resource_link_id WHERE l.context_id = ? AND o.status = 'PARKED'"
                        + " GROUP BY o.resource_link_id",
                row -> parked.put(row.getLong(1), row.getLong(2)), course);
        return sql.list("SELECT id, title, link_key, assignment_id, ags_scopes, lineitem_url, lineitems_url"
                        + " FROM lti_resource_link WHERE context_id = ? AND assignment_id IS NOT NULL ORDER BY id",
                row -> new LinkGrades(row.getLong("id"),
                        Statements.optional(row, "title").orElse(row.getString("link_key")),
                        row.getString("assignment_id"),
                        GradeSending.of(Statements.optional(row, "ags_scopes"), Statements.optional(row, "lineitem_url"),
                                Statements.optional(row, "lineitems_url")),
                        parked.getOrDefault(row.getLong("id"), 0L)), course);
    }
}
