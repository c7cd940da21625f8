package nl.samenspraak.tool.lti.grades;

import java.time.Duration;
import java.util.Optional;

/** What became of one attempt to send a score. */
public sealed interface SendOutcome {

    /** The platform has the score (or, answering 409 to a resend, already had it). */
    record Delivered(String note) implements SendOutcome {
    }

    /** Refused for this user (400/403/404/422): recorded, never retried. */
    record Refused(String reason) implements SendOutcome {
    }

    /** Worth another try: after {@code after} when the platform said so (Retry-After), else after a backoff. */
    record Retry(String reason, Optional<Duration> after) implements SendOutcome {
    }

    /** Retrying will not help until someone changes something (the line item refused, no scope): parked now. */
    record Park(String reason) implements SendOutcome {
    }
}
