package nl.samenspraak.tool.privacy.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.privacy.application.Actor;
import nl.samenspraak.tool.privacy.application.AuditAction;
import nl.samenspraak.tool.privacy.application.AuditEntry;
import nl.samenspraak.tool.privacy.application.AuditTrail;

/** {@link AuditTrail} in the {@code audit_record} table; the privacy stores write to it inside their own transactions. */
@Singleton
public class JdbcAuditTrail implements AuditTrail {

    private final Sql sql;
    private final Clock clock;

    @Inject
    public JdbcAuditTrail(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public void record(Actor actor, AuditAction action, Collection<Long> subjectUserIds, Optional<Long> contextId) {
        insert(sql, actor, action, subjectUserIds, contextId, clock.instant());
    }

    @Override
    public List<AuditEntry> about(long subjectUserId) {
        return about(sql, subjectUserId);
    }

    /** All records in one statement, whatever their number. */
    static void insert(Statements statements, Actor actor, AuditAction action, Collection<Long> subjectUserIds,
                       Optional<Long> contextId, Instant now) {
        if (subjectUserIds.isEmpty()) {
            return;
        }
        List<Object> values = new ArrayList<>();
        for (long subject : subjectUserIds) {
            Collections.addAll(values, now, actor.kind(), actor.userId(), action, subject, contextId);
        }
        statements.update("INSERT INTO audit_record (occurred_at, actor_kind, actor_user_id, action, subject_user_id,"
                + " context_id) VALUES " + String.join(", ", Collections.nCopies(subjectUserIds.size(),
                "(?, ?, ?, ?, ?, ?)")), values.toArray());
    }

    /** What others did to the subject's work: the records of the subject's own actions are left out. */
    static List<AuditEntry> about(Statements statements, long subjectUserId) {
        return statements.list("SELECT a.occurred_at, a.actor_kind, a.action, u.name, u.given_name, u.family_name,"
                        + " u.subject, u.erased_at, c.title FROM audit_record a"
                        + " LEFT JOIN lti_user u ON u.id = a.actor_user_id LEFT JOIN lti_context c ON c.id = a.context_id"
                        + " WHERE a.subject_user_id = ? AND (a.actor_user_id IS NULL OR a.actor_user_id <> ?)"
                        + " ORDER BY a.occurred_at DESC, a.id DESC",
                row -> new AuditEntry(Statements.instant(row, "occurred_at"), Actor.Kind.valueOf(row.getString("actor_kind")),
                        PersonNames.of(row, ""), AuditAction.valueOf(row.getString("action")),
                        Statements.optional(row, "title")),
                subjectUserId, subjectUserId);
    }
}
