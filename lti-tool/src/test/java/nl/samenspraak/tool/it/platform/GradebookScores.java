package nl.samenspraak.tool.it.platform;

import static nl.samenspraak.tool.it.platform.PlatformExchanges.fail;
import static nl.samenspraak.tool.it.platform.PlatformExchanges.form;
import static nl.samenspraak.tool.it.platform.PlatformExchanges.read;
import static nl.samenspraak.tool.it.platform.PlatformExchanges.send;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The grade book's score service: checks each posted score as the specification and the platform do, keeps
 * the grade as the platform would (Moodle: only FullyGraded; Canvas: PendingManual too), and fails, stalls
 * or refuses on demand.
 */
final class GradebookScores {

    private static final Set<String> ACTIVITY = Set.of("Initialized", "Started", "InProgress", "Submitted",
            "Completed");
    private static final Set<String> GRADING = Set.of("FullyGraded", "Pending", "PendingManual", "Failed",
            "NotReady");

    private final PlatformGradebook.Flavour flavour;
    private final GradebookLineItems lineItems;
    private final List<String> problems;
    private final Map<String, Instant> lastTimestamps = new ConcurrentHashMap<>();
    private final Map<String, Double> grades = new ConcurrentHashMap<>();
    private final List<PlatformGradebook.ReceivedScore> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> refusedUsers = new ConcurrentHashMap<>();
    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger heldPosts = new AtomicInteger();
    private volatile int failureStatus;
    private volatile Duration failureDelay = Duration.ZERO;
    private volatile CountDownLatch hold;
    private volatile String retryAfter;

    GradebookScores(PlatformGradebook.Flavour flavour, GradebookLineItems lineItems, List<String> problems) {
        this.flavour = flavour;
        this.lineItems = lineItems;
        this.problems = problems;
    }

    void failNext(int count, int status, String retryAfterSeconds) {
        failureStatus = status;
        retryAfter = retryAfterSeconds;
        failures.set(count);
    }

    void delayNext(int count, Duration delay) {
        failureStatus = 0;
        failureDelay = delay;
        failures.set(count);
    }

    void hold() {
        hold = new CountDownLatch(1);
    }

    int heldPosts() {
        return heldPosts.get();
    }

    void loseHeld() {
        CountDownLatch held = hold;
        hold = null;
        if (held != null) {
            held.countDown();
        }
    }

    void refuseUser(String userId, int status) {
        refusedUsers.put(userId, status);
    }

    int posts() {
        return posts.get();
    }

    List<PlatformGradebook.ReceivedScore> received() {
        return List.copyOf(received);
    }

    Double grade(int lineItem, String userId) {
        return grades.get(lineItem + "/" + userId);
    }

    void score(HttpExchange exchange, Set<String> scopes, int lineItem) throws IOException {
        posts.incrementAndGet();
        Refusal refusal = refusal(exchange, scopes, lineItem);
        if (refusal != null) {
            fail(exchange, problems, refusal.status(), refusal.problem());
            return;
        }
        if (heldOrFailed(exchange)) {
            return;
        }
        Map<String, Object> score;
        try {
            score = JSONObjectUtils.parse(read(exchange));
        } catch (ParseException e) {
            fail(exchange, problems, 400, "the score is no JSON object");
            return;
        }
        String problem = check(score);
        if (problem != null) {
            fail(exchange, problems, 400, problem);
            return;
        }
        String userId = (String) score.get("userId");
        Integer refused = refusedUsers.get(userId);
        if (refused != null) {
            send(exchange, refused, "{\"error\":\"User is not a student of this course\"}", "application/json");
            return;
        }
        keep(exchange, lineItem, userId, score);
    }

    /** A request refused before its body is read, with the status the platform answers. */
    private record Refusal(int status, String problem) {
    }

    /** What is wrong with the request apart from its body, or null. */
    private Refusal refusal(HttpExchange exchange, Set<String> scopes, int lineItem) {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return new Refusal(405, "scores are posted");
        }
        if (!scopes.contains(PlatformGradebook.SCORE_SCOPE)) {
            return new Refusal(403, "posting a score needs the score scope");
        }
        if (!lineItems.has(lineItem)) {
            return new Refusal(404, "no line item " + lineItem);
        }
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (flavour == PlatformGradebook.Flavour.MOODLE && !String.valueOf(lineItem).equals(query.get("type_id"))) {
            return new Refusal(400, "Moodle's scores URL keeps the line item's ?type_id= after /scores");
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (!"application/vnd.ims.lis.v1.score+json".equals(type)) {
            return new Refusal(415, "a score must be application/vnd.ims.lis.v1.score+json, was " + type);
        }
        return null;
    }

    /** Whether the post was held and lost, or failed on demand; a delay on demand lets it go on after. */
    private boolean heldOrFailed(HttpExchange exchange) throws IOException {
        CountDownLatch held = hold;
        if (held != null) {
            heldPosts.incrementAndGet();
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 503, "lost while held", "text/plain");
            return true;
        }
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) <= 0) {
            return false;
        }
        if (failureStatus == 0) {
            // The platform itself is slow here: this is what the tool waits for, not a test waiting.
            try {
                Thread.sleep(failureDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        String body = failureStatus == 403 && flavour == PlatformGradebook.Flavour.CANVAS
                ? "403 Forbidden (Rate Limit Exceeded)" : "failing on demand";
        send(exchange, failureStatus, body, "text/plain");
        return true;
    }

    private void keep(HttpExchange exchange, int lineItem, String userId, Map<String, Object> score) throws IOException {
        Instant timestamp = OffsetDateTime.parse((String) score.get("timestamp")).toInstant();
        String key = lineItem + "/" + userId;
        synchronized (lastTimestamps) {
            Instant last = lastTimestamps.get(key);
            // Moodle compares in whole seconds and answers 409; Canvas answers 400 for an older one.
            if (last != null && timestamp.getEpochSecond() <= last.getEpochSecond()) {
                send(exchange, flavour == PlatformGradebook.Flavour.CANVAS ? 400 : 409,
                        "{\"error\":\"The timestamp is not later than the stored one\"}", "application/json");
                return;
            }
            lastTimestamps.put(key, timestamp);
            String grading = (String) score.get("gradingProgress");
            double given = ((Number) score.get("scoreGiven")).doubleValue();
            if ("FullyGraded".equals(grading)
                    || flavour == PlatformGradebook.Flavour.CANVAS && "PendingManual".equals(grading)) {
                grades.put(key, given);
            } else if (flavour == PlatformGradebook.Flavour.MOODLE) {
                grades.remove(key);
            }
            received.add(new PlatformGradebook.ReceivedScore(lineItem, userId, given,
                    ((Number) score.get("scoreMaximum")).doubleValue(), (String) score.get("activityProgress"), grading,
                    timestamp, String.valueOf(score.get("comment")), Instant.now()));
        }
        send(exchange, 200, "", "application/json");
    }

    private String check(Map<String, Object> score) {
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
        if (flavour == PlatformGradebook.Flavour.CANVAS
                && !(score.get("https://canvas.instructure.com/lti/submission") instanceof Map<?, ?> ext
                && Boolean.FALSE.equals(ext.get("new_submission")))) {
            return "Canvas makes a new submission per score without new_submission: false";
        }
        return null;
    }
}
