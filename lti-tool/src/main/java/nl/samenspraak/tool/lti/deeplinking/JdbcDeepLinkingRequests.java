package nl.samenspraak.tool.lti.deeplinking;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.infrastructure.security.RandomTokens;
import nl.samenspraak.tool.lti.launch.DeepLinkingStarts;
import nl.samenspraak.tool.lti.launch.LtiLaunch;
import nl.samenspraak.tool.lti.launch.RecordedLaunch;

/** {@link DeepLinkingRequests} in {@code lti_deep_linking_request}; expired ones are removed as new ones come. */
@Singleton
public class JdbcDeepLinkingRequests implements DeepLinkingRequests, DeepLinkingStarts {

    /** Time enough to choose among the assignments and fill in their settings. */
    static final Duration LIFETIME = Duration.ofHours(2);

    private final Sql sql;
    private final RandomTokens random;

    @Inject
    public JdbcDeepLinkingRequests(Sql sql, RandomTokens random) {
        this.sql = sql;
        this.random = random;
    }

    @Override
    public String keep(LtiLaunch.DeepLinkingSettings settings, RecordedLaunch launch, long registrationId,
                       String deploymentId, Instant now) {
        String id = random.next();
        sql.update("DELETE FROM lti_deep_linking_request WHERE expires_at < ?", now);
        sql.update("INSERT INTO lti_deep_linking_request (id, registration_id, deployment_id, user_id, context_id,"
                        + " return_url, data, accept_multiple, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, registrationId, deploymentId, launch.userId(), launch.contextId(), settings.returnUrl(),
                settings.data(), settings.acceptMultiple(), now, now.plus(LIFETIME));
        return id;
    }

    @Override
    public Optional<DeepLinkingRequest> find(String id, Instant now) {
        return sql.one("SELECT * FROM lti_deep_linking_request WHERE id = ? AND expires_at > ?",
                JdbcDeepLinkingRequests::request, id, now);
    }

    @Override
    public boolean answer(String id, Instant now) {
        return sql.update("UPDATE lti_deep_linking_request SET answered_at = ? WHERE id = ? AND answered_at IS NULL",
                now, id) == 1;
    }

    private static DeepLinkingRequest request(ResultSet row) throws SQLException {
        long context = row.getLong("context_id");
        Optional<Long> contextId = row.wasNull() ? Optional.empty() : Optional.of(context);
        return new DeepLinkingRequest(row.getString("id"), row.getLong("registration_id"),
                row.getString("deployment_id"), row.getLong("user_id"), contextId,
                URI.create(row.getString("return_url")), Statements.optional(row, "data"),
                row.getBoolean("accept_multiple"), Statements.instant(row, "expires_at"),
                Optional.ofNullable(Statements.instant(row, "answered_at")));
    }
}
