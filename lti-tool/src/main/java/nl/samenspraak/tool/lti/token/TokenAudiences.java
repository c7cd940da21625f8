package nl.samenspraak.tool.lti.token;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;

/**
 * The registration setting for the token assertion's audience: empty means the token URL, which every
 * platform but Brightspace expects; Brightspace wants {@code https://api.brightspace.com/auth/token}.
 */
@Singleton
public class TokenAudiences {

    private final Sql sql;
    private final Clock clock;

    @Inject
    public TokenAudiences(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** @return empty when there is no such registration; else the audience, or an empty string for the token URL */
    public Optional<String> of(long registrationId) {
        return sql.one("SELECT token_audience FROM platform_registration WHERE id = ?",
                row -> Optional.ofNullable(row.getString(1)).orElse(""), registrationId);
    }

    /**
     * Sets the audience; empty or blank sets it back to the token URL.
     *
     * @return false when there is no such registration
     * @throws IllegalArgumentException when the audience is not an absolute https URL
     */
    public boolean set(long registrationId, Optional<String> audience) {
        Optional<String> value = audience.map(String::strip).filter(text -> !text.isEmpty());
        value.ifPresent(TokenAudiences::requireHttpsUrl);
        return sql.update("UPDATE platform_registration SET token_audience = ?, updated_at = ? WHERE id = ?",
                value, clock.instant(), registrationId) == 1;
    }

    private static void requireHttpsUrl(String value) {
        try {
            URI uri = new URI(value);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || value.length() > 1000) {
                throw new IllegalArgumentException("must be an https URL of at most 1000 characters");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("must be an https URL of at most 1000 characters", e);
        }
    }
}
