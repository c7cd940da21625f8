package nl.samenspraak.tool.lti.grades;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import nl.samenspraak.tool.lti.launch.ToolRole;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.work.application.WorkScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/course/grades}: for the trainer of the session's course, each link to an assignment with
 * whether scores go to the platform's gradebook ({@code sent}) or why not ({@code no-grade-service},
 * {@code no-score-scope}, {@code no-line-item}), and how many are parked. Anyone else gets 403.
 */
@Tag(name = "Course")
@Singleton
@Path("course/grades")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
public class CourseGradesResource {

    private final CourseGrades grades;
    private final CurrentSession session;

    @Inject
    public CourseGradesResource(CourseGrades grades, CurrentSession session) {
        this.grades = grades;
        this.session = session;
    }

    public record LinkView(String title, String assignmentId, String sending, long parked) {
    }

    @GET
    @Operation(summary = "Per link of the course: whether grades go to the learning platform, and why not (trainers only)")
    public List<LinkView> links() {
        WorkScope scope = new WorkScope(session.get().userId(), session.get().contextId());
        return grades.of(scope, session.get().role() == ToolRole.INSTRUCTOR).stream()
                .map(link -> new LinkView(link.title(), link.assignmentId(),
                        link.sending().name().toLowerCase(Locale.ROOT).replace('_', '-'), link.parked()))
                .toList();
    }
}
