package nl.samenspraak.program.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LocalizedTextTest {

    @Test
    void givesTheTextInTheAskedLanguage() {
        LocalizedText text = LocalizedText.of("Ouders", "Parents");

        assertEquals("Ouders", text.in(Language.NL));
        assertEquals("Parents", text.in(Language.EN));
    }

    @Test
    void fallsBackToDutchWithoutOrWithABlankTranslation() {
        assertEquals("Ouders", LocalizedText.of("Ouders").in(Language.EN));
        assertEquals("Ouders", LocalizedText.of("Ouders", "  ").in(Language.EN));
    }

    @Test
    void requiresADutchText() {
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(" ", "Parents"));
        assertThrows(NullPointerException.class, () -> LocalizedText.of(null));
    }
}
