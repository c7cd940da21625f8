package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.lti.launch.ToolRole;
import nl.samenspraak.tool.work.application.CourseRoster;

/**
 * {@link CourseRoster} from the memberships the launches and the roster recorded ({@code lti_membership}),
 * without those who left the course.
 */
@Singleton
public class JdbcCourseRoster implements CourseRoster {

    private static final Comparator<Participant> BY_NAME = Comparator
            .comparing((Participant participant) -> participant.name().isEmpty())
            .thenComparing(participant -> participant.name().orElse(""), String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(Participant::userId);

    private final Sql sql;

    @Inject
    public JdbcCourseRoster(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<Participant> learners(long contextId) {
        return sql.list("SELECT u.id, u.subject, u.name, u.given_name, u.family_name FROM lti_membership m"
                        + " JOIN lti_user u ON u.id = m.user_id WHERE m.context_id = ? AND m.tool_role = ?"
                        + " AND m.left_at IS NULL",
                JdbcCourseRoster::participant, contextId, ToolRole.LEARNER).stream().sorted(BY_NAME).toList();
    }

    @Override
    public Set<Long> launched(long contextId) {
        return Set.copyOf(sql.list("SELECT user_id FROM lti_membership WHERE context_id = ? AND tool_role = ?"
                        + " AND left_at IS NULL AND last_launch_at IS NOT NULL", row -> row.getLong("user_id"),
                contextId, ToolRole.LEARNER));
    }

    @Override
    public Source source(long contextId) {
        return sql.one("SELECT roster_synced_at, roster_truncated FROM lti_context WHERE id = ?",
                row -> {
                    Optional<Instant> synced = Optional.ofNullable(Statements.instant(row, "roster_synced_at"));
                    return new Source(synced.isPresent(), synced, row.getBoolean("roster_truncated"));
                }, contextId).orElse(new Source(false, Optional.empty(), false));
    }

    /** The name the platform sent, or else the given and family names. */
    private static Participant participant(ResultSet row) throws SQLException {
        Optional<String> name = Statements.optional(row, "name").filter(full -> !full.isBlank());
        Optional<String> given = Statements.optional(row, "given_name");
        Optional<String> family = Statements.optional(row, "family_name");
        return new Participant(row.getLong("id"), name.or(() -> joined(given, family)),
                Statements.optional(row, "subject"));
    }

    private static Optional<String> joined(Optional<String> given, Optional<String> family) {
        String name = Stream.of(given, family).flatMap(Optional::stream).collect(Collectors.joining(" "));
        return name.isBlank() ? Optional.empty() : Optional.of(name);
    }
}
