package nl.samenspraak.tool.it.platform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The emulated platform's Assignment and Grade Services: a token endpoint, a line-item container (paged,
 * filtered by resource_link_id), line items and their scores. It checks what the tool sends as the
 * specifications and the platforms' notes say (the assertion's signature, claims and single-string aud, a
 * unique jti, granted scopes only, media types, score payloads, timestamps rising by at least a second) and
 * answers a failure with 400 and what was wrong, which the tests read in {@link #problems()}. It behaves like
 * Moodle (grade kept only for FullyGraded, 409 on a non-rising timestamp, {@code ?type_id=} URLs, the token
 * answered as text/html), Canvas (403
 * Rate Limit Exceeded, new_submission), or Brightspace (its own token audience), and fails on demand.
 */
public final class PlatformGradebook {

    /** How the grade book behaves where platforms differ. */
    public enum Flavour { MOODLE, CANVAS, BRIGHTSPACE }

    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String LINE_ITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String LINE_ITEM_READ_ONLY_SCOPE =
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String BRIGHTSPACE_AUDIENCE = "https://api.brightspace.com/auth/token";
    private static final Set<String> ACTIVITY = Set.of("Initialized", "Started", "InProgress", "Submitted",
            "Completed");
    private static final Set<String> GRADING = Set.of("FullyGraded", "Pending", "PendingManual", "Failed",
            "NotReady");

    /** A score the grade book accepted. */
    public record ReceivedScore(int lineItem, String userId, double scoreGiven, double scoreMaximum,
                                String activityProgress, String gradingProgress, Instant timestamp, String comment,
                                Instant receivedAt) {
    }

    private final EmulatedPlatform platform;
    private final Flavour flavour;
    private final Supplier<JWKSet> toolKeys;
    private final Map<String, Set<String>> tokens = new ConcurrentHashMap<>();
    private final Set<String> usedJtis = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Map<String, Object>> lineItems = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Instant> lastTimestamps = new ConcurrentHashMap<>();
    private final Map<String, Double> grades = new ConcurrentHashMap<>();
    private final List<ReceivedScore> received = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> refusedUsers = new ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger scorePosts = new AtomicInteger();
    private final AtomicInteger nextLineItem = new AtomicInteger(1);
    private final AtomicInteger failures = new AtomicInteger();
    private volatile Set<String> grantedScopes = Set.of(SCORE_SCOPE, LINE_ITEM_SCOPE, LINE_ITEM_READ_ONLY_SCOPE);
    private volatile int failureStatus;
    private volatile Duration failureDelay = Duration.ZERO;
    private volatile CountDownLatch hold;
    private final AtomicInteger heldPosts = new AtomicInteger();
    private volatile String retryAfter;
    private volatile long tokenLifetimeSeconds = 3600;
    private volatile int pageSize = 2;

    private PlatformGradebook(EmulatedPlatform platform, Flavour flavour, Supplier<JWKSet> toolKeys) {
        this.platform = platform;
        this.flavour = flavour;
        this.toolKeys = toolKeys;
        platform.serveTokens(this::token);
        platform.serve("/ags/lineitems", this::lineItems);
        platform.serve("/gradebook", exchange -> send(exchange, 200, page(), "text/html; charset=utf-8"));
    }

    /** Adds a grade book to the platform; the tool's keys are read from its key set for every token request. */
    public static PlatformGradebook on(EmulatedPlatform platform, Flavour flavour, Supplier<JWKSet> toolKeys) {
        return new PlatformGradebook(platform, flavour, toolKeys);
    }

    /** The tool's key set at its public address. */
    public static Supplier<JWKSet> keysOf(URI tool) {
        return () -> {
            try {
                return JWKSet.load(tool.resolve("/lti/jwks").toURL());
            } catch (IOException | ParseException e) {
                throw new IllegalStateException("The tool's key set cannot be read", e);
            }
        };
    }

    /** The line-item container's URL, as the launch's AGS claim names it. */
    public URI lineItemsUrl() {
        return URI.create(platform.issuer() + "/ags/lineitems");
    }

    /** The AGS endpoint claim of a launch, with these scopes and, when given, one line item. */
    public Map<String, Object> endpointClaim(List<String> scopes, URI lineItem) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("scope", scopes);
        claim.put("lineitems", lineItemsUrl().toString());
        if (lineItem != null) {
            claim.put("lineitem", lineItem.toString());
        }
        return claim;
    }

    /** A line item the platform already has (made by the teacher in the grade book), for a link. */
    public URI addLineItem(String label, String resourceLinkId) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("label", label);
        item.put("scoreMaximum", 10.0);
        if (resourceLinkId != null) {
            item.put("resourceLinkId", resourceLinkId);
        }
        return store(item);
    }

    /** The scopes the platform grants a token; the tool must not ask for others. */
    public void grantScopes(Set<String> scopes) {
        grantedScopes = Set.copyOf(scopes);
    }

    public void tokenLifetime(Duration lifetime) {
        tokenLifetimeSeconds = lifetime.toSeconds();
    }

    /** Every token given so far stops working (HTTP 401), as when the platform restarted. */
    public void expireTokens() {
        tokens.clear();
    }

    /** The next {@code count} score posts answer with this status (Retry-After with 429 and Canvas's 403). */
    public void failNext(int count, int status, String retryAfterSeconds) {
        failureStatus = status;
        retryAfter = retryAfterSeconds;
        failures.set(count);
    }

    /** The next {@code count} score posts answer only after this delay (a platform too slow for the tool). */
    public void delayNext(int count, Duration delay) {
        failureStatus = 0;
        failureDelay = delay;
        failures.set(count);
    }

    /** Score posts wait unanswered from now on, as at a platform that stalls while a tool's server dies. */
    public void holdScores() {
        hold = new CountDownLatch(1);
    }

    /** Score posts waiting or arrived since {@link #holdScores()}. */
    public int heldPosts() {
        return heldPosts.get();
    }

    /**
     * The held posts end with 503 and are not recorded, as requests lost with the server that made them; the
     * posts after this are served again.
     */
    public void loseHeldScores() {
        CountDownLatch held = hold;
        hold = null;
        if (held != null) {
            held.countDown();
        }
    }

    /** Scores for this user are refused with this status, as for a teacher who is no student of the course. */
    public void refuseUser(String userId, int status) {
        refusedUsers.put(userId, status);
    }

    public void pageSize(int size) {
        pageSize = size;
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public int scorePosts() {
        return scorePosts.get();
    }

    /** The scores accepted, in the order they arrived. */
    public List<ReceivedScore> received() {
        return List.copyOf(received);
    }

    /** The grade the grade book shows for a user in a line item, if any (Moodle: only FullyGraded ones). */
    public Double grade(int lineItem, String userId) {
        return grades.get(lineItem + "/" + userId);
    }

    /** The line items the platform has, by number. */
    public Map<Integer, Map<String, Object>> lineItems() {
        synchronized (lineItems) {
            return Map.copyOf(lineItems);
        }
    }

    /** What the tool sent wrong; empty when everything was as the specifications say. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        Map<String, String> form = form(read(exchange));
        String error = checkTokenRequest(exchange, form);
        if (error != null) {
            problems.add("token: " + error);
            json(exchange, 400, Map.of("error", "invalid_request", "error_description", error), "application/json");
            return;
        }
        Set<String> scopes = Set.of(form.get("scope").trim().split(" +"));
        String token = UUID.randomUUID().toString();
        tokens.put(token, scopes);
        // Moodle's token.php (4.5) answers its JSON with the web server's default type, text/html.
        json(exchange, 200, Map.of("access_token", token, "token_type", "Bearer", "expires_in", tokenLifetimeSeconds,
                "scope", form.get("scope")), flavour == Flavour.MOODLE ? "text/html; charset=utf-8" : "application/json");
    }

    private String checkTokenRequest(HttpExchange exchange, Map<String, String> form) {
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
            SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
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
            String audience = flavour == Flavour.BRIGHTSPACE ? BRIGHTSPACE_AUDIENCE : platform.tokenUrl().toString();
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
        } catch (ParseException | JOSEException | RuntimeException e) {
            return "the client_assertion is no signed JWT: " + e.getMessage();
        }
    }

    private void lineItems(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/ags/lineitems".length());
        Set<String> scopes = tokens.get(bearer(exchange));
        if (scopes == null) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        if (path.isEmpty() || "/".equals(path)) {
            container(exchange, scopes);
        } else if (path.matches("/\\d+/scores")) {
            score(exchange, scopes, Integer.parseInt(path.substring(1, path.indexOf("/scores"))));
        } else if (path.matches("/\\d+")) {
            Map<String, Object> item = lineItems.get(Integer.parseInt(path.substring(1)));
            if (item == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            } else {
                json(exchange, 200, item, "application/vnd.ims.lis.v2.lineitem+json");
            }
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        }
    }

    private void container(HttpExchange exchange, Set<String> scopes) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (!scopes.contains(LINE_ITEM_SCOPE)) {
                fail(exchange, 403, "creating a line item needs the lineitem scope");
            } else if (!"application/vnd.ims.lis.v2.lineitem+json".equals(type)) {
                fail(exchange, 415, "a new line item must be application/vnd.ims.lis.v2.lineitem+json, was " + type);
            } else {
                try {
                    Map<String, Object> item = new LinkedHashMap<>(JSONObjectUtils.parse(read(exchange)));
                    if (!(item.get("scoreMaximum") instanceof Number max) || max.doubleValue() <= 0
                            || !(item.get("label") instanceof String)) {
                        fail(exchange, 400, "a new line item needs a label and a positive scoreMaximum");
                        return;
                    }
                    URI id = store(item);
                    json(exchange, 201, lineItems.get(number(id)), "application/vnd.ims.lis.v2.lineitem+json");
                } catch (ParseException e) {
                    fail(exchange, 400, "the new line item is no JSON object");
                }
            }
            return;
        }
        if (!scopes.contains(LINE_ITEM_SCOPE) && !scopes.contains(LINE_ITEM_READ_ONLY_SCOPE)) {
            fail(exchange, 403, "reading line items needs a line-item scope");
            return;
        }
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        List<Map<String, Object>> matching = new ArrayList<>();
        synchronized (lineItems) {
            for (Map<String, Object> item : lineItems.values()) {
                String link = query.get("resource_link_id");
                if (link == null || link.equals(item.get("resourceLinkId"))) {
                    matching.add(item);
                }
            }
        }
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int from = Math.min(matching.size(), page * pageSize);
        int to = Math.min(matching.size(), from + pageSize);
        if (to < matching.size()) {
            String next = lineItemsUrl() + "?page=" + (page + 1)
                    + (query.containsKey("resource_link_id") ? "&resource_link_id=" + query.get("resource_link_id") : "");
            exchange.getResponseHeaders().add("Link", "<" + next + ">; rel=\"next\"");
        }
        String body = "[" + String.join(",", matching.subList(from, to).stream()
                .map(JSONObjectUtils::toJSONString).toList()) + "]";
        send(exchange, 200, body, "application/vnd.ims.lis.v2.lineitemcontainer+json");
    }

    private void score(HttpExchange exchange, Set<String> scopes, int lineItem) throws IOException {
        scorePosts.incrementAndGet();
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!"POST".equals(exchange.getRequestMethod())) {
            fail(exchange, 405, "scores are posted");
            return;
        }
        if (!scopes.contains(SCORE_SCOPE)) {
            fail(exchange, 403, "posting a score needs the score scope");
            return;
        }
        if (!lineItems.containsKey(lineItem)) {
            fail(exchange, 404, "no line item " + lineItem);
            return;
        }
        if (flavour == Flavour.MOODLE && !String.valueOf(lineItem).equals(query.get("type_id"))) {
            fail(exchange, 400, "Moodle's scores URL keeps the line item's ?type_id= after /scores");
            return;
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (!"application/vnd.ims.lis.v1.score+json".equals(type)) {
            fail(exchange, 415, "a score must be application/vnd.ims.lis.v1.score+json, was " + type);
            return;
        }
        CountDownLatch held = hold;
        if (held != null) {
            heldPosts.incrementAndGet();
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 503, "lost while held", "text/plain");
            return;
        }
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            if (failureStatus == 0) {
                try {
                    Thread.sleep(failureDelay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                if (retryAfter != null) {
                    exchange.getResponseHeaders().set("Retry-After", retryAfter);
                }
                String body = failureStatus == 403 && flavour == Flavour.CANVAS ? "403 Forbidden (Rate Limit Exceeded)"
                        : "failing on demand";
                send(exchange, failureStatus, body, "text/plain");
                return;
            }
        }
        Map<String, Object> score;
        try {
            score = JSONObjectUtils.parse(read(exchange));
        } catch (ParseException e) {
            fail(exchange, 400, "the score is no JSON object");
            return;
        }
        String problem = checkScore(score);
        if (problem != null) {
            fail(exchange, 400, problem);
            return;
        }
        String userId = (String) score.get("userId");
        Integer refusal = refusedUsers.get(userId);
        if (refusal != null) {
            send(exchange, refusal, "{\"error\":\"User is not a student of this course\"}", "application/json");
            return;
        }
        Instant timestamp = OffsetDateTime.parse((String) score.get("timestamp")).toInstant();
        String key = lineItem + "/" + userId;
        synchronized (lastTimestamps) {
            Instant last = lastTimestamps.get(key);
            // Moodle compares in whole seconds and answers 409; Canvas answers 400 for an older one.
            if (last != null && timestamp.getEpochSecond() <= last.getEpochSecond()) {
                send(exchange, flavour == Flavour.CANVAS ? 400 : 409,
                        "{\"error\":\"The timestamp is not later than the stored one\"}", "application/json");
                return;
            }
            lastTimestamps.put(key, timestamp);
            String grading = (String) score.get("gradingProgress");
            double given = ((Number) score.get("scoreGiven")).doubleValue();
            if ("FullyGraded".equals(grading) || flavour == Flavour.CANVAS && "PendingManual".equals(grading)) {
                grades.put(key, given);
            } else if (flavour == Flavour.MOODLE) {
                grades.remove(key);
            }
            received.add(new ReceivedScore(lineItem, userId, given, ((Number) score.get("scoreMaximum")).doubleValue(),
                    (String) score.get("activityProgress"), grading, timestamp, String.valueOf(score.get("comment")),
                    Instant.now()));
        }
        send(exchange, 200, "", "application/json");
    }

    /** The grade book as a teacher of the platform sees it: every line item's grades per user. */
    private String page() {
        StringBuilder rows = new StringBuilder();
        for (ReceivedScore score : received) {
            Map<String, Object> item = lineItems.get(score.lineItem());
            rows.append("<tr><th scope=\"row\">").append(escape(String.valueOf(item.get("label")))).append("</th><td>")
                    .append(escape(score.userId())).append("</td><td>").append(score.activityProgress()).append("</td><td>")
                    .append(score.gradingProgress()).append("</td><td>")
                    .append(String.format(java.util.Locale.ROOT, "%.0f", score.scoreGiven())).append("</td><td class=\"grade\">")
                    .append(grade(score.lineItem(), score.userId()) == null ? "–"
                            : String.format(java.util.Locale.ROOT, "%.0f", grade(score.lineItem(), score.userId())))
                    .append("</td></tr>");
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Gradebook</title>"
                + "</head><body><main><h1>Emulated gradebook</h1><table id=\"gradebook\"><caption>Scores received,"
                + " oldest first, each with the grade the gradebook keeps for that user now</caption><thead><tr><th scope=\"col\">Grade item</th>"
                + "<th scope=\"col\">User</th><th scope=\"col\">Activity</th><th scope=\"col\">Grading</th>"
                + "<th scope=\"col\">Score sent</th><th scope=\"col\">Grade kept now</th></tr></thead><tbody>" + rows + "</tbody></table></main></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private String checkScore(Map<String, Object> score) {
        if (!(score.get("userId") instanceof String user) || user.isBlank()) {
            return "userId is missing";
        }
        if (!(score.get("scoreGiven") instanceof Number given) || !(score.get("scoreMaximum") instanceof Number max)) {
            return "scoreGiven must travel with scoreMaximum";
        }
        if (given.doubleValue() < 0 || max.doubleValue() <= 0) {
            return "scoreGiven must be 0 or more and scoreMaximum more than 0";
        }
        if (!ACTIVITY.contains(score.get("activityProgress"))) {
            return "activityProgress is not one of the specification's: " + score.get("activityProgress");
        }
        if (!GRADING.contains(score.get("gradingProgress"))) {
            return "gradingProgress is not one of the specification's: " + score.get("gradingProgress");
        }
        try {
            OffsetDateTime.parse(String.valueOf(score.get("timestamp")));
        } catch (DateTimeParseException e) {
            return "timestamp is no ISO 8601 date and time with offset: " + score.get("timestamp");
        }
        if (flavour == Flavour.CANVAS && !(score.get("https://canvas.instructure.com/lti/submission") instanceof Map<?, ?> ext
                && Boolean.FALSE.equals(ext.get("new_submission")))) {
            return "Canvas makes a new submission per score without new_submission: false";
        }
        return null;
    }

    private URI store(Map<String, Object> item) {
        int number = nextLineItem.getAndIncrement();
        String id = lineItemsUrl() + "/" + number + (flavour == Flavour.MOODLE ? "?type_id=" + number : "");
        Map<String, Object> stored = new LinkedHashMap<>(item);
        stored.put("id", id);
        lineItems.put(number, stored);
        return URI.create(id);
    }

    /** The line item's number in one of this grade book's line-item URLs. */
    public static int number(URI lineItem) {
        String path = lineItem.getPath();
        return Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
    }

    private void fail(HttpExchange exchange, int status, String problem) throws IOException {
        problems.add(problem);
        send(exchange, status, "{\"error\":\"" + problem.replace("\"", "'") + "\"}", "application/json");
    }

    private static String bearer(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7) : "";
    }

    private static String read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body, String type) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) body;
        send(exchange, status, JSONObjectUtils.toJSONString(object), type);
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
