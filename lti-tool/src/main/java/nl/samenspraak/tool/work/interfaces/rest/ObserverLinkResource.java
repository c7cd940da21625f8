package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.work.observerlink.ObserverLinks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code .../observations/{id}/phone-link}: the observer makes a personal link (with its QR code) to open
 * the form of an observation they make on their phone, or revokes it. The link's token is in the address's
 * fragment ({@code /observe/#...}), which a browser never sends to a server, so no access log holds it.
 */
@Tag(name = "Peer coaching", description = "Coaching partners in the course, the planning of each observation, the"
        + " observer's form")
@Singleton
@Path("assignments/{assignmentId}/peer-coaching/observations/{observationId}/phone-link")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
public class ObserverLinkResource {

    private final ObserverLinks links;
    private final CurrentSession session;
    private final PublicAddress address;

    @Inject
    public ObserverLinkResource(ObserverLinks links, CurrentSession session, PublicAddress address) {
        this.links = links;
        this.session = session;
        this.address = address;
    }

    /** A link just made; shown once, never stored. */
    public record PhoneLink(String url, Instant expiresAt, ObserverQrCode qrCode) {
    }

    public record Revoked(int revoked) {
    }

    @POST
    @Operation(summary = "Makes a personal link and QR code to open the observation's form on a phone; older links"
            + " of the observation stop working")
    public Response issue(@PathParam("assignmentId") String assignmentId,
                          @PathParam("observationId") long observationId, @QueryParam("lang") String lang) {
        ObserverLinks.IssuedLink link = links.issue(WorkSessions.scope(session), assignmentId, observationId,
                WorkSessions.language(session, lang));
        String url = address.resolve("/observe/") + "#" + link.token();
        return Response.status(Response.Status.CREATED).entity(new PhoneLink(url, link.expiresAt(),
                ObserverQrCode.of(url))).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Operation(summary = "Revokes the observation's phone links")
    public Revoked revoke(@PathParam("assignmentId") String assignmentId,
                          @PathParam("observationId") long observationId) {
        return new Revoked(links.revoke(WorkSessions.scope(session), assignmentId, observationId));
    }
}
