package nl.samenspraak.tool.lti.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import nl.samenspraak.tool.infrastructure.web.LogValues;
import nl.samenspraak.tool.infrastructure.web.OutboundAddresses;

/**
 * The platforms' public key sets, fetched from their key-set URLs and cached for as long as the response's
 * Cache-Control allows ({@code max-age}, or nothing for {@code no-store}/{@code no-cache}; five minutes when
 * it says nothing; never more than a day). A token signed with a kid the cached set does not know makes one
 * new fetch, and such fetches happen at most once per {@link #REFETCH_INTERVAL} per URL: a platform that
 * rotated its key is followed at once, while a stream of made-up kids cannot make the tool hammer it. The
 * address must pass {@link OutboundAddresses}, and at most {@link #MAX_BYTES} of the answer are read.
 */
@Singleton
public class PlatformKeySets {

    private static final Logger LOG = Logger.getLogger(PlatformKeySets.class.getName());

    static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
    static final Duration MAX_TTL = Duration.ofDays(1);
    static final Duration REFETCH_INTERVAL = Duration.ofSeconds(10);
    static final int MAX_BYTES = 1 << 20;

    private final HttpClient http;
    private final OutboundAddresses outbound;
    private final Clock clock;
    private final ConcurrentMap<URI, CachedKeySet> cache = new ConcurrentHashMap<>();
    private final ConcurrentMap<URI, Object> locks = new ConcurrentHashMap<>();

    @Inject
    public PlatformKeySets(HttpClient http, OutboundAddresses outbound, Clock clock) {
        this.http = http;
        this.outbound = outbound;
        this.clock = clock;
    }

    /** @param unknownKidFetchAt when a kid the set did not know last made the tool fetch it */
    private record CachedKeySet(JWKSet keys, Instant expiresAt, Instant unknownKidFetchAt) {
    }

    /**
     * The platform's RSA key with this kid.
     *
     * @throws KeySetException when the set cannot be fetched or has no such RSA key
     */
    public RSAKey key(URI keySetUrl, String kid) {
        Instant now = clock.instant();
        CachedKeySet cached = cache.get(keySetUrl);
        if (cached == null || !now.isBefore(cached.expiresAt())) {
            cached = refresh(keySetUrl, cached, now, Instant.EPOCH);
        }
        Optional<RSAKey> key = find(cached, kid);
        if (key.isEmpty() && !now.isBefore(cached.unknownKidFetchAt().plus(REFETCH_INTERVAL))) {
            cached = refresh(keySetUrl, cached, now, now);
            key = find(cached, kid);
        }
        return key.orElseThrow(() -> new KeySetException(KeySetException.Kind.UNKNOWN_KID,
                "The key set at " + keySetUrl + " has no RSA key with kid " + kid));
    }

    private static Optional<RSAKey> find(CachedKeySet cached, String kid) {
        JWK key = cached.keys().getKeyByKeyId(kid);
        return key instanceof RSAKey rsa ? Optional.of(rsa) : Optional.empty();
    }

    private CachedKeySet refresh(URI keySetUrl, CachedKeySet stale, Instant now, Instant unknownKidFetchAt) {
        synchronized (locks.computeIfAbsent(keySetUrl, url -> new Object())) {
            CachedKeySet current = cache.get(keySetUrl);
            if (current != null && current != stale && now.isBefore(current.expiresAt())) {
                return current; // another thread fetched it while this one waited
            }
            Instant lastUnknownKidFetch = current == null || unknownKidFetchAt.isAfter(current.unknownKidFetchAt())
                    ? unknownKidFetchAt : current.unknownKidFetchAt();
            try {
                CachedKeySet fetched = fetch(keySetUrl, now, lastUnknownKidFetch);
                cache.put(keySetUrl, fetched);
                return fetched;
            } catch (KeySetException e) {
                if (current == null) {
                    throw e;
                }
                // A platform that is briefly unreachable should not stop every launch: keep the old set a minute.
                LOG.warning("Platform key set " + LogValues.quote(keySetUrl.toString())
                        + " could not be refreshed, the cached one is used: " + LogValues.quote(e.getMessage()));
                CachedKeySet extended = new CachedKeySet(current.keys(), now.plus(Duration.ofMinutes(1)),
                        lastUnknownKidFetch);
                cache.put(keySetUrl, extended);
                return extended;
            }
        }
    }

    private CachedKeySet fetch(URI keySetUrl, Instant now, Instant unknownKidFetchAt) {
        try {
            outbound.check(keySetUrl);
        } catch (OutboundAddresses.RefusedAddressException e) {
            throw new KeySetException(KeySetException.Kind.UNREACHABLE, "The key set at " + keySetUrl
                    + " is not fetched: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(keySetUrl).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json, application/jwk-set+json").GET().build();
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // Read no more than the limit: a platform (or whoever answers at its address) cannot fill the memory.
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new KeySetException(KeySetException.Kind.UNREACHABLE, "The key set at " + keySetUrl
                    + " cannot be fetched: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeySetException(KeySetException.Kind.UNREACHABLE, "Interrupted fetching " + keySetUrl);
        }
        if (response.statusCode() != 200) {
            throw new KeySetException(KeySetException.Kind.UNREACHABLE, "The key set at " + keySetUrl
                    + " answered HTTP " + response.statusCode()
                    + (response.statusCode() / 100 == 3 ? ", a redirect, which the tool does not follow" : ""));
        }
        if (body.length > MAX_BYTES) {
            throw new KeySetException(KeySetException.Kind.UNREACHABLE, "The key set at " + keySetUrl + " is too large");
        }
        try {
            JWKSet keys = JWKSet.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            Duration ttl = timeToLive(response.headers().firstValue("Cache-Control"));
            return new CachedKeySet(keys, now.plus(ttl), unknownKidFetchAt);
        } catch (ParseException e) {
            throw new KeySetException(KeySetException.Kind.UNREACHABLE, "The key set at " + keySetUrl
                    + " is not a JSON Web Key Set: " + e.getMessage());
        }
    }

    /** How long a response may be cached, from its Cache-Control header. */
    static Duration timeToLive(Optional<String> cacheControl) {
        if (cacheControl.isEmpty()) {
            return DEFAULT_TTL;
        }
        Duration ttl = DEFAULT_TTL;
        for (String directive : cacheControl.get().toLowerCase(Locale.ROOT).split(",")) {
            String part = directive.strip();
            if (part.equals("no-store") || part.equals("no-cache")) {
                return Duration.ZERO;
            }
            if (part.startsWith("max-age=")) {
                try {
                    ttl = Duration.ofSeconds(Math.max(0, Long.parseLong(part.substring(8).replace("\"", ""))));
                } catch (NumberFormatException e) {
                    ttl = DEFAULT_TTL;
                }
            }
        }
        return ttl.compareTo(MAX_TTL) > 0 ? MAX_TTL : ttl;
    }
}
