package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.work.application.ActionPlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/assignments/{id}/actions}: the actions in the signed-in teacher's plan in the course of their
 * session. The plan is read by {@code GET /api/assignments/{id}} and submitted by {@code POST .../submit}.
 */
@Tag(name = "Action plan", description = "The actions in the teacher's plan: chosen or own, dated, done")
@Singleton
@Path("assignments/{assignmentId}/actions")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
public class ActionPlanResource {

    private final ActionPlanService plans;
    private final CurrentSession session;

    @Inject
    public ActionPlanResource(ActionPlanService plans, CurrentSession session) {
        this.plans = plans;
        this.session = session;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds an action to the plan")
    public Response add(@PathParam("assignmentId") String assignmentId, ActionPlanService.NewAction body) {
        ActionView added = ActionView.of(plans.add(WorkSessions.scope(session), assignmentId, body));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes an action's date, own text or done")
    public ActionView change(@PathParam("assignmentId") String assignmentId, @PathParam("itemId") long itemId,
                             ActionPlanService.ActionChange body) {
        return ActionView.of(plans.change(WorkSessions.scope(session), assignmentId, itemId, body));
    }

    @DELETE
    @Path("{itemId}")
    @Operation(summary = "Removes an action from the plan")
    public void remove(@PathParam("assignmentId") String assignmentId, @PathParam("itemId") long itemId) {
        plans.remove(WorkSessions.scope(session), assignmentId, itemId);
    }
}
