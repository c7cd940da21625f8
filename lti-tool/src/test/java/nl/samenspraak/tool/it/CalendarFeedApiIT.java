package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.created;
import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The teacher's private calendar feed over HTTP, on both servers: made, read without a session by its secret
 * address and parsed back with ical4j (each event as its own calendar file has it, at the right instant on
 * either side of the daylight-saving change), renewed and revoked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedApiIT {

    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final String BASE = "/api/assignments/" + PEER + "/peer-coaching";
    private static final String FEED = "/api/calendar-feed";

    private final WorkPlatform platform = new WorkPlatform();

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    @Test
    void theFeedHoldsEveryPlannedObservationOfTheTeacherAtTheRightInstant() throws Exception {
        WorkClient anna = learner("anna-feed", "Anna", "course-feed");
        WorkClient bram = learner("bram-feed", "Bram", "course-feed");
        WorkClient carla = learner("carla-feed", "Carla", "course-feed-elsewhere");
        long bramId = colleague(anna, "Bram");
        JsonNode partner = CoachingPairs.pair(BASE, anna, bramId, bram).at("/peerCoaching/partners/0");
        long given = partner.at("/given/id").asLong();
        long received = partner.at("/received/id").asLong();
        // Summer time begins on 28 March 2027: the Friday before is UTC+1, the Monday after UTC+2.
        ok(anna.put(BASE + "/observations/" + given + "/planning", json("plannedAt", "2027-03-26T15:30", "note", "Lokaal 4")));
        ok(bram.put(BASE + "/observations/" + received + "/planning", json("plannedAt", "2027-03-29T15:30", "note", "")));

        assertFalse(ok(anna.get(FEED)).path("active").asBoolean());
        JsonNode made = created(anna.post(FEED, null));
        assertTrue(made.path("webcal").asText().startsWith("webcal://"), made.toString());
        assertTrue(ok(anna.get(FEED)).path("active").asBoolean());
        String annasFeed = path(made);

        Map<String, VEvent> events = events(read(annasFeed));
        assertEquals(2, events.size(), events.toString());
        VEvent before = events.values().stream().filter(event -> value(event, Property.UID).contains("-" + given + "@"))
                .findFirst().orElseThrow();
        VEvent after = events.values().stream().filter(event -> value(event, Property.UID).contains("-" + received + "@"))
                .findFirst().orElseThrow();
        assertEquals(Instant.parse("2027-03-26T14:30:00Z"), start(before));
        assertEquals(Instant.parse("2027-03-29T13:30:00Z"), start(after));
        assertEquals("Lokaal 4", value(before, Property.LOCATION));

        VEvent single = events(calendarFile(anna, given)).values().iterator().next();
        assertEquals(value(single, Property.UID), value(before, Property.UID), "the same event as the .ics file");
        assertEquals(value(single, Property.SEQUENCE), value(before, Property.SEQUENCE));

        ok(bram.put(BASE + "/observations/" + given + "/planning", json("plannedAt", "2027-03-26T16:00", "note", "Lokaal 5")));
        VEvent moved = events(read(annasFeed)).get(value(before, Property.UID));
        assertEquals(Integer.parseInt(value(before, Property.SEQUENCE)) + 1, Integer.parseInt(value(moved, Property.SEQUENCE)),
                "a calendar takes the changed planning as an update of the same event");
        assertEquals(Instant.parse("2027-03-26T15:00:00Z"), start(moved));

        assertEquals(events.keySet(), events(read(path(created(bram.post(FEED, null))))).keySet(),
                "Bram's feed has both too: one as observer, one as observed");
        assertEquals(0, events(read(path(created(carla.post(FEED, null))))).size(), "nothing of another course");
    }

    @Test
    void aRenewedOrRevokedFeedAddressNoLongerWorks() throws Exception {
        WorkClient dirk = learner("dirk-feed", "Dirk", "course-feed-renew");
        String first = path(created(dirk.post(FEED, null)));
        read(first);
        String second = path(created(dirk.post(FEED, null)));

        assertProblem(WorkClient.withAuthorization(null).get(first), 404);
        read(second);
        assertFalse(ok(dirk.delete(FEED)).path("active").asBoolean());
        assertProblem(WorkClient.withAuthorization(null).get(second), 404);
        assertFalse(ok(dirk.get(FEED)).path("active").asBoolean());
        assertProblem(WorkClient.withAuthorization(null).get("/api/calendar-feeds/made-up-token.ics"), 404);
        assertProblem(WorkClient.withAuthorization(null).get(FEED), 401);
    }

    private WorkClient learner(String subject, String name, String courseId) {
        return platform.launch(subject, claims -> claims.set("name", name).member(LaunchClaims.CONTEXT, "id", courseId));
    }

    private static long colleague(WorkClient teacher, String name) {
        for (JsonNode colleague : ok(teacher.get(BASE)).at("/peerCoaching/colleagues")) {
            if (colleague.path("name").asText().equals(name)) {
                return colleague.path("userId").asLong();
            }
        }
        throw new AssertionError("No colleague " + name);
    }

    private static String path(JsonNode made) {
        return URI.create(made.path("url").asText()).getRawPath();
    }

    /** The feed as a calendar program reads it: no session, the address only. */
    private static Calendar read(String path) throws Exception {
        ToolClient.Answer answer = WorkClient.withAuthorization(null).get(path);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("text/calendar"), answer.contentType());
        Calendar calendar = new CalendarBuilder().build(new StringReader(answer.body()));
        calendar.validate();
        assertFalse(answer.body().contains("anna-feed") || answer.body().contains("bram-feed"), "no platform ids");
        return calendar;
    }

    private static Calendar calendarFile(WorkClient teacher, long observationId) throws Exception {
        ToolClient.Answer answer = teacher.get(BASE + "/observations/" + observationId + "/calendar.ics");
        assertEquals(200, answer.status(), answer.body());
        return new CalendarBuilder().build(new StringReader(answer.body()));
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        Map<String, VEvent> events = new TreeMap<>();
        List<VEvent> all = calendar.getComponents("VEVENT");
        all.forEach(event -> events.put(value(event, Property.UID), event));
        return events;
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + property));
    }

    private static Instant start(VEvent event) {
        return ((ZonedDateTime) event.getDateTimeStart().getDate()).toInstant();
    }
}
