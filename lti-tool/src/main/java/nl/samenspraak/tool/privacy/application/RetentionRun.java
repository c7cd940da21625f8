package nl.samenspraak.tool.privacy.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A day's retention run: which server claimed it, when, and what it erased once finished. */
public record RetentionRun(LocalDate day, String claimedBy, Instant claimedAt, Optional<Instant> finishedAt,
                           Optional<RetentionResult> result) {
}
