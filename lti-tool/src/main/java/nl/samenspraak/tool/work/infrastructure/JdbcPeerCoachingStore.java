package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.work.application.ConversationKind;
import nl.samenspraak.tool.work.application.ObservationDraft;
import nl.samenspraak.tool.work.application.PartnerInvitation;
import nl.samenspraak.tool.work.application.Partnership;
import nl.samenspraak.tool.work.application.PeerCoachingStore;
import nl.samenspraak.tool.work.application.StoredObservation;

/**
 * {@link PeerCoachingStore} in the tables {@code peer_invitation}, {@code peer_partnership},
 * {@code peer_observation} and {@code peer_observation_mark}.
 */
@Singleton
public class JdbcPeerCoachingStore implements PeerCoachingStore {

    private static final String PARTNERS_OF = "(first_user_id = ? OR second_user_id = ?)";

    private final Sql sql;

    @Inject
    public JdbcPeerCoachingStore(Sql sql) {
        this.sql = sql;
    }

    private static final String INVITATION_COLUMNS = "SELECT id, inviter_id, invitee_id, status, sent_at"
            + " FROM peer_invitation";

    @Override
    public List<PartnerInvitation> invitations(long contextId, String assignmentId, long userId) {
        return sql.list(INVITATION_COLUMNS + " WHERE context_id = ? AND assignment_id = ?"
                        + " AND (inviter_id = ? OR invitee_id = ?) AND status IN ('OPEN', 'DECLINED')"
                        + " ORDER BY sent_at, id",
                JdbcPeerCoachingStore::invitation, contextId, assignmentId, userId, userId);
    }

    @Override
    public Optional<PartnerInvitation> invitation(long contextId, String assignmentId, long invitationId) {
        return sql.one(INVITATION_COLUMNS + " WHERE id = ? AND context_id = ? AND assignment_id = ?",
                JdbcPeerCoachingStore::invitation, invitationId, contextId, assignmentId);
    }

    @Override
    public Inviting invite(long contextId, String assignmentId, long inviter, long invitee, int maxPartners,
                           Instant now) {
        long first = Math.min(inviter, invitee);
        long second = Math.max(inviter, invitee);
        lockMemberships(contextId, first, second);
        if (partnered(contextId, assignmentId, first, second)) {
            return Inviting.ALREADY_PARTNERS;
        }
        String pair = first + "-" + second;
        if (sql.one("SELECT id FROM peer_invitation WHERE context_id = ? AND assignment_id = ? AND open_pair = ?",
                row -> row.getLong("id"), contextId, assignmentId, pair).isPresent()) {
            return Inviting.ALREADY_INVITED;
        }
        Map<Long, Long> partners = partnerCounts(contextId, assignmentId, inviter, invitee);
        long openSent = sql.one("SELECT COUNT(*) AS n FROM peer_invitation WHERE context_id = ? AND assignment_id = ?"
                + " AND inviter_id = ? AND status = 'OPEN'", row -> row.getLong("n"), contextId, assignmentId, inviter)
                .orElse(0L);
        if (partners.getOrDefault(inviter, 0L) + openSent >= maxPartners) {
            return Inviting.INVITER_FULL;
        }
        if (partners.getOrDefault(invitee, 0L) >= maxPartners) {
            return Inviting.INVITEE_FULL;
        }
        sql.insert("INSERT INTO peer_invitation (context_id, assignment_id, inviter_id, invitee_id, status, open_pair,"
                + " sent_at) VALUES (?, ?, ?, ?, 'OPEN', ?, ?)", contextId, assignmentId, inviter, invitee, pair, now);
        return Inviting.SENT;
    }

    @Override
    public boolean answer(long invitationId, PartnerInvitation.Status status, Instant now) {
        return sql.update("UPDATE peer_invitation SET status = ?, open_pair = NULL, answered_at = ?"
                + " WHERE id = ? AND status = 'OPEN'", status.name(), now, invitationId) == 1;
    }

    private static PartnerInvitation invitation(ResultSet row) throws SQLException {
        return new PartnerInvitation(row.getLong("id"), row.getLong("inviter_id"), row.getLong("invitee_id"),
                PartnerInvitation.Status.valueOf(row.getString("status")), Statements.instant(row, "sent_at"));
    }

    /**
     * Locks both memberships, the lower id first: two changes with a person in common wait for each other,
     * so neither can take that person's last free place unseen.
     */
    private void lockMemberships(long contextId, long first, long second) {
        for (long user : List.of(first, second)) {
            sql.list("SELECT user_id FROM lti_membership WHERE context_id = ? AND user_id = ? FOR UPDATE",
                    row -> row.getLong("user_id"), contextId, user);
        }
    }

    private boolean partnered(long contextId, String assignmentId, long first, long second) {
        return sql.one("SELECT id FROM peer_partnership WHERE context_id = ? AND assignment_id = ?"
                        + " AND first_user_id = ? AND second_user_id = ?", row -> row.getLong("id"),
                contextId, assignmentId, first, second).isPresent();
    }

    /** How many partners each of the two has (those without are absent). */
    private Map<Long, Long> partnerCounts(long contextId, String assignmentId, long one, long other) {
        return sql.list("SELECT first_user_id, second_user_id FROM peer_partnership"
                        + " WHERE context_id = ? AND assignment_id = ? AND (" + PARTNERS_OF
                        + " OR " + PARTNERS_OF + ")",
                row -> List.of(row.getLong("first_user_id"), row.getLong("second_user_id")),
                contextId, assignmentId, one, one, other, other).stream()
                .flatMap(List::stream).collect(Collectors.groupingBy(user -> user, Collectors.counting()));
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
        lockMemberships(contextId, first, second);
        Map<Long, Long> counts = partnerCounts(contextId, assignmentId, chooser, partner);
        if (partnered(contextId, assignmentId, first, second)) {
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
    public boolean plan(long observationId, Optional<Instant> plannedAt, String note, Optional<ConversationKind> kind,
                        OptionalInt minutes) {
        return sql.update("UPDATE peer_observation SET planned_at = ?, planning_note = ?, conversation_kind = ?,"
                + " duration_minutes = ?, cancelled_at = NULL, planning_sequence = planning_sequence + 1"
                + " WHERE id = ? AND submitted_at IS NULL", plannedAt, note, kind.map(ConversationKind::id),
                minutes.isPresent() ? Optional.of(minutes.getAsInt()) : Optional.empty(), observationId) == 1;
    }

    @Override
    public boolean cancel(long observationId, Instant now) {
        return sql.update("UPDATE peer_observation SET cancelled_at = ?, planning_sequence = planning_sequence + 1"
                + " WHERE id = ? AND submitted_at IS NULL AND planned_at IS NOT NULL AND cancelled_at IS NULL",
                now, observationId) == 1;
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
