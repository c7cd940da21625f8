package nl.samenspraak.tool.it.platform;

import static nl.samenspraak.tool.it.platform.PlatformExchanges.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platform's Names and Role Provisioning Service and the token endpoint it needs. {@code /token} grants
 * client_credentials to a client assertion signed by the tool's key (iss = sub = client_id, aud = the token
 * URL as one string); {@code /memberships?variant=…} answers with the course's members, {@code pageSize} at a
 * time, in the way a platform pages and names roles:
 * <ul>
 * <li>{@code moodle}: {@code Link: url;rel=next} without brackets or quotes, full role URIs;</li>
 * <li>{@code canvas}: the four links {@code <…>; rel="current|next|first|last"}, short role names;</li>
 * <li>{@code legacy}: LTI 1.1 role URNs and curly quotes around {@code next}.</li>
 * </ul>
 * A request without a token it granted is answered 401.
 */
public final class Memberships {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    /** A member of the course; a null name is one the platform's privacy settings hide. */
    public record Member(String userId, boolean instructor, String name) {
    }

    private final EmulatedPlatform platform;
    private volatile List<Member> members = List.of();
    private volatile int pageSize = 2;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final AtomicInteger pageRequests = new AtomicInteger();

    Memberships(EmulatedPlatform platform) {
        this.platform = platform;
    }

    /** The course's members from now on, and how many go on a page. */
    public void members(List<Member> course, int perPage) {
        members = List.copyOf(course);
        pageSize = perPage;
    }

    /** The memberships URL of a launch, for a paging variant. */
    public URI url(String variant) {
        return URI.create(platform.issuer() + "/memberships?variant=" + variant);
    }

    /** What was wrong in the tool's token or roster requests; empty when all was right. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** How many roster pages were asked for. */
    public int pageRequests() {
        return pageRequests.get();
    }

    void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        List<String> wrong = new ArrayList<>();
        if (!"client_credentials".equals(form.get("grant_type"))) {
            wrong.add("grant_type " + form.get("grant_type"));
        }
        if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
            wrong.add("client_assertion_type " + form.get("client_assertion_type"));
        }
        if (!SCOPE.equals(form.get("scope"))) {
            wrong.add("scope " + form.get("scope"));
        }
        try {
            SignedJWT assertion = SignedJWT.parse(form.getOrDefault("client_assertion", ""));
            RSAKey key = (RSAKey) JWKSet.load(platform.toolJwksUrl().toURL()).getKeyByKeyId(assertion.getHeader().getKeyID());
            Map<String, Object> claims = assertion.getPayload().toJSONObject();
            if (key == null || !assertion.verify(new RSASSAVerifier(key))) {
                wrong.add("the assertion is not signed by the tool's key");
            }
            if (!platform.clientId().equals(claims.get("iss")) || !platform.clientId().equals(claims.get("sub"))) {
                wrong.add("iss and sub are not the client_id");
            }
            if (!platform.tokenUrl().toString().equals(claims.get("aud"))) {
                wrong.add("aud is not the token URL as one string: " + claims.get("aud"));
            }
            if (claims.get("jti") == null || claims.get("exp") == null) {
                wrong.add("no jti or exp");
            }
        } catch (Exception e) {
            wrong.add("the client assertion cannot be read: " + e.getMessage());
        }
        if (!wrong.isEmpty()) {
            problems.addAll(wrong);
            respond(exchange, 400, "application/json", "{\"error\":\"invalid_request\"}", Map.of());
            return;
        }
        String token = UUID.randomUUID().toString();
        tokens.add(token);
        respond(exchange, 200, "application/json", JSON.writeValueAsString(Map.of("access_token", token,
                "token_type", "Bearer", "expires_in", 3600, "scope", SCOPE)), Map.of());
    }

    void memberships(HttpExchange exchange) throws IOException {
        pageRequests.incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ") || !tokens.contains(authorization.substring(7))) {
            respond(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}", Map.of());
            return;
        }
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        if (accept == null || !accept.contains("application/vnd.ims.lti-nrps.v2.membershipcontainer+json")) {
            problems.add("the roster request does not accept the membership container: " + accept);
        }
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String variant = query.getOrDefault("variant", "moodle");
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        List<Member> all = members;
        int size = pageSize;
        int pages = Math.max(1, (all.size() + size - 1) / size);
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Member member : all.subList(Math.min((page - 1) * size, all.size()), Math.min(page * size, all.size()))) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", "Active");
            entry.put("user_id", member.userId());
            entry.put("roles", List.of(role(variant, member.instructor())));
            if (member.name() != null) {
                entry.put("name", member.name());
            }
            listed.add(entry);
        }
        Map<String, String> headers = new HashMap<>();
        String base = platform.issuer() + "/memberships?variant=" + variant + "&page=";
        String link = switch (variant) {
            case "canvas" -> "<" + base + page + ">; rel=\"current\"," + (page < pages ? "<" + base + (page + 1)
                    + ">; rel=\"next\"," : "") + "<" + base + "1>; rel=\"first\",<" + base + pages + ">; rel=\"last\"";
            // The curly quotes as a platform puts them on the wire, in UTF-8 (the server writes header bytes 1:1).
            case "legacy" -> page < pages ? new String(("<" + base + (page + 1) + ">; rel=\u201Cnext\u201D")
                    .getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1) : null;
            default -> page < pages ? base + (page + 1) + ";rel=next" : null;
        };
        if (link != null) {
            headers.put("Link", link);
        }
        String body = JSON.writeValueAsString(Map.of("id", platform.issuer() + "/memberships",
                "context", Map.of("id", "course-1"), "members", listed));
        respond(exchange, 200, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json", body, headers);
    }

    private static String role(String variant, boolean instructor) {
        String name = instructor ? "Instructor" : "Learner";
        return switch (variant) {
            case "canvas" -> name;
            case "legacy" -> "urn:lti:role:ims/lis/" + name;
            default -> "http://purl.imsglobal.org/vocab/lis/v2/membership#" + name;
        };
    }

    private static void respond(HttpExchange exchange, int status, String type, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
