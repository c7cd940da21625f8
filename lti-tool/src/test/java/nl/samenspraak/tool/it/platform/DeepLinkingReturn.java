package nl.samenspraak.tool.it.platform;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The platform's deep-linking return URL ({@code /deep-linking/return}, any query string): it takes the form
 * the tool's page posts, verifies the {@code JWT} as a strict platform would (signature by the tool's key set
 * with the header's kid, iss = client_id, aud = the issuer as one string, a nonce never seen before, times,
 * deployment, message type, version; every item an ltiResourceLink to the tool's launch URL with lowercase
 * string custom parameters and a line item) and keeps what it received for the test, with every problem found.
 * It answers with a page naming the items, as a platform's "added" page would.
 */
public final class DeepLinkingReturn {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    /**
     * One response as the platform received it.
     *
     * @param address  the return URL it was posted to, query string included
     * @param items    the content items, as JSON objects
     * @param problems what a strict platform would refuse it for; empty when it is fine
     */
    public record Received(URI address, Map<String, Object> claims, List<Map<String, Object>> items,
                           Optional<String> data, List<String> problems) {

        /** The custom parameters of an item. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> custom(int item) {
            return (Map<String, Object>) items.get(item).get("custom");
        }
    }

    private final EmulatedPlatform platform;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> nonces = new HashSet<>();

    DeepLinkingReturn(EmulatedPlatform platform) {
        this.platform = platform;
    }

    /** Every response received, oldest first. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The latest response received. */
    public Optional<Received> latest() {
        return received.isEmpty() ? Optional.empty() : Optional.of(received.get(received.size() - 1));
    }

    void handle(HttpExchange exchange) throws IOException {
        URI address = URI.create(platform.issuer()).resolve(exchange.getRequestURI());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String jwt = null;
        for (String pair : body.split("&")) {
            if (pair.startsWith("JWT=")) {
                jwt = URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8);
            }
        }
        Received answer = verify(address, exchange.getRequestMethod(), jwt);
        received.add(answer);
        String titles = String.join(", ", answer.items().stream().map(item -> String.valueOf(item.get("title"))).toList());
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Added</title></head><body>"
                + "<main><h1 id=\"result\">" + (answer.problems().isEmpty()
                ? answer.items().size() + " items added" + (titles.isEmpty() ? "" : ": " + escape(titles))
                : "Refused: " + escape(String.join("; ", answer.problems()))) + "</h1></main></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(answer.problems().isEmpty() ? 200 : 400, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @SuppressWarnings("unchecked")
    private Received verify(URI address, String method, String jwt) {
        List<String> problems = new ArrayList<>();
        if (!"POST".equals(method)) {
            problems.add("not a POST but " + method);
        }
        if (jwt == null) {
            problems.add("no JWT form field");
            return new Received(address, Map.of(), List.of(), Optional.empty(), problems);
        }
        JWTClaimsSet claims;
        Map<String, Object> json;
        try {
            SignedJWT signed = SignedJWT.parse(jwt);
            claims = signed.getJWTClaimsSet();
            // The payload as sent: JWTClaimsSet would show a one-element aud array as a string too.
            json = signed.getPayload().toJSONObject();
            if (!JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
                problems.add("not RS256");
            }
            String kid = signed.getHeader().getKeyID();
            JWK key = kid == null ? null : JWKSet.load(platform.toolJwksUrl().toURL()).getKeyByKeyId(kid);
            if (key == null) {
                problems.add("no key with kid " + kid + " in the tool's key set");
            } else if (!signed.verify(new RSASSAVerifier((RSAKey) key))) {
                problems.add("the signature does not verify");
            }
        } catch (Exception e) {
            problems.add("the JWT cannot be read or verified: " + e.getMessage());
            return new Received(address, Map.of(), List.of(), Optional.empty(), problems);
        }
        check(problems, platform.clientId().equals(claims.getIssuer()), "iss is not the client_id: " + claims.getIssuer());
        check(problems, platform.issuer().equals(json.get("aud")), "aud is not the issuer as one string: " + json.get("aud"));
        Object nonce = json.get("nonce");
        synchronized (nonces) {
            check(problems, nonce instanceof String && nonces.add((String) nonce), "the nonce is missing or was used: " + nonce);
        }
        Instant now = Instant.now();
        check(problems, claims.getIssueTime() != null && !claims.getIssueTime().toInstant().isAfter(now.plusSeconds(30))
                && claims.getIssueTime().toInstant().isAfter(now.minusSeconds(300)), "iat is not within the last 5 minutes");
        check(problems, claims.getExpirationTime() != null && claims.getExpirationTime().toInstant().isAfter(now),
                "exp is missing or past");
        check(problems, platform.deploymentId().equals(json.get(LTI + "deployment_id")), "wrong deployment_id");
        check(problems, "LtiDeepLinkingResponse".equals(json.get(LTI + "message_type")), "wrong message_type");
        check(problems, "1.3.0".equals(json.get(LTI + "version")), "wrong version");
        Object contentItems = json.get(DL + "content_items");
        List<Map<String, Object>> items = new ArrayList<>();
        if (contentItems instanceof List<?> list) {
            list.forEach(item -> items.add((Map<String, Object>) item));
        } else {
            problems.add("content_items is not an array");
        }
        for (Map<String, Object> item : items) {
            checkItem(problems, item);
        }
        Optional<String> data = Optional.ofNullable((String) json.get(DL + "data"));
        return new Received(address, json, items, data, problems);
    }

    @SuppressWarnings("unchecked")
    private void checkItem(List<String> problems, Map<String, Object> item) {
        check(problems, "ltiResourceLink".equals(item.get("type")), "an item is not an ltiResourceLink");
        check(problems, platform.redirectUri().toString().equals(item.get("url")),
                "an item's url is not the registered launch URL: " + item.get("url"));
        check(problems, item.get("title") instanceof String, "an item has no title");
        if (item.get("custom") instanceof Map<?, ?> custom) {
            custom.forEach((key, value) -> {
                check(problems, key.equals(((String) key).toLowerCase()), "a custom key is not lowercase: " + key);
                check(problems, value instanceof String && !((String) value).contains("\n"),
                        "a custom value is not a one-line string: " + key);
            });
        } else {
            problems.add("an item has no custom parameters");
        }
        if (item.get("lineItem") instanceof Map<?, ?> lineItem) {
            check(problems, lineItem.get("scoreMaximum") instanceof Number number && number.doubleValue() > 0,
                    "the line item has no positive scoreMaximum");
            check(problems, lineItem.get("label") instanceof String, "the line item has no label");
        } else {
            problems.add("an item has no lineItem");
        }
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
