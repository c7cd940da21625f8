package nl.samenspraak.tool.work.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.texts.Texts;
import org.junit.jupiter.api.Test;

class PlanningWindowTest {

    private final PlanningWindow window = PlanningWindow.around(LocalDate.of(2026, 12, 6), 2);

    @Test
    void reachesAsFarBackAsAhead() {
        assertEquals(LocalDate.of(2024, 12, 6), window.earliest());
        assertEquals(LocalDate.of(2028, 12, 6), window.latest());
    }

    @Test
    void bothEndsAreInside() {
        assertTrue(window.contains(LocalDate.of(2024, 12, 6)));
        assertTrue(window.contains(LocalDate.of(2028, 12, 6)));
        assertFalse(window.contains(LocalDate.of(2024, 12, 5)));
        assertFalse(window.contains(LocalDate.of(2028, 12, 7)));
    }

    @Test
    void theRefusalWritesTheDatesInEachLanguage() {
        assertEquals("Kies een datum van 6 december 2024 tot en met 6 december 2028.", window.chooseWithin(new Texts()).nl());
        assertEquals("Choose a date from 6 December 2024 to 6 December 2028.", window.chooseWithin(new Texts()).in(Language.EN));
    }
}
