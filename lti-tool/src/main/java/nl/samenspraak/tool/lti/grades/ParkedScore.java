package nl.samenspraak.tool.lti.grades;

import java.time.Instant;

/** A parked score as the administrator sees it: which platform, course link and change, and why. */
public record ParkedScore(long id, String platform, String linkTitle, String assignmentId, StateChange change,
                          int attempts, String reason, Instant createdAt, Instant parkedAt) {
}
