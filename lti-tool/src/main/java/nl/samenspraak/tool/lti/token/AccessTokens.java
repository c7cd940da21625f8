package nl.samenspraak.tool.lti.token;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Access tokens for the LTI services: the cached one while it has more than {@link #RENEW_BEFORE} to live,
 * else a new one from the platform. One request at a time per cache key within this server, so a burst of
 * scores asks for one token, not one each. The database is the shared cache; this server also keeps what it
 * read, so a burst of scores does not read the same row for every score.
 */
@Singleton
public class AccessTokens {

    /** Renewed this long before it expires, so a token never runs out between reading it and using it. */
    public static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

    private final AccessTokenCache cache;
    private final TokenClient client;
    private final Clock clock;
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();
    private final ConcurrentMap<Held, AccessToken> known = new ConcurrentHashMap<>();

    /**
     * What this server keeps in memory is found by what the cache key is made of, so the token for a score
     * costs a map lookup: the key's hash (sorting the scopes, SHA-256) is computed only to go to the database.
     */
    private record Held(TokenEndpoint endpoint, Set<String> scopes) {

        Held {
            scopes = Set.copyOf(scopes);
        }
    }

    @Inject
    public AccessTokens(AccessTokenCache cache, TokenClient client, Clock clock) {
        this.cache = cache;
        this.client = client;
        this.clock = clock;
    }

    /**
     * A token for these scopes.
     *
     * @throws TokenRequestFailedException when a new one was needed and the platform gave none
     */
    public AccessToken token(TokenEndpoint endpoint, Set<String> scopes) {
        Held held = new Held(endpoint, scopes);
        AccessToken kept = known.get(held);
        if (kept != null && fresh(kept)) {
            return kept;
        }
        String key = cacheKey(endpoint, scopes);
        Optional<AccessToken> cached = usable(key);
        if (cached.isPresent()) {
            known.put(held, cached.get());
            return cached.get();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            AccessToken token = usable(key).orElseGet(() -> {
                AccessToken obtained = client.request(endpoint, scopes);
                cache.put(key, obtained, clock.instant());
                return obtained;
            });
            known.put(held, token);
            return token;
        }
    }

    /** The platform refused this token (HTTP 401): the next {@link #token} call asks for a new one. */
    public void rejected(TokenEndpoint endpoint, Set<String> scopes, AccessToken token) {
        known.remove(new Held(endpoint, scopes), token);
        cache.forget(cacheKey(endpoint, scopes), token);
    }

    private Optional<AccessToken> usable(String key) {
        return cache.find(key).filter(this::fresh);
    }

    private boolean fresh(AccessToken token) {
        return token.expiresAt().minus(RENEW_BEFORE).isAfter(clock.instant());
    }

    static String cacheKey(TokenEndpoint endpoint, Set<String> scopes) {
        String identity = endpoint.tokenUrl() + "\n" + endpoint.clientId() + "\n"
                + String.join(" ", scopes.stream().sorted().toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
