package nl.samenspraak.tool.lti.deeplinking;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;

/** {@link LinkSettings} from the columns the launches write in {@code lti_resource_link}. */
@Singleton
public class JdbcLinkSettings implements LinkSettings {

    private static final String SELECT = "SELECT id, assignment_id, title, score_maximum, needs_approval, due_at"
            + " FROM lti_resource_link WHERE assignment_id IS NOT NULL AND ";

    private final Sql sql;

    @Inject
    public JdbcLinkSettings(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<LinkSetting> forAssignment(long contextId, String assignmentId) {
        return sql.list(SELECT + "context_id = ? AND assignment_id = ? ORDER BY id", JdbcLinkSettings::setting,
                contextId, assignmentId);
    }

    @Override
    public List<LinkSetting> forCourse(long contextId) {
        return sql.list(SELECT + "context_id = ? ORDER BY id", JdbcLinkSettings::setting, contextId);
    }

    @Override
    public Optional<LinkSetting> forLink(long resourceLinkId) {
        return sql.one(SELECT + "id = ?", JdbcLinkSettings::setting, resourceLinkId);
    }

    private static LinkSetting setting(ResultSet row) throws SQLException {
        double score = row.getDouble("score_maximum");
        Optional<Double> scoreMaximum = row.wasNull() ? Optional.empty() : Optional.of(score);
        return new LinkSetting(row.getLong("id"), row.getString("assignment_id"), Statements.optional(row, "title"),
                scoreMaximum, row.getBoolean("needs_approval"),
                Optional.ofNullable(Statements.instant(row, "due_at")));
    }
}
