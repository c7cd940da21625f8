package nl.samenspraak.tool.privacy.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.web.Pages;
import nl.samenspraak.tool.privacy.application.TeacherExport;
import org.junit.jupiter.api.Test;

/** The readable export page: every value escaped, dates and codes in words, in the asked language. */
class ExportFileTest {

    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    private static TeacherExport export() {
        return new TeacherExport(AT, new TeacherExport.Person(7, "Schoolplatform", "anna", "Anna de Vries", null, null,
                "nl-NL", AT, AT),
                List.of(new TeacherExport.Membership(3, "Ouderbetrokkenheid", "learner", "Learner", AT)),
                List.of(new TeacherExport.Work("film-1", "Film: een gesprek", "Ouderbetrokkenheid", AT, null, null, AT,
                        List.of(new TeacherExport.Answer("q1", "Wat viel op?", "<script>alert(1)</script> & meer", null,
                                null, AT)), List.of(), List.of(), List.of())),
                List.of(new TeacherExport.Invitation("peer-1", "Ouderbetrokkenheid", "received", "Bram Jansen",
                        "accepted", AT, AT)),
                List.of(), List.of(), List.of(new TeacherExport.AuditEntryView(AT, "trainer", "Tineke Trainer",
                        "opened_work", "Ouderbetrokkenheid")));
    }

    private static String html(Language language) {
        return ExportFile.page(export(), new Pages(), language);
    }

    @Test
    void theAnswersAreEscapedAndTheDatesAndCodesReadAsWords() {
        String page = html(Language.NL);

        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; meer"), page);
        assertFalse(page.contains("<script>"), "nothing the teacher typed becomes markup");
        assertTrue(page.contains("26 november 2026, 11:00"), "a date in school time, in words: " + page);
        assertTrue(page.contains("trainer Tineke Trainer"), page);
        assertTrue(page.contains("opende het werk (Ouderbetrokkenheid)"), page);
        assertTrue(page.contains("Ouderbetrokkenheid (deelnemer,"), page);
        assertTrue(page.contains("<h1>Mijn gegevens in Samenspraak</h1>"), page);
        assertTrue(page.contains("ontvangen van · Bram Jansen · peer-1 · 26 november 2026, 11:00: aangenomen"), page);
    }

    @Test
    void inEnglishToo() {
        String page = html(Language.EN);

        assertTrue(page.contains("<html lang=\"en\">"), page);
        assertTrue(page.contains("26 November 2026, 11:00"), page);
        assertTrue(page.contains("opened the work (Ouderbetrokkenheid)"), page);
        assertTrue(page.contains("received from · Bram Jansen · peer-1"), page);
        assertEquals(-1, page.indexOf("{{"), "every tag filled in");
    }

    @Test
    void theFileIsNamedForWhoseDataAndTheDay() {
        assertEquals("samenspraak-7-2026-11-26.json", ExportFile.name(export(), "json"));
    }
}
