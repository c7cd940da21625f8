package nl.samenspraak.tool.lti.deeplinking;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.TrainingModule;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.catalog.interfaces.rest.RequestLanguage;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/deep-linking/{id}}: the picker of a trainer's deep-linking launch. {@code GET} gives the
 * modules and assignments of all loaded packs with a preview of each; {@code POST …/response} takes the
 * chosen assignments with their settings and gives the signed response the page posts to the platform.
 */
@Tag(name = "Deep Linking", description = "The trainer chooses assignments to add to the course (Deep Linking 2.0)")
@Singleton
@Path("deep-linking/{id}")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
public class DeepLinkingResource {

    private final DeepLinkingService service;
    private final ProgramCatalogService program;
    private final CurrentSession current;

    @Inject
    public DeepLinkingResource(DeepLinkingService service, ProgramCatalogService program, CurrentSession current) {
        this.service = service;
        this.program = program;
        this.current = current;
    }

    /** An assignment with what the teacher will see first: its kind, instructions and number of questions. */
    public record AssignmentChoice(String id, String type, String title, String instructions, int questions) {
    }

    public record ModuleChoice(String id, String title, List<AssignmentChoice> assignments) {
    }

    /** What the picker shows: whether several may be chosen, and everything there is to choose. */
    public record Picker(String language, boolean acceptMultiple, List<ModuleChoice> modules) {
    }

    /** The picker's answer: the chosen assignments, none to cancel. */
    public record AnswerBody(List<DeepLinkingService.Choice> items) {
    }

    /** The item as the platform will get it. */
    public record ChosenItem(String assignmentId, String title, double scoreMaximum, boolean needsApproval,
                             String dueAt) {
    }

    /** Post {@code jwt} as the form field {@code JWT} to {@code returnUrl}, exactly as given. */
    public record AnswerView(String returnUrl, String jwt, List<ChosenItem> items) {
    }

    @GET
    @Operation(summary = "The assignments a trainer can add to the course with this deep-linking request (trainers only)")
    public Picker picker(@PathParam("id") String id, @QueryParam("lang") String lang) {
        DeepLinkingRequest request = service.request(id, current.get());
        Language language = lang == null || lang.isBlank() ? current.get().language() : RequestLanguage.of(lang, null);
        List<ModuleChoice> modules = program.catalog().modules().stream()
                .map(module -> module(module, language)).toList();
        return new Picker(language.code(), request.acceptMultiple(), modules);
    }

    @POST
    @Path("response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the deep-linking request with the chosen assignments and their settings, or none"
            + " to cancel; gives the signed LtiDeepLinkingResponse to post to the platform (trainers only)")
    public AnswerView answer(@PathParam("id") String id, AnswerBody body) {
        DeepLinkingService.Answer answer = service.answer(id, current.get(), body == null ? null : body.items());
        return new AnswerView(answer.returnUrl().toString(), answer.jwt(), answer.items().stream()
                .map(item -> new ChosenItem(item.assignmentId(), item.title(), item.scoreMaximum(),
                        item.needsApproval(), item.dueAt().map(Object::toString).orElse(null))).toList());
    }

    private static ModuleChoice module(TrainingModule module, Language language) {
        return new ModuleChoice(module.id(), module.title().in(language),
                module.assignments().stream().map(assignment -> assignment(assignment, language)).toList());
    }

    private static AssignmentChoice assignment(Assignment assignment, Language language) {
        return new AssignmentChoice(assignment.id(), assignment.type().code(), assignment.title().in(language),
                assignment.instructions().in(language), assignment.questions().size());
    }
}
