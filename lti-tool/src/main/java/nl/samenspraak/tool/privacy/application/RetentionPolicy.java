package nl.samenspraak.tool.privacy.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a course's personal data is kept after its last activity: {@code SAMENSPRAAK_RETENTION_MONTHS},
 * 24 by default (two school years). A value below 1 stops the server at start, with the reason in the log.
 */
@Singleton
public class RetentionPolicy {

    public static final int DEFAULT_MONTHS = 24;

    private final int months;

    @Inject
    public RetentionPolicy(@ConfigProperty(name = "samenspraak.retention.months",
            defaultValue = "" + DEFAULT_MONTHS) int months) {
        if (months < 1) {
            throw new IllegalArgumentException("SAMENSPRAAK_RETENTION_MONTHS is " + months
                    + ": set it to a number of months of at least 1 (default " + DEFAULT_MONTHS + ").");
        }
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** Courses whose last activity is before this moment are erased. */
    public Instant cutoff(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }
}
