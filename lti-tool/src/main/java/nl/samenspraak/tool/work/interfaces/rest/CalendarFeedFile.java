package nl.samenspraak.tool.work.interfaces.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.ObservationPlanning;
import nl.samenspraak.tool.work.calendarfeed.CalendarFeeds;

/**
 * A teacher's calendar feed as one iCalendar file (RFC 5545): each planned observation is the event of its
 * own calendar file ({@link ObservationCalendar}: same uid, same sequence), so a calendar that subscribed
 * and one that imported the file see one event, updated when the planning changes. One VTIMEZONE for
 * Europe/Amsterdam covers every event from the year before the earliest.
 */
final class CalendarFeedFile {

    private CalendarFeedFile() {
    }

    static String of(CalendarFeeds.Feed feed, String host, Instant now, Texts texts) {
        Language language = feed.language();
        Calendar calendar = new Calendar().withProdId("-//Samenspraak//Agenda intercollegiale coaching//NL")
                .withDefaults().withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", texts.of(TextKey.CALENDAR_FEED_FILE_NAME).in(language)))
                .withProperty(new XProperty("X-WR-TIMEZONE", ObservationPlanning.SCHOOL_TIME.getId()))
                .getFluentTarget();
        int firstYear = feed.planned().stream().mapToInt(planned -> planned.start().getYear()).min()
                .orElse(now.atZone(ObservationPlanning.SCHOOL_TIME).getYear());
        calendar.add(CalendarTimeZone.of(ObservationPlanning.SCHOOL_TIME, firstYear - 1));
        feed.planned().forEach(planned -> calendar.add(ObservationCalendar.of(planned, language, host, now, texts).toEvent()));
        StringWriter file = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }
}
