package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import nl.samenspraak.tool.infrastructure.security.RateLimit;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.work.calendarfeed.CalendarFeeds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/calendar-feeds/{token}.ics}: the feed a calendar program subscribes to, without a session: the
 * secret token in the address is the only key. An unknown, revoked or replaced token is 404, the same for
 * each, so that the answer tells nothing about other feeds; each token may be read {@value #PERMITS} times a
 * minute (calendar programs read every few hours).
 */
@Tag(name = "Calendar feed", description = "The teacher's private calendar feed of planned observations")
@Singleton
@Path("calendar-feeds/{token}.ics")
public class CalendarFeedFileResource {

    static final String PATH_START = "/api/calendar-feeds/";
    static final int PERMITS = 30;

    private final CalendarFeeds feeds;
    private final PublicAddress address;
    private final Clock clock;
    private final RateLimit limit;

    @Inject
    public CalendarFeedFileResource(CalendarFeeds feeds, PublicAddress address, Clock clock) {
        this.feeds = feeds;
        this.address = address;
        this.clock = clock;
        this.limit = new RateLimit(PERMITS, Duration.ofMinutes(1), clock);
    }

    @GET
    @Produces(ObservationCalendar.MEDIA_TYPE)
    @Operation(summary = "The teacher's planned observations as an iCalendar feed")
    public Response feed(@PathParam("token") String token) {
        if (limit.acquire(CalendarFeeds.hash(token)).isPresent()) {
            return Problem.of(Response.Status.TOO_MANY_REQUESTS,
                    "Te veel verzoeken voor deze agenda; probeer het over een minuut opnieuw."
                            + " / Too many requests for this calendar; try again in a minute.").toResponse();
        }
        return feeds.feed(token)
                .map(feed -> Response.ok(CalendarFeedFile.of(feed, address.base().getHost(), clock.instant()),
                        ObservationCalendar.MEDIA_TYPE).header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND,
                        "Deze agenda-link werkt niet (meer). Maak in Samenspraak een nieuwe."
                                + " / This calendar link does not work (any more). Make a new one in Samenspraak.")
                        .toResponse());
    }
}
