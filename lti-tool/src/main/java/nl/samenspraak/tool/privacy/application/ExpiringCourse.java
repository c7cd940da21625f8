package nl.samenspraak.tool.privacy.application;

import java.time.Instant;
import java.util.Optional;

/** A course whose personal data the next retention run erases: it was last active before the cutoff. */
public record ExpiringCourse(long courseId, Optional<String> title, String platform, Instant lastActivity,
                             int participants) {
}
