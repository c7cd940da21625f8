package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.work.application.NoticeStore;

/**
 * {@link NoticeStore} over {@code peer_invitation}, {@code peer_partnership} with {@code peer_group_member},
 * {@code peer_observation} and {@code work_review}.
 */
@Singleton
public class JdbcNoticeStore implements NoticeStore {

    private final Sql sql;

    @Inject
    public JdbcNoticeStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<OpenInvitation> invitationsTo(long contextId, long userId) {
        return sql.list("SELECT assignment_id, inviter_id, sent_at FROM peer_invitation WHERE context_id = ?"
                        + " AND invitee_id = ? AND status = 'OPEN' ORDER BY sent_at, id",
                row -> new OpenInvitation(row.getString("assignment_id"), row.getLong("inviter_id"),
                        Statements.instant(row, "sent_at")), contextId, userId);
    }

    @Override
    public List<TrainerGroup> groupsFormedFor(long contextId, long userId, Instant since) {
        record Row(long groupId, String assignmentId, Instant formedAt, long colleague) {
        }
        List<Row> rows = sql.list("SELECT p.id, p.assignment_id, p.created_at, other.user_id FROM peer_partnership p"
                        + " JOIN peer_group_member mine ON mine.partnership_id = p.id AND mine.user_id = ?"
                        + " JOIN peer_group_member other ON other.partnership_id = p.id AND other.user_id <> ?"
                        + " WHERE p.context_id = ? AND p.formed_by = 'TRAINER' AND p.ended_at IS NULL AND p.created_at >= ?"
                        + " ORDER BY p.created_at, p.id, other.position",
                row -> new Row(row.getLong("id"), row.getString("assignment_id"), Statements.instant(row, "created_at"),
                        row.getLong("user_id")), userId, userId, contextId, since);
        Map<Long, List<Row>> byGroup = rows.stream().collect(Collectors.groupingBy(Row::groupId, LinkedHashMap::new,
                Collectors.toList()));
        return byGroup.values().stream().map(group -> new TrainerGroup(group.get(0).assignmentId(),
                group.get(0).formedAt(), group.stream().map(Row::colleague).toList())).toList();
    }

    @Override
    public List<PlannedObservation> planned(long contextId, long userId, Instant from, Instant until) {
        return sql.list("SELECT p.assignment_id, o.observer_id, o.observed_id, o.planned_at FROM peer_observation o"
                        + " JOIN peer_partnership p ON p.id = o.partnership_id WHERE p.context_id = ? AND p.ended_at IS NULL"
                        + " AND (o.observer_id = ? OR o.observed_id = ?) AND o.planned_at >= ? AND o.planned_at < ?"
                        + " AND o.cancelled_at IS NULL AND o.submitted_at IS NULL ORDER BY o.planned_at, o.id",
                row -> new PlannedObservation(row.getString("assignment_id"), row.getLong("observer_id"),
                        row.getLong("observed_id"), Statements.instant(row, "planned_at")),
                contextId, userId, userId, from, until);
    }

    @Override
    public List<ReceivedObservation> unreadObservationsOf(long contextId, long userId) {
        // Only in an active group: the peer-coaching page marks read what it shows as received there.
        return sql.list("SELECT p.assignment_id, o.id, o.observer_id, o.submitted_at FROM peer_observation o"
                        + " JOIN peer_partnership p ON p.id = o.partnership_id WHERE p.context_id = ? AND p.ended_at IS NULL"
                        + " AND o.observed_id = ? AND o.submitted_at IS NOT NULL AND o.read_at IS NULL ORDER BY o.submitted_at, o.id",
                row -> new ReceivedObservation(row.getString("assignment_id"), row.getLong("id"),
                        row.getLong("observer_id"), Statements.instant(row, "submitted_at")), contextId, userId);
    }

    @Override
    public List<String> returned(long contextId, long userId) {
        // Returned work counts until the teacher submits again (as ReviewedProgress decides it).
        return sql.list("SELECT r.assignment_id FROM work_review r JOIN teacher_work w ON w.context_id = r.context_id"
                        + " AND w.user_id = r.user_id AND w.assignment_id = r.assignment_id WHERE r.context_id = ?"
                        + " AND r.user_id = ? AND r.decision = 'RETURNED' AND w.submitted_at IS NULL"
                        + " ORDER BY r.decided_at, r.assignment_id",
                row -> row.getString("assignment_id"), contextId, userId);
    }
}
