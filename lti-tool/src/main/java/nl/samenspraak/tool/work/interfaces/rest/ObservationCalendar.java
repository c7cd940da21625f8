package nl.samenspraak.tool.work.interfaces.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.ObservationPlanning;

/**
 * A planned peer observation as an iCalendar file (RFC 5545) for the teachers' own calendars: one event in
 * school time, with the two teachers' names, the assignment's title and the note on the place, and nothing
 * else about anyone. The uid stays the same and the sequence grows with every change of the planning, so
 * that a calendar takes a newer file as an update of the event.
 *
 * @param location  the note on the place; empty for none
 * @param length    how long the conversation is planned to take
 * @param cancelled the conversation was called off: the file cancels the event (METHOD:CANCEL,
 *                  STATUS:CANCELLED) with the same uid and a higher sequence
 */
public record ObservationCalendar(String uid, int sequence, Instant stamp, ZonedDateTime start, String summary,
                                  String description, String location, Duration length, boolean cancelled) {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    public ObservationCalendar {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(length, "length");
    }

    /** The event for a planned observation, in the language asked, with a uid in the tool's own domain. */
    public static ObservationCalendar of(ObservationPlanning.PlannedObservation planned, Language language,
                                         String host, Instant now, Texts texts) {
        LocalizedText summary = texts.of(TextKey.OBSERVATION_CALENDAR_SUMMARY, planned.observerName(),
                planned.observedName());
        LocalizedText description = planned.kind()
                .map(kind -> texts.of(TextKey.OBSERVATION_CALENDAR_DESCRIPTION_WITH_KIND, planned.assignmentTitle(),
                        ConversationKinds.name(kind, texts)))
                .orElseGet(() -> texts.of(TextKey.OBSERVATION_CALENDAR_DESCRIPTION, planned.assignmentTitle()));
        LocalizedText title = planned.cancelled() ? texts.of(TextKey.OBSERVATION_CALENDAR_CANCELLED, summary) : summary;
        return new ObservationCalendar("peer-observation-" + planned.observationId() + "@" + host, planned.sequence(), now,
                planned.start(), title.in(language), description.in(language), planned.note(),
                Duration.ofMinutes(planned.minutes()), planned.cancelled());
    }

    /** The file's name: the day of the conversation, so that two files do not overwrite each other. */
    public String fileName(Language language, Texts texts) {
        return texts.of(TextKey.OBSERVATION_CALENDAR_FILE_NAME, start.toLocalDate()).in(language);
    }

    /** The event alone, for a calendar of several (the teacher's feed). */
    VEvent toEvent() {
        VEvent event = new VEvent(start, length, summary);
        event.replace(new DtStamp(stamp));
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        event.add(new Description(description));
        if (!location.isEmpty()) {
            event.add(new Location(location));
        }
        if (cancelled) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        return event;
    }

    public String toICalendar() {
        VEvent event = toEvent();
        Calendar calendar = new Calendar().withProdId("-//Samenspraak//Intercollegiale coaching//NL").withDefaults()
                .withProperty(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH)
                // From the year before: a January conversation falls in the winter time that began in October.
                .withComponent(CalendarTimeZone.of(start.getZone(), start.getYear() - 1))
                .withComponent(event).getFluentTarget();
        StringWriter file = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }
}
