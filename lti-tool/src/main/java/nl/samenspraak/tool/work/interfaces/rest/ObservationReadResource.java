package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.work.application.ObservationReading;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST .../peer-coaching/observations/{id}/read}: the observed teacher has opened a colleague's submitted
 * observation of them, so their start page no longer names it (as the trainer feedback's {@code seen}). Only a
 * learner of the session's course ({@link CourseAccess#learner()}), only the person observed; idempotent.
 */
@Tag(name = "Teacher work")
@Singleton
@Path("assignments/{assignmentId}/peer-coaching/observations/{observationId}/read")
@SessionRequired
public class ObservationReadResource {

    private final CourseAccess access;
    private final ObservationReading reading;

    @Inject
    public ObservationReadResource(CourseAccess access, ObservationReading reading) {
        this.access = access;
        this.reading = reading;
    }

    @POST
    @Operation(summary = "Marks a colleague's submitted observation of the teacher as read")
    public Response read(@PathParam("assignmentId") String assignmentId, @PathParam("observationId") long observationId) {
        reading.markRead(access.learner(), assignmentId, observationId);
        return Response.noContent().build();
    }
}
