package nl.samenspraak.tool.work.interfaces.rest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.Supplier;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.tool.catalog.interfaces.rest.ProgramJson;
import nl.samenspraak.tool.infrastructure.security.RateLimit;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.ObservationForms;
import nl.samenspraak.tool.work.application.PeerCoachingService;
import nl.samenspraak.tool.work.application.WorkRejectedException;
import nl.samenspraak.tool.work.observerlink.ObserverLinkRejectedException;
import nl.samenspraak.tool.work.observerlink.ObserverLinks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/observer-link}: the observer's phone page, without a platform session. The link's token comes
 * as {@code Authorization: Bearer} and opens exactly one thing: the form of its observation, read, saved
 * (with If-Match, as the tool's page saves it) and submitted through the same use cases as in the tool.
 * Each link may make {@value #PERMITS} requests a minute.
 */
@Tag(name = "Observer's link", description = "The observation form on the observer's phone, opened by a personal link")
@Singleton
@Path("observer-link")
@Produces(MediaType.APPLICATION_JSON)
public class ObserverFormResource {

    static final int PERMITS = 120;
    private static final String BEARER = "Bearer ";

    private final ObserverLinks links;
    private final ObservationForms forms;
    private final ProgramJson json;
    private final RateLimit limit;
    private final Texts texts;

    @Inject
    public ObserverFormResource(ObserverLinks links, ObservationForms forms, ProgramJson json, Clock clock,
                                Texts texts) {
        this.links = links;
        this.forms = forms;
        this.json = json;
        this.texts = texts;
        this.limit = new RateLimit(PERMITS, Duration.ofMinutes(1), clock);
    }

    public record FormSaved(long observationId, Instant savedAt, long version) {
    }

    public record Submitted(long observationId, Instant submittedAt) {
    }

    @GET
    @Operation(summary = "The observation the link opens: the colleague observed, the planning, the form and its draft")
    public Response form(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uriInfo) {
        ObserverLinks.OpenedLink link = open(authorization);
        return refusing(link, uriInfo, () -> {
            ObserverLinks.ObserverForm form = links.form(link);
            PeerCoachingView view = PeerCoachingView.of(form.peerCoaching());
            PeerCoachingView.PartnerView partner = view.partners().stream()
                    .filter(found -> found.given() != null && found.given().id() == link.observationId()).findFirst().orElseThrow();
            PeerCoachingAssignment assignment = form.peerCoaching().assignment();
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("language", link.language().code());
            body.put("expiresAt", link.token().expiresAt().toString());
            body.put("observedName", partner.name());
            body.put("timeZone", view.timeZone());
            body.set("limits", json.toTree(view.limits(), link.language()));
            ObjectNode shown = body.putObject("assignment");
            shown.set("title", json.toTree(assignment.title(), link.language()));
            shown.set("observationForm", json.toTree(assignment.observationForm(), link.language()));
            shown.set("feedback", json.toTree(assignment.feedback(), link.language()));
            body.set("observation", json.toTree(partner.given(), link.language()));
            return Response.ok(body).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        });
    }

    @PUT
    @Path("form")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves the form as a draft, as the tool's page does; If-Match names the version edited")
    public Response save(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @HeaderParam("If-Match") String ifMatch, @Context UriInfo uriInfo,
                         ObservationForms.FormInput body) {
        ObserverLinks.OpenedLink link = open(authorization);
        OptionalLong edited = DraftVersions.ifMatch(ifMatch, texts);
        return refusing(link, uriInfo, () -> {
            ObservationForms.SavedForm saved = edited.isPresent()
                    ? forms.saveForm(link.scope(), link.assignmentId(), link.observationId(), body, edited)
                    : forms.saveForm(link.scope(), link.assignmentId(), link.observationId(), body);
            return Response.ok(new FormSaved(link.observationId(), saved.savedAt(), saved.version())).build();
        });
    }

    @POST
    @Path("submit")
    @Operation(summary = "Submits the form once complete; only a trainer can reopen it")
    public Response submit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uriInfo) {
        ObserverLinks.OpenedLink link = open(authorization);
        return refusing(link, uriInfo, () -> {
            forms.submit(link.scope(), link.assignmentId(), link.observationId());
            PeerCoachingService.Partner partner = links.form(link).partner();
            return Response.ok(new Submitted(link.observationId(), partner.given().orElseThrow().submittedAt().orElseThrow())).build();
        });
    }

    private ObserverLinks.OpenedLink open(String authorization) {
        String token = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()) : null;
        ObserverLinks.OpenedLink link = links.open(token);
        if (limit.acquire(link.token().linkId()).isPresent()) {
            throw ObserverLinkRejectedException.tooMany(link.language());
        }
        return link;
    }

    /** A refusal of the use case in the link's language: there is no session to take it from. */
    private static Response refusing(ObserverLinks.OpenedLink link, UriInfo uriInfo, Supplier<Response> work) {
        try {
            return work.get();
        } catch (WorkRejectedException e) {
            return WorkRejectedMapper.toResponse(e, link.language(), uriInfo.getRequestUri().getRawPath());
        }
    }
}
