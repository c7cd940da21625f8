package nl.samenspraak.program.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en-GB|EN",
            "en|EN",
            "EN_us|EN",
            "nl-BE|NL",
            "fr-FR|NL",
            "''|NL",
            "*|NL",
            "de, en-GB;q=0.8, nl;q=0.5|EN",
            "nl;q=0.5, en;q=0.9|EN",
            "en;q=0, nl|NL",
            "en;q=zero|NL",
            "en;q=0.7, nl;q=0.7|EN",
            "nl, en|NL"})
    void picksTheSupportedLanguageTheClientPrefers(String header, Language expected) {
        assertEquals(expected, Language.fromTag(header));
    }

    @Test
    void fallsBackToDutchWithoutAHeader() {
        assertEquals(Language.NL, Language.fromTag(null));
    }

    @Test
    void readsThePackCodes() {
        assertEquals(Optional.of(Language.EN), Language.fromCode("en"));
        assertEquals(Optional.of(Language.NL), Language.fromCode("NL"));
        assertEquals(Optional.empty(), Language.fromCode("de"));
        assertEquals("nl", Language.NL.code());
    }
}
