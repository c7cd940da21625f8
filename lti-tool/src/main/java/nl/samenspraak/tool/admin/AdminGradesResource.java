package nl.samenspraak.tool.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.interfaces.rest.ProblemException;
import nl.samenspraak.tool.lti.grades.ParkedScore;
import nl.samenspraak.tool.lti.grades.ParkedScores;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/grades/parked}: scores the outbox gave up on, with the reason, and a retry. The view names
 * the platform, the link and the state change, not the teacher: an administrator needs no more to act.
 */
@Tag(name = "Administration")
@Singleton
@Path("admin/grades/parked")
@AdminRequired
@Produces(MediaType.APPLICATION_JSON)
public class AdminGradesResource {

    private final ParkedScores parked;

    @Inject
    public AdminGradesResource(ParkedScores parked) {
        this.parked = parked;
    }

    /** A parked score as the administration page lists it. */
    public record ParkedView(long id, String platform, String link, String assignment, String change, int attempts,
                             String reason, Instant createdAt, Instant parkedAt) {

        static ParkedView of(ParkedScore score) {
            return new ParkedView(score.id(), score.platform(), score.linkTitle(), score.assignmentId(),
                    score.change().name().toLowerCase(), score.attempts(), score.reason(), score.createdAt(),
                    score.parkedAt());
        }
    }

    @GET
    @Operation(summary = "The scores the outbox parked, with the reason")
    public List<ParkedView> parked() {
        return parked.all().stream().map(ParkedView::of).toList();
    }

    /** Puts the score back in the queue; answers with the parked scores that are left. */
    @POST
    @Path("{id}/retry")
    @Operation(summary = "Sends a parked score again")
    public List<ParkedView> retry(@PathParam("id") long id) {
        if (!parked.retry(id)) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "There is no parked score " + id
                    + ". GET /api/admin/grades/parked lists them."));
        }
        return parked();
    }
}
