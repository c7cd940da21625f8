package nl.samenspraak.tool.it.platform;

import static nl.samenspraak.tool.it.platform.PlatformExchanges.form;
import static nl.samenspraak.tool.it.platform.PlatformExchanges.json;
import static nl.samenspraak.tool.it.platform.PlatformExchanges.read;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The grade book's token endpoint: client_credentials for a client assertion signed by the tool's key
 * (iss = sub = client_id, one string as aud, a jti used once, exp ahead), only for scopes it grants.
 */
final class GradebookTokens {

    private final EmulatedPlatform platform;
    private final PlatformGradebook.Flavour flavour;
    private final Supplier<JWKSet> toolKeys;
    private final List<String> problems;
    private final Map<String, Set<String>> tokens = new ConcurrentHashMap<>();
    private final Set<String> usedJtis = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Set<String> grantedScopes = Set.of(PlatformGradebook.SCORE_SCOPE,
            PlatformGradebook.LINE_ITEM_SCOPE, PlatformGradebook.LINE_ITEM_READ_ONLY_SCOPE);
    private volatile long lifetimeSeconds = 3600;

    GradebookTokens(EmulatedPlatform platform, PlatformGradebook.Flavour flavour, Supplier<JWKSet> toolKeys,
                    List<String> problems) {
        this.platform = platform;
        this.flavour = flavour;
        this.toolKeys = toolKeys;
        this.problems = problems;
    }

    void grant(Set<String> scopes) {
        grantedScopes = Set.copyOf(scopes);
    }

    void lifetime(Duration lifetime) {
        lifetimeSeconds = lifetime.toSeconds();
    }

    void expireAll() {
        tokens.clear();
    }

    int requests() {
        return requests.get();
    }

    /** The scopes the token was granted, or null for a token this grade book did not give (or expired). */
    Set<String> scopes(String token) {
        return tokens.get(token);
    }

    void token(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        Map<String, String> form = form(read(exchange));
        String error = check(exchange, form);
        if (error != null) {
            problems.add("token: " + error);
            json(exchange, 400, Map.of("error", "invalid_request", "error_description", error), "application/json");
            return;
        }
        Set<String> scopes = Set.of(form.get("scope").trim().split(" +"));
        String token = UUID.randomUUID().toString();
        tokens.put(token, scopes);
        // Moodle's token.php (4.5) answers its JSON with the web server's default type, text/html.
        json(exchange, 200, Map.of("access_token", token, "token_type", "Bearer", "expires_in", lifetimeSeconds,
                "scope", form.get("scope")), flavour == PlatformGradebook.Flavour.MOODLE ? "text/html; charset=utf-8"
                : "application/json");
    }

    private String check(HttpExchange exchange, Map<String, String> form) {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return "the token request must be a POST";
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            return "the token request must be form-urlencoded, was " + type;
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return "grant_type must be client_credentials";
        }
        if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
            return "client_assertion_type must be jwt-bearer";
        }
        String scope = form.get("scope");
        if (scope == null || scope.isBlank()) {
            return "no scope asked for";
        }
        for (String asked : scope.trim().split(" +")) {
            if (!grantedScopes.contains(asked)) {
                return "scope not granted: " + asked;
            }
        }
        try {
            return checkAssertion(SignedJWT.parse(form.get("client_assertion")));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return "the client_assertion is no signed JWT: " + e.getMessage();
        }
    }

    private String checkAssertion(SignedJWT assertion) throws JOSEException, ParseException {
        if (!JWSAlgorithm.RS256.equals(assertion.getHeader().getAlgorithm())) {
            return "the assertion must be RS256";
        }
        JWK key = toolKeys.get().getKeyByKeyId(assertion.getHeader().getKeyID());
        if (key == null) {
            return "the assertion's kid is not in the tool's key set: " + assertion.getHeader().getKeyID();
        }
        if (!assertion.verify(new RSASSAVerifier((RSAKey) key))) {
            return "the assertion's signature is wrong";
        }
        Map<String, Object> claims = assertion.getJWTClaimsSet().toJSONObject();
        if (!platform.clientId().equals(claims.get("iss")) || !platform.clientId().equals(claims.get("sub"))) {
            return "iss and sub must be the client_id";
        }
        String audience = flavour == PlatformGradebook.Flavour.BRIGHTSPACE ? PlatformGradebook.BRIGHTSPACE_AUDIENCE
                : platform.tokenUrl().toString();
        if (!(claims.get("aud") instanceof String aud) || !aud.equals(audience)) {
            return "aud must be the one string " + audience + ", was " + claims.get("aud");
        }
        Object jti = claims.get("jti");
        if (!(jti instanceof String id) || !usedJtis.add(id)) {
            return "the assertion's jti is missing or used before";
        }
        Object exp = claims.get("exp");
        if (!(exp instanceof Number expires) || expires.longValue() < Instant.now().getEpochSecond()) {
            return "the assertion has no exp in the future";
        }
        return null;
    }
}
