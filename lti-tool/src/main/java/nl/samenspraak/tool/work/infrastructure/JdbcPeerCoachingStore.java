package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.work.application.ConversationKind;
import nl.samenspraak.tool.work.application.ObservationDraft;
import nl.samenspraak.tool.work.application.PartnerInvitation;
import nl.samenspraak.tool.work.application.CoachingGroup;
import nl.samenspraak.tool.work.application.ObservationCircle;
import nl.samenspraak.tool.work.application.PeerCoachingStore;
import nl.samenspraak.tool.work.application.StoredObservation;

/**
 * {@link PeerCoachingStore} in the tables {@code peer_invitation}, {@code peer_partnership} (a group),
 * {@code peer_group_member}, {@code peer_observation} and {@code peer_observation_mark}.
 */
@Singleton
public class JdbcPeerCoachingStore implements PeerCoachingStore {

    /** An observation can change only while its group is active. */
    private static final String IN_ACTIVE_GROUP = "partnership_id IN (SELECT id FROM peer_partnership WHERE ended_at IS NULL)";

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
    public Inviting invite(long contextId, String assignmentId, long inviter, long invitee, Instant now) {
        lockMembers(contextId, List.of(inviter, invitee));
        Map<Long, Long> groups = groupOf(contextId, assignmentId, List.of(inviter, invitee));
        if (groups.containsKey(inviter) && groups.get(inviter).equals(groups.get(invitee))) {
            return Inviting.ALREADY_PARTNERS;
        }
        String pair = Math.min(inviter, invitee) + "-" + Math.max(inviter, invitee);
        if (sql.one("SELECT id FROM peer_invitation WHERE context_id = ? AND assignment_id = ? AND open_pair = ?",
                row -> row.getLong("id"), contextId, assignmentId, pair).isPresent()) {
            return Inviting.ALREADY_INVITED;
        }
        long openSent = sql.one("SELECT COUNT(*) AS n FROM peer_invitation WHERE context_id = ? AND assignment_id = ?"
                + " AND inviter_id = ? AND status = 'OPEN'", row -> row.getLong("n"), contextId, assignmentId, inviter)
                .orElse(0L);
        if (groups.containsKey(inviter) || openSent > 0) {
            return Inviting.INVITER_FULL;
        }
        if (groups.containsKey(invitee)) {
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

    @Override
    public List<PartnerInvitation> openInvitations(long contextId, String assignmentId) {
        return sql.list(INVITATION_COLUMNS + " WHERE context_id = ? AND assignment_id = ? AND status = 'OPEN'"
                + " ORDER BY sent_at, id", JdbcPeerCoachingStore::invitation, contextId, assignmentId);
    }

    @Override
    public void withdrawOpenInvitations(long contextId, String assignmentId, Collection<Long> users, Instant now) {
        for (long user : users) {
            sql.update("UPDATE peer_invitation SET status = 'WITHDRAWN', open_pair = NULL, answered_at = ?"
                    + " WHERE context_id = ? AND assignment_id = ? AND status = 'OPEN' AND (inviter_id = ? OR invitee_id = ?)",
                    now, contextId, assignmentId, user, user);
        }
    }

    private static PartnerInvitation invitation(ResultSet row) throws SQLException {
        return new PartnerInvitation(row.getLong("id"), row.getLong("inviter_id"), row.getLong("invitee_id"),
                PartnerInvitation.Status.valueOf(row.getString("status")), Statements.instant(row, "sent_at"));
    }

    @Override
    public void lockMembers(long contextId, Collection<Long> users) {
        for (long user : users.stream().sorted().distinct().toList()) {
            sql.list("SELECT user_id FROM lti_membership WHERE context_id = ? AND user_id = ? FOR UPDATE",
                    row -> row.getLong("user_id"), contextId, user);
        }
    }

    /** The active group of each of the users who is in one. */
    private Map<Long, Long> groupOf(long contextId, String assignmentId, List<Long> users) {
        Map<Long, Long> all = groupOfMember(contextId, assignmentId);
        Map<Long, Long> theirs = new HashMap<>();
        users.stream().filter(all::containsKey).forEach(user -> theirs.put(user, all.get(user)));
        return theirs;
    }

    @Override
    public Map<Long, Long> groupOfMember(long contextId, String assignmentId) {
        Map<Long, Long> groups = new HashMap<>();
        sql.list("SELECT g.user_id, g.partnership_id FROM peer_group_member g JOIN peer_partnership p"
                        + " ON p.id = g.partnership_id WHERE g.context_id = ? AND g.assignment_id = ? AND p.ended_at IS NULL",
                row -> groups.put(row.getLong("user_id"), row.getLong("partnership_id")), contextId, assignmentId);
        return groups;
    }

    private record GroupRow(long id, CoachingGroup.FormedBy formedBy, long chosenBy, Instant since,
                            Optional<Instant> endedAt) {
    }

    private static final String GROUP_COLUMNS = "SELECT p.id, p.formed_by, p.chosen_by, p.created_at, p.ended_at"
            + " FROM peer_partnership p";

    private static GroupRow groupRow(ResultSet row) throws SQLException {
        return new GroupRow(row.getLong("id"), CoachingGroup.FormedBy.valueOf(row.getString("formed_by")),
                row.getLong("chosen_by"), Statements.instant(row, "created_at"),
                Optional.ofNullable(Statements.instant(row, "ended_at")));
    }

    @Override
    public List<CoachingGroup> groups(long contextId, String assignmentId, long userId) {
        String theirs = " WHERE p.context_id = ? AND p.assignment_id = ? AND p.id IN"
                + " (SELECT partnership_id FROM peer_group_member WHERE user_id = ?)";
        List<GroupRow> rows = sql.list(GROUP_COLUMNS + theirs + " ORDER BY p.created_at, p.id",
                JdbcPeerCoachingStore::groupRow, contextId, assignmentId, userId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> members = members("g.partnership_id IN (SELECT p.id FROM peer_partnership p" + theirs + ")",
                contextId, assignmentId, userId);
        List<ObservationRows.Located> observations = ObservationRows.where(sql, "p.context_id = ? AND p.assignment_id = ?"
                + " AND (o.observer_id = ? OR o.observed_id = ?)", contextId, assignmentId, userId, userId);
        return assemble(rows, members, observations);
    }

    @Override
    public List<CoachingGroup> activeGroups(long contextId, String assignmentId) {
        String active = " WHERE p.context_id = ? AND p.assignment_id = ? AND p.ended_at IS NULL";
        List<GroupRow> rows = sql.list(GROUP_COLUMNS + active + " ORDER BY p.created_at, p.id",
                JdbcPeerCoachingStore::groupRow, contextId, assignmentId);
        Map<Long, List<Long>> members = members("g.context_id = ? AND g.assignment_id = ? AND g.active_user_id IS NOT NULL",
                contextId, assignmentId);
        return assemble(rows, members, ObservationRows.where(sql, active.substring(" WHERE ".length()),
                contextId, assignmentId));
    }

    /** The members of the groups the condition (on {@code g}) selects, by group, in circle order. */
    private Map<Long, List<Long>> members(String condition, Object... parameters) {
        Map<Long, List<Long>> members = new HashMap<>();
        sql.list("SELECT g.partnership_id, g.user_id FROM peer_group_member g WHERE " + condition
                        + " ORDER BY g.partnership_id, g.position",
                row -> members.computeIfAbsent(row.getLong("partnership_id"), id -> new ArrayList<>())
                        .add(row.getLong("user_id")), parameters);
        return members;
    }

    private static List<CoachingGroup> assemble(List<GroupRow> rows, Map<Long, List<Long>> members,
                                                List<ObservationRows.Located> observations) {
        Map<Long, List<StoredObservation>> byGroup = new HashMap<>();
        observations.forEach(located -> byGroup.computeIfAbsent(located.groupId(), id -> new ArrayList<>())
                .add(located.observation()));
        return rows.stream().map(row -> new CoachingGroup(row.id(), members.getOrDefault(row.id(), List.of()),
                row.formedBy(), row.chosenBy(), row.since(), row.endedAt(), byGroup.getOrDefault(row.id(), List.of())))
                .toList();
    }

    @Override
    public long form(NewGroup group, Instant now) {
        long id = sql.insert("INSERT INTO peer_partnership (context_id, assignment_id, chosen_by, created_at, formed_by)"
                + " VALUES (?, ?, ?, ?, ?)", group.contextId(), group.assignmentId(), group.chosenBy(), now,
                group.formedBy().name());
        for (int position = 0; position < group.members().size(); position++) {
            long member = group.members().get(position);
            sql.update("INSERT INTO peer_group_member (partnership_id, user_id, position, context_id, assignment_id,"
                    + " active_user_id) VALUES (?, ?, ?, ?, ?, ?)", id, member, position, group.contextId(),
                    group.assignmentId(), member);
        }
        for (ObservationCircle.Direction direction : group.directions()) {
            // The predecessor's observation that way moves along, with its planning, draft and links.
            int moved = group.succeeds().isPresent() ? sql.update("UPDATE peer_observation SET partnership_id = ?"
                    + " WHERE partnership_id = ? AND observer_id = ? AND observed_id = ?", id,
                    group.succeeds().getAsLong(), direction.observerId(), direction.observedId()) : 0;
            if (moved == 0) {
                sql.update("INSERT INTO peer_observation (partnership_id, observer_id, observed_id, planning_note,"
                        + " planning_sequence, compliment, tip) VALUES (?, ?, ?, '', 0, '', '')", id,
                        direction.observerId(), direction.observedId());
            }
        }
        return id;
    }

    @Override
    public boolean end(long groupId, Instant now) {
        if (sql.update("UPDATE peer_partnership SET ended_at = ? WHERE id = ? AND ended_at IS NULL", now, groupId) == 0) {
            return false;
        }
        sql.update("UPDATE peer_group_member SET active_user_id = NULL WHERE partnership_id = ?", groupId);
        return true;
    }

    @Override
    public boolean endUnlessSubmitted(long groupId, Instant now) {
        return sql.one("SELECT COUNT(*) AS n FROM peer_observation WHERE partnership_id = ? AND submitted_at IS NOT NULL",
                row -> row.getLong("n"), groupId).orElse(0L) == 0 && end(groupId, now);
    }

    @Override
    public boolean plan(long observationId, Optional<Instant> plannedAt, String note, Optional<ConversationKind> kind,
                        OptionalInt minutes) {
        return sql.update("UPDATE peer_observation SET planned_at = ?, planning_note = ?, conversation_kind = ?,"
                + " duration_minutes = ?, cancelled_at = NULL, planning_sequence = planning_sequence + 1"
                + " WHERE id = ? AND submitted_at IS NULL AND " + IN_ACTIVE_GROUP, plannedAt, note, kind.map(ConversationKind::id),
                minutes.isPresent() ? Optional.of(minutes.getAsInt()) : Optional.empty(), observationId) == 1;
    }

    @Override
    public boolean cancel(long observationId, Instant now) {
        return sql.update("UPDATE peer_observation SET cancelled_at = ?, planning_sequence = planning_sequence + 1"
                + " WHERE id = ? AND submitted_at IS NULL AND planned_at IS NOT NULL AND cancelled_at IS NULL AND "
                + IN_ACTIVE_GROUP,
                now, observationId) == 1;
    }

    @Override
    public void lock(long observationId) {
        sql.list("SELECT id FROM peer_observation WHERE id = ? FOR UPDATE", row -> row.getLong("id"), observationId);
    }

    @Override
    public OptionalLong saveForm(long observationId, ObservationDraft form, Instant now) {
        if (sql.update("UPDATE peer_observation SET compliment = ?, tip = ?, saved_at = ?, form_version = form_version + 1"
                + " WHERE id = ? AND submitted_at IS NULL AND " + IN_ACTIVE_GROUP, form.compliment(), form.tip(), now, observationId) == 0) {
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
        return sql.update("UPDATE peer_observation SET submitted_at = ? WHERE id = ? AND submitted_at IS NULL AND "
                + IN_ACTIVE_GROUP,
                now, observationId) == 1;
    }
}
