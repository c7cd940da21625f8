package nl.samenspraak.tool.lti.roster;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.Instant;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;

/** {@link RosterStore} in {@code lti_user}, {@code lti_membership} and the roster columns of {@code lti_context}. */
@Singleton
public class JdbcRosterStore implements RosterStore {

    private static final int MAX_PROBLEM = 500;

    private final Sql sql;

    @Inject
    public JdbcRosterStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<CourseRoster> course(long contextId) {
        return sql.one("SELECT id, registration_id, memberships_url, roster_synced_at, roster_truncated,"
                        + " roster_tried_at, roster_problem FROM lti_context WHERE id = ?",
                row -> new CourseRoster(row.getLong("id"), row.getLong("registration_id"),
                        Statements.optional(row, "memberships_url").map(URI::create),
                        Optional.ofNullable(Statements.instant(row, "roster_synced_at")),
                        row.getBoolean("roster_truncated"),
                        Optional.ofNullable(Statements.instant(row, "roster_tried_at")),
                        Statements.optional(row, "roster_problem")), contextId);
    }

    @Override
    public boolean claim(long contextId, Instant now, Instant triedBefore) {
        return sql.update("UPDATE lti_context SET roster_tried_at = ? WHERE id = ?"
                + " AND (roster_tried_at IS NULL OR roster_tried_at < ?)", now, contextId, triedBefore) == 1;
    }

    @Override
    public void save(long contextId, long registrationId, MembershipClient.Roster roster, Instant now) {
        sql.transaction(tx -> {
            Map<String, Long> users = new HashMap<>();
            tx.list("SELECT id, subject FROM lti_user WHERE registration_id = ?",
                    row -> Map.entry(row.getString("subject"), row.getLong("id")), registrationId)
                    .forEach(user -> users.put(user.getKey(), user.getValue()));
            Set<Long> members = new HashSet<>(tx.list("SELECT user_id FROM lti_membership WHERE context_id = ?",
                    row -> row.getLong("user_id"), contextId));
            Set<Long> listed = new HashSet<>();
            for (MembershipContainer.Member member : roster.members()) {
                Long userId = users.get(member.userId());
                if (userId == null) {
                    userId = tx.insert("INSERT INTO lti_user (registration_id, subject, name, given_name, family_name,"
                                    + " created_at) VALUES (?, ?, ?, ?, ?, ?)", registrationId, member.userId(),
                            member.name(), member.givenName(), member.familyName(), now);
                    users.put(member.userId(), userId);
                } else {
                    // Names the roster leaves out (privacy settings) do not erase what a launch sent.
                    tx.update("UPDATE lti_user SET name = COALESCE(?, name), given_name = COALESCE(?, given_name),"
                                    + " family_name = COALESCE(?, family_name) WHERE id = ?",
                            member.name(), member.givenName(), member.familyName(), userId);
                }
                if (!listed.add(userId)) {
                    continue;
                }
                Object[] values = {member.roles().joined(), member.roles().toolRole(), now, contextId, userId};
                if (members.contains(userId)) {
                    tx.update("UPDATE lti_membership SET roles = ?, tool_role = ?, listed_at = ?, left_at = NULL"
                            + " WHERE context_id = ? AND user_id = ?", values);
                } else {
                    tx.update("INSERT INTO lti_membership (roles, tool_role, listed_at, context_id, user_id)"
                            + " VALUES (?, ?, ?, ?, ?)", values);
                }
            }
            if (!roster.truncated()) {
                tx.update("UPDATE lti_membership SET left_at = ? WHERE context_id = ? AND left_at IS NULL"
                        + " AND (listed_at IS NULL OR listed_at < ?)", now, contextId, now);
            }
            tx.update("UPDATE lti_context SET roster_synced_at = ?, roster_truncated = ?, roster_problem = NULL"
                    + " WHERE id = ?", now, roster.truncated(), contextId);
            return null;
        });
    }

    @Override
    public void failed(long contextId, String problem) {
        sql.update("UPDATE lti_context SET roster_problem = ? WHERE id = ?",
                problem.length() > MAX_PROBLEM ? problem.substring(0, MAX_PROBLEM) : problem, contextId);
    }
}
