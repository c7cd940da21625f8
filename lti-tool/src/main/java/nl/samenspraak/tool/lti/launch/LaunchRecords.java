package nl.samenspraak.tool.lti.launch;

import java.time.Instant;
import java.util.Optional;

/** What valid launches leave behind: users, courses, links, memberships and the platform's service endpoints. */
public interface LaunchRecords {

    /** Adds or updates the user, course, link and membership of a launch, in one transaction. */
    RecordedLaunch record(LtiLaunch launch, long registrationId, Instant now);

    /** The stored user, course and link of a session; empty when the user or registration was removed. */
    Optional<LaunchSummary> summary(long registrationId, RecordedLaunch launch);
}
