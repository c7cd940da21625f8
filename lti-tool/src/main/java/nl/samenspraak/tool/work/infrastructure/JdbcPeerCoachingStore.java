package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.work.application.ObservationDraft;
import nl.samenspraak.tool.work.application.Partnership;
import nl.samenspraak.tool.work.application.PeerCoachingStore;
import nl.samenspraak.tool.work.application.StoredObservation;

/**
 * {@link PeerCoachingStore} in the tables {@code peer_partnership}, {@code peer_observation} and
 * {@code peer_observation_mark}.
 */
@Singleton
public class JdbcPeerCoachingStore implements PeerCoachingStore {

    private static final String PARTNERS_OF = "(first_user_id = ? OR second_user_id = ?)";

    private final Sql sql;

    @Inject
    public JdbcPeerCoachingStore(Sql sql) {
        this.sql = sql;
    }

    private record PartnershipRow(long id, long firstUserId, long secondUserId, long chosenBy, Instant since) {
    }

    @Override
    public List<Partnership> partnerships(long contextId, String assignmentId, long userId) {
        List<PartnershipRow> rows = sql.list("SELECT id, first_user_id, second_user_id, chosen_by, created_at"
                        + " FROM peer_partnership WHERE context_id = ? AND assignment_id = ? AND " + PARTNERS_OF
                        + " ORDER BY created_at, id",
                row -> new PartnershipRow(row.getLong("id"), row.getLong("first_user_id"), row.getLong("second_user_id"),
                        row.getLong("chosen_by"), Statements.instant(row, "created_at")),
                contextId, assignmentId, userId, userId);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<StoredObservation> observations = ObservationRows.ofUser(sql, contextId, assignmentId, userId);
        return rows.stream().map(row -> new Partnership(row.id(), row.firstUserId(), row.secondUserId(), row.chosenBy(),
                row.since(), observations.stream().filter(observation -> isBetween(observation, row)).toList())).toList();
    }

    @Override
    public Map<Long, Integer> partnerCounts(long contextId, String assignmentId) {
        Map<Long, Integer> counts = new HashMap<>();
        sql.list("SELECT first_user_id, second_user_id FROM peer_partnership WHERE context_id = ? AND assignment_id = ?",
                row -> List.of(row.getLong("first_user_id"), row.getLong("second_user_id")), contextId, assignmentId)
                .forEach(pair -> pair.forEach(user -> counts.merge(user, 1, Integer::sum)));
        return counts;
    }

    @Override
    public Pairing pair(long contextId, String assignmentId, long chooser, long partner, int maxPartners, Instant now) {
        long first = Math.min(chooser, partner);
        long second = Math.max(chooser, partner);
        // Locks both memberships, the lower id first: two pairings with a person in common wait for each
        // other, so neither can take that person's last free place unseen.
        for (long user : List.of(first, second)) {
            sql.list("SELECT user_id FROM lti_membership WHERE context_id = ? AND user_id = ? FOR UPDATE",
                    row -> row.getLong("user_id"), contextId, user);
        }
        Map<Long, Long> counts = sql.list("SELECT first_user_id, second_user_id FROM peer_partnership"
                        + " WHERE context_id = ? AND assignment_id = ? AND (" + PARTNERS_OF
                        + " OR " + PARTNERS_OF + ")",
                row -> List.of(row.getLong("first_user_id"), row.getLong("second_user_id")),
                contextId, assignmentId, chooser, chooser, partner, partner).stream()
                .flatMap(List::stream).collect(Collectors.groupingBy(user -> user, Collectors.counting()));
        boolean paired = sql.one("SELECT id FROM peer_partnership WHERE context_id = ? AND assignment_id = ?"
                        + " AND first_user_id = ? AND second_user_id = ?", row -> row.getLong("id"),
                contextId, assignmentId, first, second).isPresent();
        if (paired) {
            return Pairing.ALREADY_PARTNERS;
        }
        if (counts.getOrDefault(chooser, 0L) >= maxPartners) {
            return Pairing.CHOOSER_FULL;
        }
        if (counts.getOrDefault(partner, 0L) >= maxPartners) {
            return Pairing.PARTNER_FULL;
        }
        long id = sql.insert("INSERT INTO peer_partnership (context_id, assignment_id, first_user_id, second_user_id,"
                + " chosen_by, created_at) VALUES (?, ?, ?, ?, ?, ?)", contextId, assignmentId, first, second, chooser, now);
        for (long observer : List.of(first, second)) {
            sql.update("INSERT INTO peer_observation (partnership_id, observer_id, observed_id, planning_note,"
                    + " planning_sequence, compliment, tip) VALUES (?, ?, ?, '', 0, '', '')", id, observer,
                    observer == first ? second : first);
        }
        return Pairing.PAIRED;
    }

    @Override
    public boolean end(long partnershipId) {
        return sql.update("DELETE FROM peer_partnership WHERE id = ? AND NOT EXISTS (SELECT 1 FROM peer_observation"
                + " WHERE partnership_id = ? AND submitted_at IS NOT NULL)", partnershipId, partnershipId) == 1;
    }

    @Override
    public boolean plan(long observationId, Optional<Instant> plannedAt, String note) {
        return sql.update("UPDATE peer_observation SET planned_at = ?, planning_note = ?,"
                + " planning_sequence = planning_sequence + 1 WHERE id = ? AND submitted_at IS NULL",
                plannedAt, note, observationId) == 1;
    }

    @Override
    public void lock(long observationId) {
        sql.list("SELECT id FROM peer_observation WHERE id = ? FOR UPDATE", row -> row.getLong("id"), observationId);
    }

    @Override
    public OptionalLong saveForm(long observationId, ObservationDraft form, Instant now) {
        if (sql.update("UPDATE peer_observation SET compliment = ?, tip = ?, saved_at = ?, form_version = form_version + 1"
                + " WHERE id = ? AND submitted_at IS NULL", form.compliment(), form.tip(), now, observationId) == 0) {
            return OptionalLong.empty();
        }
        sql.update("DELETE FROM peer_observation_mark WHERE observation_id = ?", observationId);
        for (Map.Entry<String, ObservationDraft.BehaviourEntry> entry : form.behaviours().entrySet()) {
            sql.update("INSERT INTO peer_observation_mark (observation_id, behaviour_id, mark_id, example)"
                    + " VALUES (?, ?, ?, ?)", observationId, entry.getKey(), entry.getValue().markId(),
                    entry.getValue().example());
        }
        return OptionalLong.of(sql.one("SELECT form_version FROM peer_observation WHERE id = ?",
                row -> row.getLong("form_version"), observationId).orElseThrow());
    }

    @Override
    public boolean submit(long observationId, Instant now) {
        return sql.update("UPDATE peer_observation SET submitted_at = ? WHERE id = ? AND submitted_at IS NULL",
                now, observationId) == 1;
    }

    private static boolean isBetween(StoredObservation observation, PartnershipRow pair) {
        return (observation.observerId() == pair.firstUserId() && observation.observedId() == pair.secondUserId())
                || (observation.observerId() == pair.secondUserId() && observation.observedId() == pair.firstUserId());
    }
}
