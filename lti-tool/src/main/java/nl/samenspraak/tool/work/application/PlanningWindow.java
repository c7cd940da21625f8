package nl.samenspraak.tool.work.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * The days a teacher can plan something for: the date picker offers only these, and a day outside them is
 * refused with both ends written out in the page's language.
 */
public record PlanningWindow(LocalDate earliest, LocalDate latest) {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.UK);

    /** From {@code years} before {@code today} until as long after it. */
    static PlanningWindow around(LocalDate today, int years) {
        return new PlanningWindow(today.minusYears(years), today.plusYears(years));
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    /** What to do when a day lies outside, as "6 december 2024" and "6 December 2024". */
    LocalizedText chooseWithin(Texts texts) {
        return texts.of(TextKey.PLANNING_WINDOW_CHOOSE_WITHIN,
                LocalizedText.of(earliest.format(DUTCH), earliest.format(ENGLISH)),
                LocalizedText.of(latest.format(DUTCH), latest.format(ENGLISH)));
    }
}
