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
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.TrainingModule;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.catalog.interfaces.rest.RequestLanguage;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.lti.session.SessionToken;
import nl.samenspraak.tool.work.application.RecordedStanding;
import nl.samenspraak.tool.work.application.TeacherProgressService;
import nl.samenspraak.tool.work.application.WorkScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/progress}: where the signed-in teacher stands in every module, and what to do next: the
 * first assignment of the module that is not completed. The states are the recorded effective progress
 * ({@link TeacherProgressService}), with {@code awaiting_approval} and {@code returned} as the trainer's
 * course page names them, so this page, the assignment page, the course page and the gradebook agree.
 */
@Tag(name = "Teacher work")
@Singleton
@Path("progress")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    private final TeacherProgressService work;
    private final ProgramCatalogService catalog;
    private final CurrentSession session;

    @Inject
    public ProgressResource(TeacherProgressService work, ProgramCatalogService catalog, CurrentSession session) {
        this.work = work;
        this.catalog = catalog;
        this.session = session;
    }

    public record AssignmentProgress(String id, String type, String title, ProgressView progress) {
    }

    public record ModuleProgress(String id, String title, int completed, int total, String next,
                                 List<AssignmentProgress> assignments) {
    }

    public record ProgramProgress(String language, List<ModuleProgress> modules) {
    }

    @GET
    @Operation(summary = "The teacher's progress in every module, with the next assignment to do")
    public ProgramProgress progress(@QueryParam("lang") String lang) {
        SessionToken current = session.get();
        Language language = lang == null || lang.isBlank() ? current.language() : RequestLanguage.of(lang, null);
        Map<String, RecordedStanding> progress = work.progress(new WorkScope(current.userId(), current.contextId()));
        List<ModuleProgress> modules = catalog.catalog().modules().stream()
                .map(module -> module(module, progress, language)).toList();
        return new ProgramProgress(language.code(), modules);
    }

    private static ModuleProgress module(TrainingModule module, Map<String, RecordedStanding> progress,
                                         Language language) {
        List<AssignmentProgress> assignments = module.assignments().stream()
                .map(assignment -> new AssignmentProgress(assignment.id(), assignment.type().code(),
                        assignment.title().in(language), view(progress.get(assignment.id()))))
                .toList();
        int completed = (int) module.assignments().stream()
                .filter(assignment -> progress.get(assignment.id()).progress().state() == ProgressState.COMPLETED)
                .count();
        Optional<String> next = module.assignments().stream()
                .filter(assignment -> progress.get(assignment.id()).progress().state() != ProgressState.COMPLETED)
                .map(assignment -> assignment.id()).findFirst();
        return new ModuleProgress(module.id(), module.title().in(language), completed, assignments.size(),
                next.orElse(null), assignments);
    }

    private static ProgressView view(RecordedStanding standing) {
        ProgressView recorded = ProgressView.of(standing.progress());
        return switch (standing.review()) {
            case AWAITING_APPROVAL -> new ProgressView("awaiting_approval", recorded.score());
            case RETURNED -> new ProgressView("returned", recorded.score());
            case NONE, APPROVED -> recorded;
        };
    }
}
