package nl.samenspraak.tool.lti.token;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.DataAccessException;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;

/** {@link AccessTokenCache} in the {@code lti_access_token} table. */
@Singleton
public class JdbcAccessTokenCache implements AccessTokenCache {

    private final Sql sql;

    @Inject
    public JdbcAccessTokenCache(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<AccessToken> find(String cacheKey) {
        return sql.one("SELECT access_token, expires_at FROM lti_access_token WHERE cache_key = ?",
                row -> new AccessToken(row.getString("access_token"), Statements.instant(row, "expires_at")), cacheKey);
    }

    @Override
    public void put(String cacheKey, AccessToken token, Instant obtainedAt) {
        try {
            sql.transaction(tx -> {
                if (tx.update("UPDATE lti_access_token SET access_token = ?, expires_at = ?, obtained_at = ?"
                        + " WHERE cache_key = ?", token.value(), token.expiresAt(), obtainedAt, cacheKey) == 0) {
                    tx.update("INSERT INTO lti_access_token (cache_key, access_token, expires_at, obtained_at)"
                            + " VALUES (?, ?, ?, ?)", cacheKey, token.value(), token.expiresAt(), obtainedAt);
                }
                return null;
            });
        } catch (DataAccessException e) {
            // Another server stored a token for the same key at the same moment: either one will do.
            if (!e.isDuplicateKey()) {
                throw e;
            }
        }
    }

    @Override
    public void forget(String cacheKey, AccessToken token) {
        sql.update("DELETE FROM lti_access_token WHERE cache_key = ? AND access_token = ?", cacheKey, token.value());
    }
}
