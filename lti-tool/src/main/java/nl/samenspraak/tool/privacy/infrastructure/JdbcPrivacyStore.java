package nl.samenspraak.tool.privacy.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.privacy.application.Actor;
import nl.samenspraak.tool.privacy.application.AuditAction;
import nl.samenspraak.tool.privacy.application.ErasureSummary;
import nl.samenspraak.tool.privacy.application.ExportTexts;
import nl.samenspraak.tool.privacy.application.PrivacyStore;
import nl.samenspraak.tool.privacy.application.TeacherExport;
import nl.samenspraak.tool.privacy.application.TeacherListing;

/**
 * {@link PrivacyStore} over the tables the launches and the work API fill. An export reads one query per
 * table for the teacher's whole history. An erasure keeps the user row as an empty shell (names gone, the
 * subject replaced), so that observations they submitted for a partner stay, from "a former participant".
 */
@Singleton
public class JdbcPrivacyStore implements PrivacyStore {

    /** The user's own work rows; the parts of the work are found through them. */
    private static final String OWN_WORK = "SELECT id FROM teacher_work WHERE user_id = ?";
    /** Observations the teacher wrote, and the submitted ones they received: what they can see. */
    /** A coaching group ({@code peer_partnership}) the user is or was a member of. */
    private static final String HAS_THEM = "id IN (SELECT partnership_id FROM peer_group_member WHERE user_id = ?)";
    private static final String ANY_SUBMITTED = "EXISTS (SELECT 1 FROM peer_observation o"
            + " WHERE o.partnership_id = peer_partnership.id AND o.submitted_at IS NOT NULL)";
    private static final String THEIR_OBSERVATIONS = "(o.observer_id = ? OR (o.observed_id = ? AND o.submitted_at IS NOT NULL))";

    private final Sql sql;

    @Inject
    public JdbcPrivacyStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<TeacherExport> export(long userId, Actor actor, ExportTexts texts, Instant now) {
        return sql.transaction(tx -> {
            Optional<TeacherExport.Person> person = person(tx, userId);
            if (person.isEmpty()) {
                return Optional.empty();
            }
            if (actor.userId().filter(id -> id == userId).isEmpty()) {
                JdbcAuditTrail.insert(tx, actor, AuditAction.EXPORTED, List.of(userId), Optional.empty(), now);
            }
            List<TeacherExport.Observation> given = new ArrayList<>();
            List<TeacherExport.Observation> received = new ArrayList<>();
            observations(tx, userId, texts, given, received);
            return Optional.of(new TeacherExport(now, person.get(), memberships(tx, userId), work(tx, userId, texts),
                    invitations(tx, userId, texts), given, received, TeacherExport.auditViews(JdbcAuditTrail.about(tx, userId))));
        });
    }

    @Override
    public List<TeacherListing> teachers(String text, int limit) {
        String pattern = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return sql.list("SELECT u.id, u.name, u.given_name, u.family_name, u.subject, u.last_launch_at,"
                        + " r.name AS platform, (SELECT COUNT(*) FROM lti_membership m WHERE m.user_id = u.id) AS courses"
                        + " FROM lti_user u JOIN platform_registration r ON r.id = u.registration_id"
                        + " WHERE u.erased_at IS NULL AND (LOWER(COALESCE(u.name, '')) LIKE ? ESCAPE '\\'"
                        + " OR LOWER(COALESCE(u.given_name, '') || ' ' || COALESCE(u.family_name, '')) LIKE ? ESCAPE '\\'"
                        + " OR LOWER(u.subject) LIKE ? ESCAPE '\\')"
                        + " ORDER BY u.last_launch_at DESC, u.id DESC LIMIT ?",
                row -> new TeacherListing(row.getLong("id"), PersonNames.sent(row, ""), row.getString("platform"),
                        row.getString("subject"), row.getInt("courses"), Statements.instant(row, "last_launch_at")),
                pattern, pattern, pattern, limit);
    }

    @Override
    public Optional<ErasureSummary> erasurePreview(long userId) {
        return sql.transaction(tx -> summary(tx, userId));
    }

    @Override
    public Optional<ErasureSummary> erase(long userId, Actor actor, Instant now) {
        return sql.transaction(tx -> {
            Optional<ErasureSummary> summary = summary(tx, userId);
            if (summary.isEmpty()) {
                return summary;
            }
            // Invitations to or from them go, open or answered: who asked whom is about them.
            tx.update("DELETE FROM peer_invitation WHERE inviter_id = ? OR invitee_id = ?", userId, userId);
            // Their groups with nothing submitted end, so the colleagues may be grouped anew; ended, not deleted,
            // so each colleague keeps what they wrote. A group with submitted work stays (the trainer may change it).
            tx.update("UPDATE peer_partnership SET ended_at = ? WHERE ended_at IS NULL AND " + HAS_THEM
                    + " AND NOT " + ANY_SUBMITTED, now, userId);
            tx.update("UPDATE peer_group_member SET active_user_id = NULL WHERE active_user_id IS NOT NULL AND"
                    + " partnership_id IN (SELECT id FROM peer_partnership WHERE ended_at IS NOT NULL AND " + HAS_THEM + ")",
                    userId);
            // What they wrote but never submitted goes; what they submitted stays with the partner who received it.
            tx.update("DELETE FROM peer_observation_mark WHERE observation_id IN"
                    + " (SELECT id FROM peer_observation WHERE observer_id = ? AND submitted_at IS NULL)", userId);
            tx.update("UPDATE peer_observation SET planned_at = NULL, planning_note = '', compliment = '', tip = '',"
                    + " saved_at = NULL WHERE observer_id = ? AND submitted_at IS NULL", userId);
            tx.update("DELETE FROM teacher_work WHERE user_id = ?", userId);
            tx.update("DELETE FROM lti_membership WHERE user_id = ?", userId);
            // Who looked at their work is about them too; the record of the erasure itself is what stays.
            tx.update("DELETE FROM audit_record WHERE subject_user_id = ?", userId);
            tx.update("UPDATE lti_user SET subject = ?, name = NULL, given_name = NULL, family_name = NULL,"
                    + " locale = NULL, erased_at = ? WHERE id = ?", "erased:" + userId, now, userId);
            JdbcAuditTrail.insert(tx, actor, AuditAction.ERASED, List.of(userId), Optional.empty(), now);
            return summary;
        });
    }

    private static Optional<ErasureSummary> summary(Statements tx, long userId) {
        record Found(Optional<String> name, String platform) {
        }
        Optional<Found> user = tx.one("SELECT u.name, u.given_name, u.family_name, r.name AS platform FROM lti_user u"
                        + " JOIN platform_registration r ON r.id = u.registration_id WHERE u.id = ? AND u.erased_at IS NULL",
                row -> new Found(PersonNames.sent(row, ""), row.getString("platform")), userId);
        return user.map(found -> new ErasureSummary(userId, found.name(), found.platform(),
                count(tx, "SELECT COUNT(*) FROM lti_membership WHERE user_id = ?", userId),
                count(tx, "SELECT COUNT(*) FROM teacher_work WHERE user_id = ?", userId),
                count(tx, "SELECT COUNT(*) FROM work_answer WHERE work_id IN (" + OWN_WORK + ")", userId),
                count(tx, "SELECT COUNT(*) FROM peer_observation WHERE observer_id = ? AND submitted_at IS NOT NULL",
                        userId),
                count(tx, "SELECT COUNT(*) FROM peer_partnership WHERE ended_at IS NULL AND " + HAS_THEM
                        + " AND NOT " + ANY_SUBMITTED, userId)));
    }

    private static int count(Statements tx, String query, Object... parameters) {
        return tx.one(query, row -> row.getInt(1), parameters).orElse(0);
    }

    private static Optional<TeacherExport.Person> person(Statements tx, long userId) {
        return tx.one("SELECT u.id, u.subject, u.name, u.given_name, u.family_name, u.locale, u.created_at,"
                        + " u.last_launch_at, r.name AS platform FROM lti_user u"
                        + " JOIN platform_registration r ON r.id = u.registration_id WHERE u.id = ? AND u.erased_at IS NULL",
                row -> new TeacherExport.Person(row.getLong("id"), row.getString("platform"), row.getString("subject"),
                        row.getString("name"), row.getString("given_name"), row.getString("family_name"),
                        row.getString("locale"), Statements.instant(row, "created_at"),
                        Statements.instant(row, "last_launch_at")), userId);
    }

    private static List<TeacherExport.Membership> memberships(Statements tx, long userId) {
        return tx.list("SELECT m.context_id, COALESCE(c.title, c.label, c.context_key) AS course, m.tool_role, m.roles,"
                        + " m.last_launch_at FROM lti_membership m JOIN lti_context c ON c.id = m.context_id"
                        + " WHERE m.user_id = ? ORDER BY m.last_launch_at DESC, m.context_id",
                row -> new TeacherExport.Membership(row.getLong("context_id"), row.getString("course"),
                        row.getString("tool_role").toLowerCase(), row.getString("roles"),
                        Statements.instant(row, "last_launch_at")), userId);
    }

    private static List<TeacherExport.Work> work(Statements tx, long userId, ExportTexts texts) {
        Map<Long, List<TeacherExport.Answer>> answers = grouped(tx.list("SELECT w.id AS work_id, w.assignment_id,"
                        + " a.question_id, a.text_value, a.choice_value, a.scale_value, a.updated_at FROM work_answer a"
                        + " JOIN teacher_work w ON w.id = a.work_id WHERE w.user_id = ? ORDER BY a.work_id, a.question_id",
                row -> Map.entry(row.getLong("work_id"), new TeacherExport.Answer(row.getString("question_id"),
                        texts.question(row.getString("assignment_id"), row.getString("question_id")).orElse(null),
                        row.getString("text_value"), row.getString("choice_value"),
                        (Integer) row.getObject("scale_value", Integer.class), Statements.instant(row, "updated_at"))),
                userId));
        Map<Long, List<TeacherExport.Watched>> watched = grouped(tx.list("SELECT work_id, from_seconds, to_seconds"
                        + " FROM work_watched WHERE work_id IN (" + OWN_WORK + ") ORDER BY work_id, from_seconds",
                row -> Map.entry(row.getLong("work_id"), new TeacherExport.Watched(row.getDouble("from_seconds"),
                        row.getDouble("to_seconds"))), userId));
        Map<Long, Map<String, Integer>> responses = new LinkedHashMap<>();
        tx.list("SELECT r.attempt_id, r.statement_id, r.scale_value FROM quickscan_response r"
                        + " JOIN quickscan_attempt q ON q.id = r.attempt_id WHERE q.work_id IN (" + OWN_WORK + ")"
                        + " ORDER BY r.attempt_id, r.statement_id",
                row -> responses.computeIfAbsent(row.getLong("attempt_id"), id -> new LinkedHashMap<>())
                        .put(row.getString("statement_id"), row.getInt("scale_value")), userId);
        Map<Long, List<TeacherExport.QuickscanAttempt>> attempts = grouped(tx.list("SELECT id, work_id, number,"
                        + " sector_id, started_at, submitted_at FROM quickscan_attempt WHERE work_id IN (" + OWN_WORK + ")"
                        + " ORDER BY work_id, number",
                row -> Map.entry(row.getLong("work_id"), new TeacherExport.QuickscanAttempt(row.getInt("number"),
                        row.getString("sector_id"), Statements.instant(row, "started_at"),
                        Statements.instant(row, "submitted_at"), responses.getOrDefault(row.getLong("id"), Map.of()))),
                userId));
        Map<Long, List<TeacherExport.Action>> actions = grouped(tx.list("SELECT work_id, position, option_id, own_text,"
                        + " planned_for, done FROM action_plan_item WHERE work_id IN (" + OWN_WORK + ")"
                        + " ORDER BY work_id, position",
                row -> Map.entry(row.getLong("work_id"), new TeacherExport.Action(row.getInt("position"),
                        row.getString("option_id"), row.getString("own_text"),
                        row.getObject("planned_for", LocalDate.class), row.getBoolean("done"))), userId));
        return tx.list("SELECT w.id, w.assignment_id, COALESCE(c.title, c.label, c.context_key) AS course, w.opened_at,"
                        + " w.submitted_at, w.reopened_at, w.updated_at FROM teacher_work w"
                        + " LEFT JOIN lti_context c ON c.id = w.context_id WHERE w.user_id = ? ORDER BY w.opened_at, w.id",
                row -> {
                    long id = row.getLong("id");
                    String assignment = row.getString("assignment_id");
                    return new TeacherExport.Work(assignment, texts.assignmentTitle(assignment).orElse(null),
                            row.getString("course"), Statements.instant(row, "opened_at"),
                            Statements.instant(row, "submitted_at"), Statements.instant(row, "reopened_at"),
                            Statements.instant(row, "updated_at"), answers.getOrDefault(id, List.of()),
                            watched.getOrDefault(id, List.of()), attempts.getOrDefault(id, List.of()),
                            actions.getOrDefault(id, List.of()));
                }, userId);
    }

    private static void observations(Statements tx, long userId, ExportTexts texts,
                                     List<TeacherExport.Observation> given, List<TeacherExport.Observation> received) {
        Map<Long, Map<String, TeacherExport.Mark>> marks = new LinkedHashMap<>();
        tx.list("SELECT k.observation_id, k.behaviour_id, k.mark_id, k.example FROM peer_observation_mark k"
                        + " JOIN peer_observation o ON o.id = k.observation_id WHERE " + THEIR_OBSERVATIONS
                        + " ORDER BY k.observation_id, k.behaviour_id",
                row -> marks.computeIfAbsent(row.getLong("observation_id"), id -> new LinkedHashMap<>())
                        .put(row.getString("behaviour_id"), new TeacherExport.Mark(row.getString("mark_id"),
                                row.getString("example"))), userId, userId);
        tx.list("SELECT o.id, o.observer_id, o.planned_at, o.planning_note, o.conversation_kind, o.duration_minutes,"
                        + " o.cancelled_at, o.compliment, o.tip, o.saved_at,"
                        + " o.submitted_at, o.read_at, p.assignment_id, COALESCE(c.title, c.label, c.context_key) AS course,"
                        + " u.name, u.given_name, u.family_name, u.subject, u.erased_at FROM peer_observation o"
                        + " JOIN peer_partnership p ON p.id = o.partnership_id JOIN lti_context c ON c.id = p.context_id"
                        + " JOIN lti_user u ON u.id = CASE WHEN o.observer_id = ? THEN o.observed_id ELSE o.observer_id END"
                        + " WHERE " + THEIR_OBSERVATIONS + " ORDER BY o.id",
                row -> {
                    TeacherExport.Observation observation = new TeacherExport.Observation(row.getString("assignment_id"),
                            row.getString("course"), PersonNames.of(row, "").orElse(texts.formerParticipant()),
                            Statements.instant(row, "planned_at"), row.getString("planning_note"),
                            row.getString("conversation_kind"), (Integer) row.getObject("duration_minutes", Integer.class),
                            Statements.instant(row, "cancelled_at"), marks.getOrDefault(row.getLong("id"), Map.of()), row.getString("compliment"),
                            row.getString("tip"), Statements.instant(row, "saved_at"),
                            Statements.instant(row, "submitted_at"), Statements.instant(row, "read_at"));
                    (row.getLong("observer_id") == userId ? given : received).add(observation);
                    return observation;
                }, userId, userId, userId);
    }

    /** The invitations the teacher sent and received, with the colleague named as the observations name them. */
    private static List<TeacherExport.Invitation> invitations(Statements tx, long userId, ExportTexts texts) {
        return tx.list("SELECT i.inviter_id, i.assignment_id, i.status, i.sent_at, i.answered_at,"
                        + " COALESCE(c.title, c.label, c.context_key) AS course,"
                        + " u.name, u.given_name, u.family_name, u.subject, u.erased_at FROM peer_invitation i"
                        + " JOIN lti_context c ON c.id = i.context_id"
                        + " JOIN lti_user u ON u.id = CASE WHEN i.inviter_id = ? THEN i.invitee_id ELSE i.inviter_id END"
                        + " WHERE i.inviter_id = ? OR i.invitee_id = ? ORDER BY i.sent_at, i.id",
                row -> new TeacherExport.Invitation(row.getString("assignment_id"), row.getString("course"),
                        row.getLong("inviter_id") == userId ? "sent" : "received",
                        PersonNames.of(row, "").orElse(texts.formerParticipant()),
                        row.getString("status").toLowerCase(), Statements.instant(row, "sent_at"),
                        Statements.instant(row, "answered_at")), userId, userId, userId);
    }

    private static <V> Map<Long, List<V>> grouped(List<Map.Entry<Long, V>> rows) {
        Map<Long, List<V>> grouped = new LinkedHashMap<>();
        rows.forEach(entry -> grouped.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        return grouped;
    }
}
