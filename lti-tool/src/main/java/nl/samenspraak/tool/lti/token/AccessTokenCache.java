package nl.samenspraak.tool.lti.token;

import java.time.Instant;
import java.util.Optional;

/** Tokens shared by every server on the database, keyed by a digest of (token URL, client_id, scope set). */
public interface AccessTokenCache {

    Optional<AccessToken> find(String cacheKey);

    void put(String cacheKey, AccessToken token, Instant obtainedAt);

    /** Forgets the token, but only if it is still this one: another server may have renewed it already. */
    void forget(String cacheKey, AccessToken token);
}
