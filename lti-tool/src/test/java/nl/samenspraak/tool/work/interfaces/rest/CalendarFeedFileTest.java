package nl.samenspraak.tool.work.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.ObservationPlanning;
import nl.samenspraak.tool.work.calendarfeed.CalendarFeeds;
import org.junit.jupiter.api.Test;

/** A teacher's feed read back with ical4j: one VTIMEZONE, each event as its own file has it, across the DST change. */
class CalendarFeedFileTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2027-03-20T10:00:00Z");

    @Test
    void eventsOnEitherSideOfTheSpringChangeAreAtTheirOwnUtcInstant() throws Exception {
        // Summer time begins on Sunday 28 March 2027 at 02:00: the Friday before is UTC+1, the Monday after UTC+2.
        ObservationPlanning.PlannedObservation before = planned(11, 2, ZonedDateTime.of(2027, 3, 26, 15, 30, 0, 0, AMSTERDAM));
        ObservationPlanning.PlannedObservation after = planned(12, 1, ZonedDateTime.of(2027, 3, 29, 15, 30, 0, 0, AMSTERDAM));
        String text = CalendarFeedFile.of(new CalendarFeeds.Feed(Language.NL, List.of(before, after)), "tool.example", NOW,
                new Texts());
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");

        assertEquals(1, calendar.getComponents("VTIMEZONE").size(), text);
        assertEquals(2, events.size());
        assertEquals(Instant.parse("2027-03-26T14:30:00Z"), start(events.get(0)));
        assertEquals(Instant.parse("2027-03-29T13:30:00Z"), start(events.get(1)));
        assertEquals("peer-observation-11@tool.example", events.get(0).getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("2", events.get(0).getProperty(Property.SEQUENCE).orElseThrow().getValue());
        String single = ObservationCalendar.of(before, Language.NL, "tool.example", NOW, new Texts()).toICalendar();
        assertTrue(single.contains(events.get(0).getProperty(Property.UID).orElseThrow().toString()),
                "the feed's event and the event's own file share the uid, so a calendar updates one event");
        assertTrue(text.contains("X-WR-CALNAME:Samenspraak: observaties"), text);
    }

    @Test
    void anAutumnConversationIsInWinterTimeAndAnEmptyFeedIsStillACalendar() throws Exception {
        ObservationPlanning.PlannedObservation autumn = planned(5, 1, ZonedDateTime.of(2027, 11, 1, 9, 0, 0, 0, AMSTERDAM));
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                CalendarFeedFile.of(new CalendarFeeds.Feed(Language.EN, List.of(autumn)), "tool.example", NOW, new Texts())));
        assertEquals(Instant.parse("2027-11-01T08:00:00Z"), start(calendar.<VEvent>getComponent("VEVENT").orElseThrow()));

        Calendar empty = new CalendarBuilder().build(new StringReader(
                CalendarFeedFile.of(new CalendarFeeds.Feed(Language.EN, List.of()), "tool.example", NOW, new Texts())));
        assertEquals(0, empty.getComponents("VEVENT").size());
        assertEquals(1, empty.getComponents("VTIMEZONE").size());
    }

    private static ObservationPlanning.PlannedObservation planned(long id, int sequence, ZonedDateTime start) {
        return new ObservationPlanning.PlannedObservation(id, sequence, start, "Lokaal 4", LocalizedText.of("Anna"),
                LocalizedText.of("Bram"), LocalizedText.of("Intercollegiale coaching", "Peer coaching"));
    }

    private static Instant start(VEvent event) {
        return ((ZonedDateTime) event.getDateTimeStart().getDate()).toInstant();
    }
}
