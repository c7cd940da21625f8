package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The trainer's latest decision on a teacher's work in an assignment.
 *
 * @param reason why it was returned for revision; empty for an approval
 */
public record Review(Decision decision, Optional<String> reason, long decidedBy, Instant decidedAt) {

    public enum Decision {
        APPROVED,
        RETURNED
    }

    public Review {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
