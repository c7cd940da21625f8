package nl.samenspraak.tool.lti.launch;

import java.util.Optional;

/** What the tool knows of a session's user, course and link, for the page that greets them. */
public record LaunchSummary(String platformName, LtiLaunch.Person person, Optional<LtiLaunch.CourseContext> course,
                            Optional<LtiLaunch.ResourceLink> link, Optional<String> assignmentId) {
}
