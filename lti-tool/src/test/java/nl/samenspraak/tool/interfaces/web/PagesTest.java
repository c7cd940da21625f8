package nl.samenspraak.tool.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.samenspraak.program.content.Language;
import org.junit.jupiter.api.Test;

class PagesTest {

    private final Pages pages = new Pages();

    @Test
    void valuesAreEscapedAndTheMarkupIsNot() {
        String html = pages.render("lti-error", Language.NL, Map.of("title", "<script>alert(1)</script>",
                "hint", "a & b", "correlationId", "abc"));

        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("Samenspraak kan niet starten"), html);
    }

    @Test
    void speaksEnglishWhenAsked() {
        String html = pages.render("lti-error", Language.EN, Map.of("title", "x", "hint", "y", "correlationId", "z"));

        assertTrue(html.contains("Samenspraak cannot start"), html);
        assertTrue(html.contains("lang=\"en\""), html);
    }

    @Test
    void scriptJsonCannotCloseTheScriptElement() {
        assertEquals("{\"a\":\"\\u003c/script\\u003e\\u0026\"}", pages.scriptJson(Map.of("a", "</script>&")));
    }

    @Test
    void everyDutchTextHasAnEnglishOne() {
        PageTexts texts = new PageTexts();
        assertEquals(texts.of(Language.NL).keySet(), texts.of(Language.EN).keySet());
    }
}
