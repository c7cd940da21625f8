package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.work.calendarfeed.CalendarFeeds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/calendar-feed}: the signed-in teacher's private calendar feed: whether there is one, a new
 * secret address (shown once; the one before stops working) and revoking it.
 */
@Tag(name = "Calendar feed", description = "The teacher's private calendar feed of planned observations")
@Singleton
@Path("calendar-feed")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

    private final CalendarFeeds feeds;
    private final CurrentSession session;
    private final PublicAddress address;

    @Inject
    public CalendarFeedResource(CalendarFeeds feeds, CurrentSession session, PublicAddress address) {
        this.feeds = feeds;
        this.session = session;
        this.address = address;
    }

    /** Whether the teacher has a feed, and since when; the address itself is shown only when made. */
    public record FeedState(boolean active, Instant madeAt) {
    }

    /** A new address: {@code url} for https, {@code webcal} for calendar programs that subscribe by a click. */
    public record FeedAddress(String url, String webcal, Instant madeAt) {
    }

    @GET
    @Operation(summary = "Whether the teacher has a calendar feed")
    public FeedState state() {
        return feeds.madeAt(WorkSessions.scope(session)).map(at -> new FeedState(true, at))
                .orElse(new FeedState(false, null));
    }

    @POST
    @Operation(summary = "Makes a new secret feed address; the one before stops working")
    public Response renew(@QueryParam("lang") String lang) {
        String token = feeds.renew(WorkSessions.scope(session), WorkSessions.language(session, lang));
        String url = address.resolve(CalendarFeedFileResource.PATH_START + token + ".ics").toString();
        String webcal = url.replaceFirst("^https?://", "webcal://");
        Instant madeAt = feeds.madeAt(WorkSessions.scope(session)).orElseThrow();
        return Response.status(Response.Status.CREATED).entity(new FeedAddress(url, webcal, madeAt))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Operation(summary = "Stops the calendar feed: its address no longer works")
    public FeedState revoke() {
        feeds.revoke(WorkSessions.scope(session));
        return new FeedState(false, null);
    }
}
