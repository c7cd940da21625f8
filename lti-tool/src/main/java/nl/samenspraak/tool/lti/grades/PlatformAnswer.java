package nl.samenspraak.tool.lti.grades;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * How the tool reads a platform's answer to a score: the status, and what throttling looks like on each
 * platform (429 with Retry-After; Canvas's 403 "Rate Limit Exceeded").
 */
final class PlatformAnswer {

    private static final int BODY_IN_REASON = 200;

    private PlatformAnswer() {
    }

    /** The outcome of a score post that was not a 401 (the sender renews the token for that first). */
    static SendOutcome ofScore(HttpResponse<String> response, Clock clock) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new SendOutcome.Delivered("HTTP " + status);
        }
        if (status == 409) {
            // Timestamps rise per line item and user and are sent in order, so "not newer than the stored
            // one" means this state, or a newer one, is already on the platform (a resend after a crash).
            return new SendOutcome.Delivered("HTTP 409: the platform already had this score");
        }
        if (isThrottled(response)) {
            return new SendOutcome.Retry(describe("rate limited", response), retryAfter(response, clock));
        }
        if (status == 400 || status == 403 || status == 404 || status == 422) {
            return new SendOutcome.Refused(describe("refused for this user", response));
        }
        return new SendOutcome.Retry(describe("failed", response), Optional.empty());
    }

    static boolean isThrottled(HttpResponse<String> response) {
        return response.statusCode() == 429 || response.statusCode() == 403
                && response.body() != null && response.body().toLowerCase(Locale.ROOT).contains("rate limit exceeded");
    }

    /** Retry-After in seconds or as an HTTP date (RFC 9110, section 10.2.3). */
    static Optional<Duration> retryAfter(HttpResponse<String> response, Clock clock) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Duration until = Duration.between(clock.instant(),
                            ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                    return Optional.of(until.isNegative() ? Duration.ZERO : until);
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        });
    }

    /** The reason an administrator reads: what happened, the status and the start of the platform's body. */
    static String describe(String what, HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip().replaceAll("\\s+", " ");
        if (body.length() > BODY_IN_REASON) {
            body = body.substring(0, BODY_IN_REASON) + "…";
        }
        return what + ": HTTP " + response.statusCode() + " from " + response.uri().getHost()
                + (body.isEmpty() ? "" : " " + body);
    }
}
