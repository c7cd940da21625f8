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
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.infrastructure.security.RateLimit;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
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
    private final Texts texts;

    @Inject
    public CalendarFeedFileResource(CalendarFeeds feeds, PublicAddress address, Clock clock, Texts texts) {
        this.feeds = feeds;
        this.address = address;
        this.clock = clock;
        this.texts = texts;
        this.limit = new RateLimit(PERMITS, Duration.ofMinutes(1), clock);
    }

    @GET
    @Produces(ObservationCalendar.MEDIA_TYPE)
    @Operation(summary = "The teacher's planned observations as an iCalendar feed")
    public Response feed(@PathParam("token") String token) {
        if (limit.acquire(CalendarFeeds.hash(token)).isPresent()) {
            return Problem.of(Response.Status.TOO_MANY_REQUESTS,
                    bothLanguages(texts.of(TextKey.CALENDAR_FEED_FILE_TOO_MANY))).toResponse();
        }
        return feeds.feed(token)
                .map(feed -> Response.ok(CalendarFeedFile.of(feed, address.base().getHost(), clock.instant(), texts),
                        ObservationCalendar.MEDIA_TYPE).header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND,
                        bothLanguages(texts.of(TextKey.CALENDAR_FEED_FILE_UNKNOWN))).toResponse());
    }

    /** A calendar program asks in no language of the teacher's: the refusal says it in both. */
    private static String bothLanguages(LocalizedText text) {
        return text.nl() + " / " + text.in(Language.EN);
    }
}
