package nl.samenspraak.tool.it.platform;

import static nl.samenspraak.tool.it.platform.PlatformExchanges.bearer;
import static nl.samenspraak.tool.it.platform.PlatformExchanges.send;
import static nl.samenspraak.tool.it.platform.PlatformExchanges.status;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * Each job has its class: {@link GradebookTokens}, {@link GradebookLineItems}, {@link GradebookScores} and
 * {@link GradebookPage}; this one wires them to the platform and is what the tests hold.
 */
public final class PlatformGradebook {

    /** How the grade book behaves where platforms differ. */
    public enum Flavour { MOODLE, CANVAS, BRIGHTSPACE }

    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String LINE_ITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String LINE_ITEM_READ_ONLY_SCOPE =
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String BRIGHTSPACE_AUDIENCE = "https://api.brightspace.com/auth/token";

    /** A score the grade book accepted. */
    public record ReceivedScore(int lineItem, String userId, double scoreGiven, double scoreMaximum,
                                String activityProgress, String gradingProgress, Instant timestamp, String comment,
                                Instant receivedAt) {
    }

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final GradebookTokens tokens;
    private final GradebookLineItems lineItems;
    private final GradebookScores scores;

    private PlatformGradebook(EmulatedPlatform platform, Flavour flavour, Supplier<JWKSet> toolKeys) {
        this.tokens = new GradebookTokens(platform, flavour, toolKeys, problems);
        this.lineItems = new GradebookLineItems(platform, flavour, problems);
        this.scores = new GradebookScores(flavour, lineItems, problems);
        GradebookPage page = new GradebookPage(scores, lineItems);
        platform.serveTokens(tokens::token);
        platform.serve("/ags/lineitems", this::lineItems);
        platform.serve("/gradebook", exchange -> send(exchange, 200, page.html(), "text/html; charset=utf-8"));
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
        return lineItems.url();
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
        return lineItems.store(item);
    }

    /** The scopes the platform grants a token; the tool must not ask for others. */
    public void grantScopes(Set<String> scopes) {
        tokens.grant(scopes);
    }

    public void tokenLifetime(Duration lifetime) {
        tokens.lifetime(lifetime);
    }

    /** Every token given so far stops working (HTTP 401), as when the platform restarted. */
    public void expireTokens() {
        tokens.expireAll();
    }

    /** The next {@code count} score posts answer with this status (Retry-After with 429 and Canvas's 403). */
    public void failNext(int count, int status, String retryAfterSeconds) {
        scores.failNext(count, status, retryAfterSeconds);
    }

    /** The next {@code count} score posts answer only after this delay (a platform too slow for the tool). */
    public void delayNext(int count, Duration delay) {
        scores.delayNext(count, delay);
    }

    /** Score posts wait unanswered from now on, as at a platform that stalls while a tool's server dies. */
    public void holdScores() {
        scores.hold();
    }

    /** Score posts waiting or arrived since {@link #holdScores()}. */
    public int heldPosts() {
        return scores.heldPosts();
    }

    /**
     * The held posts end with 503 and are not recorded, as requests lost with the server that made them; the
     * posts after this are served again.
     */
    public void loseHeldScores() {
        scores.loseHeld();
    }

    /** Scores for this user are refused with this status, as for a teacher who is no student of the course. */
    public void refuseUser(String userId, int status) {
        scores.refuseUser(userId, status);
    }

    public void pageSize(int size) {
        lineItems.pageSize(size);
    }

    public int tokenRequests() {
        return tokens.requests();
    }

    public int scorePosts() {
        return scores.posts();
    }

    /** The scores accepted, in the order they arrived. */
    public List<ReceivedScore> received() {
        return scores.received();
    }

    /** The grade the grade book shows for a user in a line item, if any (Moodle: only FullyGraded ones). */
    public Double grade(int lineItem, String userId) {
        return scores.grade(lineItem, userId);
    }

    /** The line items the platform has, by number. */
    public Map<Integer, Map<String, Object>> lineItems() {
        return lineItems.all();
    }

    /** What the tool sent wrong; empty when everything was as the specifications say. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The line item's number in one of this grade book's line-item URLs. */
    public static int number(URI lineItem) {
        String path = lineItem.getPath();
        return Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
    }

    private void lineItems(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/ags/lineitems".length());
        Set<String> scopes = tokens.scopes(bearer(exchange));
        if (scopes == null) {
            status(exchange, 401);
        } else if (path.isEmpty() || "/".equals(path)) {
            lineItems.container(exchange, scopes);
        } else if (path.matches("/\\d+/scores")) {
            scores.score(exchange, scopes, Integer.parseInt(path.substring(1, path.indexOf("/scores"))));
        } else if (path.matches("/\\d+")) {
            lineItems.item(exchange, Integer.parseInt(path.substring(1)));
        } else {
            status(exchange, 404);
        }
    }
}
