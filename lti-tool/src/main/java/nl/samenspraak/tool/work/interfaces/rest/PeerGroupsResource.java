package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.samenspraak.tool.lti.roster.RosterSync;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.work.application.PeerGroups;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/courses/{courseId}/assignments/{assignmentId}/peer-groups}: the trainer's coaching groups of a
 * peer-coaching assignment (docs/peer-groups.md). Every endpoint first asks {@link CourseAccess} whether the
 * session is a trainer of exactly that course (403 otherwise); every change answers with the whole overview.
 */
@Tag(name = "Course", description = "What a trainer sees of the course")
@Singleton
@Path("courses/{courseId}/assignments/{assignmentId}/peer-groups")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeerGroupsResource {

    private final CourseAccess access;
    private final PeerGroups groups;
    private final RosterSync roster;

    @Inject
    public PeerGroupsResource(CourseAccess access, PeerGroups groups, RosterSync roster) {
        this.access = access;
        this.groups = groups;
        this.roster = roster;
    }

    /** How big the new groups are: 2 or 3. */
    public record Arrangement(Integer size) {
    }

    /** The members of a group, in circle order: two or three user ids. */
    public record Members(List<Long> members) {
    }

    @GET
    @Operation(summary = "The coaching groups with their observations, and the learners in no group")
    public PeerGroupsView overview(@PathParam("courseId") long courseId, @PathParam("assignmentId") String assignmentId) {
        access.trainerOf(courseId);
        // The members who never launched come from the platform's roster: read it first when it is due.
        roster.refreshIfDue(courseId);
        return PeerGroupsView.of(groups.overview(courseId, assignmentId));
    }

    @POST
    @Path("arrange")
    @Operation(summary = "Puts every learner in no group into new groups of two or three")
    public PeerGroupsView arrange(@PathParam("courseId") long courseId, @PathParam("assignmentId") String assignmentId,
                                  Arrangement body) {
        long trainer = access.trainerOf(courseId);
        return PeerGroupsView.of(groups.arrange(courseId, trainer, assignmentId, body == null ? null : body.size()));
    }

    @POST
    @Operation(summary = "Forms a group of two or three learners who are in no group")
    public Response form(@PathParam("courseId") long courseId, @PathParam("assignmentId") String assignmentId,
                         Members body) {
        long trainer = access.trainerOf(courseId);
        return Response.status(Response.Status.CREATED).entity(PeerGroupsView.of(
                groups.form(courseId, trainer, assignmentId, body == null ? null : body.members()))).build();
    }

    @PUT
    @Path("{groupId}")
    @Operation(summary = "Changes a group's members; what anyone wrote stays with its author")
    public PeerGroupsView change(@PathParam("courseId") long courseId, @PathParam("assignmentId") String assignmentId,
                                 @PathParam("groupId") long groupId, Members body) {
        long trainer = access.trainerOf(courseId);
        return PeerGroupsView.of(groups.change(courseId, trainer, assignmentId, groupId,
                body == null ? null : body.members()));
    }

    @DELETE
    @Path("{groupId}")
    @Operation(summary = "Ends a group; what its members wrote stays with them")
    public PeerGroupsView end(@PathParam("courseId") long courseId, @PathParam("assignmentId") String assignmentId,
                              @PathParam("groupId") long groupId) {
        access.trainerOf(courseId);
        return PeerGroupsView.of(groups.end(courseId, assignmentId, groupId));
    }
}
