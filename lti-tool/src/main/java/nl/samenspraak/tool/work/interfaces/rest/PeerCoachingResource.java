package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.CoachingPartnerships;
import nl.samenspraak.tool.work.application.ObservationForms;
import nl.samenspraak.tool.work.application.PartnerInvitations;
import nl.samenspraak.tool.work.application.ObservationPlanning;
import nl.samenspraak.tool.work.application.PeerCoachingService;
import nl.samenspraak.tool.work.application.TeacherWorkService;
import nl.samenspraak.tool.work.application.WorkScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/assignments/{id}/peer-coaching}: the signed-in teacher's peer coaching in the course of their
 * session: the colleagues to choose from, partners, the planning of each observation with its calendar
 * file, and the observer's form (saved as a draft, then submitted). Changes answer with the whole state and
 * the teacher's progress; a saved draft with when it was saved.
 */
@Tag(name = "Peer coaching", description = "Coaching partners in the course, the planning of each observation, the"
        + " observer's form")
@Singleton
@Path("assignments/{assignmentId}/peer-coaching")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
public class PeerCoachingResource {

    private final PeerCoachingService peers;
    private final CoachingPartnerships partnerships;
    private final PartnerInvitations invitations;
    private final ObservationPlanning planning;
    private final ObservationForms forms;
    private final TeacherWorkService work;
    private final CurrentSession session;
    private final PublicAddress address;
    private final Clock clock;
    private final Texts texts;

    @Inject
    public PeerCoachingResource(PeerCoachingService peers, CoachingPartnerships partnerships,
                                PartnerInvitations invitations, ObservationPlanning planning, ObservationForms forms, TeacherWorkService work,
                                CurrentSession session, PublicAddress address, Clock clock,
                                Texts texts) {
        this.peers = peers;
        this.partnerships = partnerships;
        this.invitations = invitations;
        this.planning = planning;
        this.forms = forms;
        this.work = work;
        this.session = session;
        this.address = address;
        this.clock = clock;
        this.texts = texts;
    }

    public record PartnerChoice(Long userId) {
    }

    public record State(PeerCoachingView peerCoaching, ProgressView progress) {
    }

    /** A saved form; {@code version} goes in If-Match with the next save. */
    public record FormSaved(long observationId, Instant savedAt, long version, ProgressView progress) {
    }

    @GET
    @Operation(summary = "The colleagues, partners and observations between them, with the teacher's progress")
    public State state(@PathParam("assignmentId") String assignmentId) {
        return state(scope(), assignmentId);
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invites a colleague of the course to become coaching partners; they accept or decline")
    public Response invite(@PathParam("assignmentId") String assignmentId, PartnerChoice body) {
        invitations.invite(scope(), assignmentId, body == null ? null : body.userId());
        return Response.status(Response.Status.CREATED).entity(state(scope(), assignmentId)).build();
    }

    @POST
    @Path("invitations/{invitationId}/accept")
    @Operation(summary = "The invited colleague accepts: the two become coaching partners, both ways")
    public State accept(@PathParam("assignmentId") String assignmentId, @PathParam("invitationId") long invitationId) {
        invitations.accept(scope(), assignmentId, invitationId);
        return state(scope(), assignmentId);
    }

    @POST
    @Path("invitations/{invitationId}/decline")
    @Operation(summary = "The invited colleague declines the invitation")
    public State decline(@PathParam("assignmentId") String assignmentId, @PathParam("invitationId") long invitationId) {
        invitations.decline(scope(), assignmentId, invitationId);
        return state(scope(), assignmentId);
    }

    @DELETE
    @Path("invitations/{invitationId}")
    @Operation(summary = "The sender withdraws an open invitation")
    public State withdraw(@PathParam("assignmentId") String assignmentId, @PathParam("invitationId") long invitationId) {
        invitations.withdraw(scope(), assignmentId, invitationId);
        return state(scope(), assignmentId);
    }

    @DELETE
    @Path("partners/{userId}")
    @Operation(summary = "Ends a partnership while no observation between the two is submitted")
    public State end(@PathParam("assignmentId") String assignmentId, @PathParam("userId") long partnerId) {
        partnerships.end(scope(), assignmentId, partnerId);
        return state(scope(), assignmentId);
    }

    @PUT
    @Path("observations/{observationId}/planning")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plans or reschedules the observed conversation: date and time in Europe/Amsterdam, a note on"
            + " the place, the kind of conversation and its length in minutes")
    public State plan(@PathParam("assignmentId") String assignmentId, @PathParam("observationId") long observationId,
                      ObservationPlanning.PlanningInput body) {
        planning.plan(scope(), assignmentId, observationId, body);
        return state(scope(), assignmentId);
    }

    @POST
    @Path("observations/{observationId}/cancel")
    @Operation(summary = "Cancels the planned conversation; its calendar file then cancels the event")
    public State cancel(@PathParam("assignmentId") String assignmentId, @PathParam("observationId") long observationId) {
        planning.cancel(scope(), assignmentId, observationId);
        return state(scope(), assignmentId);
    }

    /** The planned conversation as an iCalendar file ("Zet in je agenda"), in {@code ?lang=} or the launch's. */
    @GET
    @Path("observations/{observationId}/calendar.ics")
    @Produces(ObservationCalendar.MEDIA_TYPE)
    @Operation(summary = "The planned conversation as an iCalendar file")
    public Response calendar(@PathParam("assignmentId") String assignmentId,
                             @PathParam("observationId") long observationId, @QueryParam("lang") String lang) {
        Language language = WorkSessions.language(session, lang);
        ObservationCalendar file = ObservationCalendar.of(planning.planned(scope(), assignmentId, observationId), language,
                address.base().getHost(), clock.instant(), texts);
        return Response.ok(file.toICalendar(), ObservationCalendar.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName(language, texts) + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** Saves the observer's form as a draft: all of it, as autosave sends it. */
    @PUT
    @Path("observations/{observationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves the observer's form as a draft: marks, examples, compliment and tip")
    public FormSaved saveForm(@PathParam("assignmentId") String assignmentId,
                              @PathParam("observationId") long observationId, @HeaderParam("If-Match") String ifMatch,
                              ObservationForms.FormInput body) {
        OptionalLong edited = DraftVersions.ifMatch(ifMatch, texts);
        ObservationForms.SavedForm saved = edited.isPresent()
                ? forms.saveForm(scope(), assignmentId, observationId, body, edited)
                : forms.saveForm(scope(), assignmentId, observationId, body);
        return new FormSaved(observationId, saved.savedAt(), saved.version(),
                ProgressView.of(work.assignment(scope(), assignmentId).progress()));
    }

    @POST
    @Path("observations/{observationId}/submit")
    @Operation(summary = "Submits the observer's form once complete; the observed partner can read it then")
    public State submit(@PathParam("assignmentId") String assignmentId, @PathParam("observationId") long observationId) {
        forms.submit(scope(), assignmentId, observationId);
        return state(scope(), assignmentId);
    }

    private State state(WorkScope scope, String assignmentId) {
        return new State(PeerCoachingView.of(peers.state(scope, assignmentId)),
                ProgressView.of(work.assignment(scope, assignmentId).progress()));
    }

    private WorkScope scope() {
        return WorkSessions.scope(session);
    }
}
