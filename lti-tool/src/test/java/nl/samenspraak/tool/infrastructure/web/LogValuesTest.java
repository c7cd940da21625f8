package nl.samenspraak.tool.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A value from a request cannot forge a log line of its own, nor fill the log. */
class LogValuesTest {

    @Test
    void lineBreaksAndQuotesAreEscaped() {
        String forged = "https://lms.example\nSEVERE: Administrator signed in \"ok\"";

        String logged = LogValues.quote(forged);

        assertFalse(logged.contains("\n"), logged);
        assertEquals("\"https://lms.example\\u000aSEVERE: Administrator signed in \\\"ok\\\"\"", logged);
    }

    @Test
    void aLongValueIsCutShort() {
        String logged = LogValues.quote("a".repeat(10_000));

        assertTrue(logged.length() < LogValues.MAX_LENGTH + 10, "length " + logged.length());
        assertTrue(logged.endsWith("\u2026\""), logged);
    }

    @Test
    void noValueIsSaidSo() {
        assertEquals("(none)", LogValues.quote(null));
    }
}
