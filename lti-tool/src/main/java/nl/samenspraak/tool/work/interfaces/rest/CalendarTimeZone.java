package nl.samenspraak.tool.work.interfaces.rest;

import java.time.Month;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * The VTIMEZONE (RFC 5545, 3.6.5) of a zone whose clocks change on the last given weekday of a month, as
 * Europe/Amsterdam's do, made from the JDK's current rules. ical4j's own definitions name Amsterdam by its
 * alias Europe/Brussels, which would not match the TZID of the event's start.
 */
final class CalendarTimeZone {

    private CalendarTimeZone() {
    }

    /** The zone's yearly changes, repeating from the year given (the first year they need to cover). */
    static VTimeZone of(ZoneId zone, int fromYear) {
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new TzId(zone.getId()));
        for (ZoneOffsetTransitionRule rule : zone.getRules().getTransitionRules()) {
            ZoneOffsetTransition first = rule.createTransition(fromYear);
            boolean summer = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            Observance observance = summer ? new Daylight() : new Standard();
            observance.add(new DtStart<>(first.getDateTimeBefore()));
            observance.add(new TzOffsetFrom(rule.getOffsetBefore()));
            observance.add(new TzOffsetTo(rule.getOffsetAfter()));
            observance.add(new RRule<>("FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY=-1"
                    + lastWeekday(zone, rule)));
            timeZone.add(observance);
        }
        return timeZone;
    }

    /** "SU" for a change on the last Sunday of the month: the weekday on or after the month's last seven days. */
    private static String lastWeekday(ZoneId zone, ZoneOffsetTransitionRule rule) {
        Month month = rule.getMonth();
        if (rule.getDayOfWeek() == null || month == Month.FEBRUARY
                || rule.getDayOfMonthIndicator() != month.maxLength() - 6) {
            throw new IllegalStateException("The clocks of " + zone + " no longer change on the last weekday of a month: "
                    + rule + "; CalendarTimeZone needs to learn the new rule.");
        }
        return rule.getDayOfWeek().name().substring(0, 2);
    }
}
