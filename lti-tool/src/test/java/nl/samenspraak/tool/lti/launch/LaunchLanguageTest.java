package nl.samenspraak.tool.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.util.Map;
import nl.samenspraak.program.content.Language;
import org.junit.jupiter.api.Test;

class LaunchLanguageTest {

    @Test
    void aRefusalSpeaksTheLanguageTheLaunchAsksFor() {
        String english = new PlainJWT(new JWTClaimsSet.Builder()
                .claim(LtiClaims.LAUNCH_PRESENTATION, Map.of("locale", "en-GB")).build()).serialize();

        assertEquals(Language.EN, LaunchLanguage.of(english, Language.NL));
    }

    @Test
    void theUsersLocaleCountsWhenThePresentationNamesNone() {
        String english = new PlainJWT(new JWTClaimsSet.Builder().claim("locale", "en").build()).serialize();

        assertEquals(Language.EN, LaunchLanguage.of(english, Language.NL));
    }

    @Test
    void withoutALocaleOrAReadableTokenTheBrowsersLanguageCounts() {
        String none = new PlainJWT(new JWTClaimsSet.Builder().subject("x").build()).serialize();

        assertEquals(Language.EN, LaunchLanguage.of(none, Language.EN));
        assertEquals(Language.EN, LaunchLanguage.of("not a token", Language.EN));
        assertEquals(Language.NL, LaunchLanguage.of(null, Language.NL));
        assertEquals(Language.EN, LaunchLanguage.of("x".repeat(IdTokenValidator.MAX_TOKEN_CHARS + 1), Language.EN));
    }
}
