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
 * counts the observations given and received).
 */
final class ObservationRows {

    private static final String PLANNING = "o.conversation_kind, o.duration_minutes, o.cancelled_at";

    private ObservationRows() {
    }

    /** Every observation in the user's partnerships of the assignment in the course, both ways, in order. */
    static List<StoredObservation> ofUser(Statements sql, long contextId, String assignmentId, long userId) {
        Map<Long, ObservationRow> rows = new LinkedHashMap<>();
        sql.list("SELECT o.id, o.observer_id, o.observed_id, o.planned_at, o.planning_note, o.planning_sequence,"
                        + " o.compliment, o.tip, o.saved_at, o.submitted_at, o.form_version, " + PLANNING + ", m.behaviour_id, m.mark_id, m.example"
                        + " FROM peer_partnership p JOIN peer_observation o ON o.partnership_id = p.id"
                        + " LEFT JOIN peer_observation_mark m ON m.observation_id = o.id"
                        + " WHERE p.context_id = ? AND p.assignment_id = ? AND (p.first_user_id = ? OR p.second_user_id = ?)"
                        + " ORDER BY o.id",
                row -> {
                    ObservationRow observation = rows.computeIfAbsent(row.getLong("id"), id -> new ObservationRow());
                    observation.read(row);
                    return observation;
                }, contextId, assignmentId, userId, userId);
        return rows.values().stream().map(ObservationRow::toObservation).toList();
    }

    /**
     * Every observation in the course, by assignment id, in one read: for the trainer's course page, which
     * counts each member's observations given and received.
     */
    static Map<String, List<StoredObservation>> ofCourse(Statements sql, long contextId) {
        Map<Long, ObservationRow> rows = new LinkedHashMap<>();
        Map<Long, String> assignments = new HashMap<>();
        sql.list("SELECT o.id, o.observer_id, o.observed_id, o.planned_at, o.planning_note, o.planning_sequence,"
                        + " o.compliment, o.tip, o.saved_at, o.submitted_at, o.form_version, " + PLANNING + ", m.behaviour_id, m.mark_id,"
                        + " m.example, p.assignment_id FROM peer_partnership p JOIN peer_observation o ON o.partnership_id = p.id"
                        + " LEFT JOIN peer_observation_mark m ON m.observation_id = o.id"
                        + " WHERE p.context_id = ? ORDER BY o.id",
                row -> {
                    assignments.put(row.getLong("id"), row.getString("assignment_id"));
                    ObservationRow observation = rows.computeIfAbsent(row.getLong("id"), id -> new ObservationRow());
                    observation.read(row);
                    return observation;
                }, contextId);
        Map<String, List<StoredObservation>> byAssignment = new HashMap<>();
        rows.forEach((id, row) -> byAssignment.computeIfAbsent(assignments.get(id), assignment -> new ArrayList<>())
                .add(row.toObservation()));
        return byAssignment;
    }

    /** One observation gathered from its rows, one per mark (or one without a mark). */
    private static final class ObservationRow {
        private final Map<String, ObservationDraft.BehaviourEntry> behaviours = new HashMap<>();
        private StoredObservation first;

        void read(ResultSet row) throws SQLException {
            if (first == null) {
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
