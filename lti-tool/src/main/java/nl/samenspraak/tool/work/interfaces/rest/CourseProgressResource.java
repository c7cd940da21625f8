package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.TrainingModule;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.lti.roster.RosterSync;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.work.application.CourseProgressService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/course/progress}: for the trainer of the session's course, every participant's progress
 * in every assignment, with when submitted work was handed in (what the trainer can reopen). Anyone else
 * gets 403. Each look is in the audit trail, which the learners see.
 */
@Tag(name = "Course", description = "What a trainer sees of the course")
@Singleton
@Path("course/progress")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
public class CourseProgressResource {

    private final CourseProgressService course;
    private final ProgramCatalogService catalog;
    private final CurrentSession session;
    private final CourseAccess access;
    private final RosterSync roster;

    @Inject
    public CourseProgressResource(CourseProgressService course, ProgramCatalogService catalog, CurrentSession session,
                                  CourseAccess access, RosterSync roster) {
        this.course = course;
        this.catalog = catalog;
        this.session = session;
        this.access = access;
        this.roster = roster;
    }

    public record AssignmentColumn(String id, String type, String title) {
    }

    public record ModuleColumns(String id, String title, List<AssignmentColumn> assignments) {
    }

    public record Standing(String state, double score, Instant submittedAt) {
    }

    /** {@code name} is null when the platform sent none; the page then shows {@code platformUserId}. */
    public record ParticipantRow(long userId, String name, String platformUserId, Map<String, Standing> assignments) {
    }

    public record CourseProgress(String language, List<ModuleColumns> modules, List<ParticipantRow> participants) {
    }

    @GET
    @Operation(summary = "The course's participants and their progress per assignment (trainers only)")
    public CourseProgress progress(@QueryParam("lang") String lang) {
        Language language = WorkSessions.language(session, lang);
        // The trainer opening the course reads the platform's roster when due, so members who never launched show.
        if (access.isTrainer()) {
            session.get().contextId().ifPresent(roster::refreshIfDue);
        }
        List<ParticipantRow> participants = course.course(WorkSessions.scope(session), access.isTrainer()).stream()
                .map(CourseProgressResource::row).toList();
        List<ModuleColumns> modules = catalog.catalog().modules().stream()
                .map(module -> columns(module, language)).toList();
        return new CourseProgress(language.code(), modules, participants);
    }

    private static ModuleColumns columns(TrainingModule module, Language language) {
        return new ModuleColumns(module.id(), module.title().in(language), module.assignments().stream()
                .map(assignment -> new AssignmentColumn(assignment.id(), assignment.type().code(),
                        assignment.title().in(language))).toList());
    }

    private static ParticipantRow row(CourseProgressService.ParticipantProgress participant) {
        Map<String, Standing> standings = new LinkedHashMap<>();
        participant.assignments().forEach((id, standing) -> {
            ProgressView view = ProgressView.of(standing.progress());
            standings.put(id, new Standing(view.state(), view.score(), standing.submittedAt().orElse(null)));
        });
        return new ParticipantRow(participant.participant().userId(), participant.participant().name().orElse(null),
                participant.participant().platformUserId().orElse(null),
                standings);
    }
}
