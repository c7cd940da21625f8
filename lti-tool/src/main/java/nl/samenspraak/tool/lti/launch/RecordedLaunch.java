package nl.samenspraak.tool.lti.launch;

import java.util.Optional;

/** The stored ids of what a launch was about: the user, and the course and link when there were any. */
public record RecordedLaunch(long userId, Optional<Long> contextId, Optional<Long> resourceLinkId) {
}
