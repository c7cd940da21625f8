package nl.samenspraak.tool.work.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.ConversationKind;
import nl.samenspraak.tool.work.application.ObservationPlanning;
import org.junit.jupiter.api.Test;

/** The calendar file of a planned observation, read back with ical4j as a calendar would read it. */
class ObservationCalendarTest {

    private static final Texts TEXTS = new Texts();
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final ObservationPlanning.PlannedObservation PLANNED = new ObservationPlanning.PlannedObservation(
            42, 3, ZonedDateTime.of(2027, 1, 14, 15, 30, 0, 0, AMSTERDAM), "Lokaal 12, naast de aula",
            LocalizedText.of("Bram Jansen"), LocalizedText.of("Collega zonder naam", "Colleague without a name"),
            LocalizedText.of("Intercollegiale coaching", "Peer coaching"));

    @Test
    void theEventIsInSchoolTimeWithTheTeachersTheAssignmentAndThePlace() throws Exception {
        ObservationCalendar file = ObservationCalendar.of(PLANNED, Language.NL, "samenspraak.school.nl", NOW, TEXTS);
        String text = file.toICalendar();
        Calendar calendar = parse(text);
        calendar.validate();
        VEvent event = event(calendar);

        assertTrue(text.contains("DTSTART;TZID=Europe/Amsterdam:20270114T153000\r\n"), text);
        ZonedDateTime start = (ZonedDateTime) event.getDateTimeStart().getDate();
        assertEquals(Instant.parse("2027-01-14T14:30:00Z"), start.toInstant(), "winter time: an hour ahead of UTC");
        assertEquals("PT30M", value(event, Property.DURATION));
        assertEquals("Observatie oudergesprek: Bram Jansen kijkt mee bij Collega zonder naam", value(event, Property.SUMMARY));
        assertEquals("Intercollegiale coaching in Samenspraak: Intercollegiale coaching", value(event, Property.DESCRIPTION));
        assertEquals("Lokaal 12, naast de aula", value(event, Property.LOCATION));
        assertEquals("peer-observation-42@samenspraak.school.nl", value(event, Property.UID));
        assertEquals("3", value(event, Property.SEQUENCE));
        assertEquals("20261126T100000Z", value(event, Property.DTSTAMP));
        assertEquals("observatie-2027-01-14.ics", file.fileName(Language.NL, TEXTS));
        List<String> properties = event.getProperties().stream().map(Property::getName).sorted().toList();
        assertEquals(List.of("DESCRIPTION", "DTSTAMP", "DTSTART", "DURATION", "LOCATION", "SEQUENCE", "SUMMARY", "UID"),
                properties, "no organizer, attendees, addresses or anything else about anyone");
    }

    @Test
    void inEnglishAndWithoutANoteThereIsNoLocation() throws Exception {
        ObservationPlanning.PlannedObservation summer = new ObservationPlanning.PlannedObservation(7, 1,
                ZonedDateTime.of(2027, 6, 3, 8, 15, 0, 0, AMSTERDAM), "", PLANNED.observerName(), PLANNED.observedName(),
                PLANNED.assignmentTitle());
        ObservationCalendar file = ObservationCalendar.of(summer, Language.EN, "localhost", NOW, TEXTS);
        VEvent event = event(parse(file.toICalendar()));

        assertEquals("Observing a parent conversation: Bram Jansen sits in with Colleague without a name",
                value(event, Property.SUMMARY));
        assertTrue(event.getProperty(Property.LOCATION).isEmpty());
        assertEquals(Instant.parse("2027-06-03T06:15:00Z"), ((ZonedDateTime) event.getDateTimeStart().getDate()).toInstant(),
                "summer time: two hours ahead");
        assertEquals("observation-2027-06-03.ics", file.fileName(Language.EN, TEXTS));
    }

    @Test
    void aCancelledConversationCancelsTheSameEventWithAHigherSequenceAndItsKindAndLengthShow() throws Exception {
        ObservationPlanning.PlannedObservation visit = new ObservationPlanning.PlannedObservation(42, 4, PLANNED.start(),
                PLANNED.note(), PLANNED.observerName(), PLANNED.observedName(), PLANNED.assignmentTitle(),
                Optional.of(ConversationKind.HOME_VISIT), 45, false);
        ObservationPlanning.PlannedObservation cancelled = new ObservationPlanning.PlannedObservation(42, 5,
                PLANNED.start(), PLANNED.note(), PLANNED.observerName(), PLANNED.observedName(), PLANNED.assignmentTitle(),
                Optional.of(ConversationKind.HOME_VISIT), 45, true);

        Calendar planned = parse(ObservationCalendar.of(visit, Language.EN, "localhost", NOW, TEXTS).toICalendar());
        planned.validate();
        VEvent plannedEvent = event(planned);
        assertEquals("PT45M", value(plannedEvent, Property.DURATION));
        assertTrue(value(plannedEvent, Property.DESCRIPTION).endsWith("Conversation: Home visit"),
                value(plannedEvent, Property.DESCRIPTION));
        assertTrue(plannedEvent.getProperty(Property.STATUS).isEmpty());
        assertEquals("PUBLISH", planned.getProperty(Property.METHOD).orElseThrow().getValue());

        Calendar cancellation = parse(ObservationCalendar.of(cancelled, Language.NL, "localhost", NOW, TEXTS).toICalendar());
        cancellation.validate();
        VEvent event = event(cancellation);
        assertEquals("CANCEL", cancellation.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("CANCELLED", value(event, Property.STATUS));
        assertEquals(value(plannedEvent, Property.UID), value(event, Property.UID), "the same event");
        assertEquals("5", value(event, Property.SEQUENCE), "a newer version than the planned one");
        assertTrue(value(event, Property.SUMMARY).startsWith("Geannuleerd: "), value(event, Property.SUMMARY));
    }

    @Test
    void theTimeZoneDefinitionAgreesWithTheJdkAllYearRound() throws Exception {
        Calendar calendar = parse(ObservationCalendar.of(PLANNED, Language.NL, "localhost", NOW, TEXTS).toICalendar());
        VTimeZone definition = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertEquals("Europe/Amsterdam", definition.getTimeZoneId().getValue());
        TimeZone zone = new TimeZone(definition);
        // From the first change it defines (October 2026: the winter time the January event falls in) to well
        // beyond the event, every day at noon.
        for (Instant day = Instant.parse("2026-10-26T12:00:00Z"); day.isBefore(Instant.parse("2030-01-01T00:00:00Z"));
             day = day.plusSeconds(86_400)) {
            assertEquals(AMSTERDAM.getRules().getOffset(day).getTotalSeconds() * 1000, zone.getOffset(day.toEpochMilli()),
                    day::toString);
        }
    }

    @Test
    void aZoneWhoseClocksChangeOnAnotherDayIsNotGuessedAt() {
        ZonedDateTime chile = ZonedDateTime.of(2027, 1, 14, 15, 30, 0, 0, ZoneId.of("America/Santiago"));
        ObservationPlanning.PlannedObservation elsewhere = new ObservationPlanning.PlannedObservation(1, 1, chile, "",
                PLANNED.observerName(), PLANNED.observedName(), PLANNED.assignmentTitle());

        assertThrows(IllegalStateException.class, () -> ObservationCalendar.of(elsewhere, Language.NL, "localhost", NOW, TEXTS)
                .toICalendar());
    }

    private static Calendar parse(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + property));
    }
}
