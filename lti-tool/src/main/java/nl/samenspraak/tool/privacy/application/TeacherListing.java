package nl.samenspraak.tool.privacy.application;

import java.time.Instant;
import java.util.Optional;

/**
 * A teacher as the administrator finds them: the name the platform sent (if any), the platform and the
 * platform's user id, in how many courses, and when they last launched the tool.
 */
public record TeacherListing(long userId, Optional<String> name, String platform, String platformUserId,
                             int courses, Instant lastLaunchAt) {
}
