package nl.samenspraak.tool.work.interfaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.catalog.interfaces.rest.ProgramJson;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.work.application.QuickscanService;
import nl.samenspraak.tool.work.application.TeacherWorkService;
import nl.samenspraak.tool.work.application.WorkScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/assignments/{id}/quickscan}: the signed-in teacher's quickscan in the course of their
 * session. Each change answers with the quickscan as {@code GET /api/assignments/{id}} shows it and the
 * progress, so that the results can be drawn again at once. Submitting is {@code POST .../submit}.
 */
@Tag(name = "Quickscan", description = "The quickscan: sector, responses per statement, retakes")
@Singleton
@Path("assignments/{assignmentId}/quickscan")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
public class QuickscanResource {

    private final QuickscanService quickscans;
    private final TeacherWorkService work;
    private final CurrentSession session;
    private final ProgramJson json;

    @Inject
    public QuickscanResource(QuickscanService quickscans, TeacherWorkService work, CurrentSession session,
                             ProgramJson json) {
        this.quickscans = quickscans;
        this.work = work;
        this.session = session;
        this.json = json;
    }

    public record SectorChoice(String sectorId) {
    }

    /** The value on the scale; a number, so that 2.5 is refused rather than rounded. */
    public record StatementValue(BigDecimal value) {
    }

    @PUT
    @Path("sector")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chooses the sector of the current attempt")
    public JsonNode chooseSector(@PathParam("assignmentId") String assignmentId, @QueryParam("lang") String lang,
                                 SectorChoice body) {
        quickscans.chooseSector(scope(), assignmentId, body == null ? null : body.sectorId());
        return state(assignmentId, lang);
    }

    @PUT
    @Path("responses/{statementId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gives a value to one statement")
    public JsonNode respond(@PathParam("assignmentId") String assignmentId,
                            @PathParam("statementId") String statementId, @QueryParam("lang") String lang,
                            StatementValue body) {
        quickscans.respond(scope(), assignmentId, statementId, body == null ? null : body.value());
        return state(assignmentId, lang);
    }

    /** The teacher skips a statement that does not apply to them. */
    @DELETE
    @Path("responses/{statementId}")
    @Operation(summary = "Skips a statement that does not apply")
    public JsonNode skip(@PathParam("assignmentId") String assignmentId, @PathParam("statementId") String statementId,
                         @QueryParam("lang") String lang) {
        quickscans.skip(scope(), assignmentId, statementId);
        return state(assignmentId, lang);
    }

    @POST
    @Path("retake")
    @Operation(summary = "Starts a new attempt after a submitted one")
    public JsonNode retake(@PathParam("assignmentId") String assignmentId, @QueryParam("lang") String lang) {
        quickscans.retake(scope(), assignmentId);
        return state(assignmentId, lang);
    }

    private JsonNode state(String assignmentId, String lang) {
        Language language = WorkSessions.language(session, lang);
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        state.set("quickscan", json.toTree(QuickscanView.of(quickscans.attempts(scope(), assignmentId)), language));
        state.set("progress", json.toTree(ProgressView.of(work.assignment(scope(), assignmentId).progress()), language));
        return state;
    }

    private WorkScope scope() {
        return WorkSessions.scope(session);
    }
}
