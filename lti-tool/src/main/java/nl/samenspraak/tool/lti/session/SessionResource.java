package nl.samenspraak.tool.lti.session;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.interfaces.rest.ProblemException;
import nl.samenspraak.tool.lti.launch.LaunchRecords;
import nl.samenspraak.tool.lti.launch.LaunchSummary;
import nl.samenspraak.tool.lti.launch.RecordedLaunch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/session}: who the session is for, in which course and link, with which role. */
@Tag(name = "Session", description = "The launch session: who is signed in, in which course and with which role")
@Singleton
@Path("session")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final CurrentSession current;
    private final LaunchRecords records;

    @Inject
    public SessionResource(CurrentSession current, LaunchRecords records) {
        this.current = current;
        this.records = records;
    }

    /** The session as the page shows it. */
    public record SessionView(String role, String language, Instant expiresAt, String platform, Person user,
                              Course course, Link link) {
    }

    public record Person(String name, String givenName, String familyName) {
    }

    public record Course(String id, String label, String title) {
    }

    public record Link(String id, String title, String assignmentId) {
    }

    @GET
    @Operation(summary = "Who the session is for: user, role, course, link and language")
    public SessionView session() {
        SessionToken session = current.get();
        LaunchSummary summary = records.summary(session.registrationId(),
                        new RecordedLaunch(session.userId(), session.contextId(), session.resourceLinkId()))
                .orElseThrow(() -> new ProblemException(Problem.of(Response.Status.UNAUTHORIZED,
                        "This session's platform or user was removed. Open Samenspraak again from your course.")));
        var person = summary.person();
        return new SessionView(session.role().name().toLowerCase(), session.language().code(), session.expiresAt(),
                summary.platformName(),
                new Person(person.name().orElse(null), person.givenName().orElse(null),
                        person.familyName().orElse(null)),
                summary.course().map(course -> new Course(course.id(), course.label().orElse(null),
                        course.title().orElse(null))).orElse(null),
                summary.link().map(link -> new Link(link.id(), link.title().orElse(null),
                        summary.assignmentId().orElse(null))).orElse(null));
    }
}
