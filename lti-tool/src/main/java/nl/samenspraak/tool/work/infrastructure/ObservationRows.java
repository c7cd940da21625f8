package nl.samenspraak.tool.work.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.work.application.ConversationKind;
import nl.samenspraak.tool.work.application.ObservationDraft;
import nl.samenspraak.tool.work.application.StoredObservation;

/**
 * Reads peer observations with their marks, for the peer-coaching store and for a teacher's work (which
 * counts the observations given and received), with one query whatever their number.
 */
final class ObservationRows {

    private static final String PLANNING = "o.conversation_kind, o.duration_minutes, o.cancelled_at";

    private ObservationRows() {
    }

    /**
     * The observations that count: those of active groups, and the submitted ones of ended groups (which
     * stay with observer and observed); a draft of an ended group stays with its author but counts no more.
     */
    static final String COUNTING = "(p.ended_at IS NULL OR o.submitted_at IS NOT NULL)";

    /** One observation with the group and the assignment it belongs to. */
    record Located(long groupId, String assignmentId, StoredObservation observation) {
    }

    /**
     * The observations the condition (on {@code p}, the group, and {@code o}, the observation) selects, with
     * their marks, in one read, in order.
     */
    static List<Located> where(Statements sql, String condition, Object... parameters) {
        Map<Long, ObservationRow> rows = new LinkedHashMap<>();
        sql.list("SELECT o.id, o.observer_id, o.observed_id, o.planned_at, o.planning_note, o.planning_sequence,"
                        + " o.compliment, o.tip, o.saved_at, o.submitted_at, o.form_version, " + PLANNING + ", m.behaviour_id,"
                        + " m.mark_id, m.example, o.partnership_id, p.assignment_id"
                        + " FROM peer_partnership p JOIN peer_observation o ON o.partnership_id = p.id"
                        + " LEFT JOIN peer_observation_mark m ON m.observation_id = o.id"
                        + " WHERE " + condition + " ORDER BY o.id",
                row -> {
                    ObservationRow observation = rows.computeIfAbsent(row.getLong("id"), id -> new ObservationRow());
                    observation.read(row);
                    return observation;
                }, parameters);
        return rows.values().stream().map(row -> new Located(row.groupId, row.assignmentId, row.toObservation()))
                .toList();
    }

    /** The observations that count which the user gives or receives in the assignment in the course, in order. */
    static List<StoredObservation> ofUser(Statements sql, long contextId, String assignmentId, long userId) {
        return where(sql, "p.context_id = ? AND p.assignment_id = ? AND (o.observer_id = ? OR o.observed_id = ?)"
                + " AND " + COUNTING, contextId, assignmentId, userId, userId).stream().map(Located::observation).toList();
    }

    /**
     * Every observation that counts in the course, by assignment id, in one read: for the trainer's course
     * page, which counts each member's observations given and received.
     */
    static Map<String, List<StoredObservation>> ofCourse(Statements sql, long contextId) {
        Map<String, List<StoredObservation>> byAssignment = new HashMap<>();
        where(sql, "p.context_id = ? AND " + COUNTING, contextId).forEach(located -> byAssignment
                .computeIfAbsent(located.assignmentId(), assignment -> new ArrayList<>()).add(located.observation()));
        return byAssignment;
    }

    /** One observation gathered from its rows, one per mark (or one without a mark). */
    private static final class ObservationRow {
        private final Map<String, ObservationDraft.BehaviourEntry> behaviours = new HashMap<>();
        private StoredObservation first;
        private long groupId;
        private String assignmentId;

        void read(ResultSet row) throws SQLException {
            if (first == null) {
                groupId = row.getLong("partnership_id");
                assignmentId = row.getString("assignment_id");
                first = new StoredObservation(row.getLong("id"), row.getLong("observer_id"), row.getLong("observed_id"),
                        Optional.ofNullable(Statements.instant(row, "planned_at")), row.getString("planning_note"),
                        row.getInt("planning_sequence"), new ObservationDraft(Map.of(), row.getString("compliment"),
                        row.getString("tip")), optionalInstant(row, "saved_at"), optionalInstant(row, "submitted_at"),
                        row.getLong("form_version"), Statements.optional(row, "conversation_kind")
                                .flatMap(ConversationKind::of),
                        minutes(row),
                        optionalInstant(row, "cancelled_at"));
            }
            String behaviourId = row.getString("behaviour_id");
            if (behaviourId != null) {
                behaviours.put(behaviourId, new ObservationDraft.BehaviourEntry(Statements.optional(row, "mark_id"),
                        Statements.optional(row, "example")));
            }
        }

        StoredObservation toObservation() {
            ObservationDraft form = new ObservationDraft(behaviours, first.form().compliment(), first.form().tip());
            return new StoredObservation(first.id(), first.observerId(), first.observedId(), first.plannedAt(),
                    first.note(), first.planningSequence(), form, first.savedAt(), first.submittedAt(), first.formVersion(),
                    first.kind(), first.minutes(), first.cancelledAt());
        }
    }

    /** The planned length, or the usual one when none was planned. */
    private static int minutes(ResultSet row) throws SQLException {
        int minutes = row.getInt("duration_minutes");
        return row.wasNull() ? StoredObservation.USUAL_MINUTES : minutes;
    }

    private static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(Statements.instant(row, column));
    }
}
