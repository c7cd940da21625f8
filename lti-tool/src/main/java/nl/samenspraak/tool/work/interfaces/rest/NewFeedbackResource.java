package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.work.application.FeedbackService;
import nl.samenspraak.tool.work.application.WorkScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/feedback/new}: for the teacher's start page, the assignments with feedback not read yet. */
@Tag(name = "Teacher work")
@Singleton
@Path("feedback/new")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
public class NewFeedbackResource {

    private final CourseAccess access;
    private final FeedbackService feedback;
    private final ProgramCatalogService catalog;
    private final CurrentSession session;

    @Inject
    public NewFeedbackResource(CourseAccess access, FeedbackService feedback, ProgramCatalogService catalog,
                               CurrentSession session) {
        this.access = access;
        this.feedback = feedback;
        this.catalog = catalog;
        this.session = session;
    }

    public record NewFeedback(String assignmentId, String title, int rounds) {
    }

    @GET
    @Operation(summary = "The assignments with feedback the teacher has not read yet, in the program's order")
    public List<NewFeedback> unseen(@QueryParam("lang") String lang) {
        WorkScope teacher = access.learner();
        Language language = WorkSessions.language(session, lang);
        Map<String, Integer> unseen = feedback.unseen(teacher);
        return catalog.catalog().assignments().stream().filter(assignment -> unseen.containsKey(assignment.id()))
                .map(assignment -> new NewFeedback(assignment.id(), assignment.title().in(language),
                        unseen.get(assignment.id()))).toList();
    }
}
