package nl.samenspraak.tool.lti.roster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.samenspraak.tool.infrastructure.security.RandomTokens;
import nl.samenspraak.tool.lti.keys.ToolKey;
import nl.samenspraak.tool.lti.keys.ToolKeyRing;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;

/**
 * {@link PlatformAccessTokens} by the client_credentials grant with a {@code private_key_jwt} assertion signed
 * by the tool's current key: {@code iss} = {@code sub} = client_id, {@code aud} = the token URL as one string,
 * a unique {@code jti}, a short {@code exp}. Tokens are cached per token URL, client_id and scope set and
 * renewed a minute before they expire. Neither the assertion nor the token is ever logged.
 */
@Singleton
public class ClientCredentialsTokens implements PlatformAccessTokens {

    private static final Logger LOG = Logger.getLogger(ClientCredentialsTokens.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
    static final Duration RENEW_BEFORE = Duration.ofMinutes(1);
    /** Token endpoints can be slow. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private record Key(String tokenUrl, String clientId, String scopes) {
    }

    private record Cached(String token, Instant expiresAt) {
    }

    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();
    private final HttpClient http;
    private final ToolKeyRing keys;
    private final RandomTokens random;
    private final Clock clock;

    @Inject
    public ClientCredentialsTokens(HttpClient http, ToolKeyRing keys, RandomTokens random, Clock clock) {
        this.http = http;
        this.keys = keys;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public String token(PlatformRegistration registration, Set<String> scopes) {
        Key key = key(registration, scopes);
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && now.isBefore(cached.expiresAt().minus(RENEW_BEFORE))) {
            return cached.token();
        }
        Cached fresh = request(registration, key.scopes(), now);
        cache.put(key, fresh);
        return fresh.token();
    }

    @Override
    public void forget(PlatformRegistration registration, Set<String> scopes) {
        cache.remove(key(registration, scopes));
    }

    private static Key key(PlatformRegistration registration, Set<String> scopes) {
        return new Key(registration.tokenUrl().toString(), registration.clientId(), String.join(" ", new TreeSet<>(scopes)));
    }

    private Cached request(PlatformRegistration registration, String scopes, Instant now) {
        URI tokenUrl = registration.tokenUrl();
        String form = Map.of(
                        "grant_type", "client_credentials",
                        "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                        "client_assertion", assertion(registration, now),
                        "scope", scopes)
                .entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenUrl).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RosterUnavailableException("the token endpoint " + tokenUrl + " cannot be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RosterUnavailableException("interrupted while asking " + tokenUrl + " for a token");
        }
        if (response.statusCode() != 200) {
            LOG.warning("Token endpoint " + tokenUrl + " answered " + response.statusCode() + " for client_id "
                    + registration.clientId() + " and scope " + scopes);
            throw new RosterUnavailableException("the platform gave no access token (HTTP " + response.statusCode()
                    + "): check that the tool may use the roster service (" + scopes + ")");
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            String token = body.path("access_token").asText("");
            if (token.isEmpty()) {
                throw new RosterUnavailableException("the token endpoint's answer has no access_token");
            }
            long seconds = body.path("expires_in").asLong(3600);
            return new Cached(token, now.plusSeconds(Math.max(seconds, 1)));
        } catch (IOException e) {
            throw new RosterUnavailableException("the token endpoint's answer is not JSON");
        }
    }

    private String assertion(PlatformRegistration registration, Instant now) {
        ToolKey key = keys.signingKey();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(registration.clientId()).subject(registration.clientId())
                .audience(registration.tokenUrl().toString())
                .issueTime(Date.from(now.minusSeconds(5))).expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
                .jwtID(random.next()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key.keyPair()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a client assertion", e);
        }
        return jwt.serialize();
    }
}
