package nl.samenspraak.tool.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.Map;
import nl.samenspraak.program.content.Language;

/**
 * The language to refuse a launch in: the locale the id_token asks for (its launch_presentation, else the
 * user's), read without trusting the token, which only decides the words of the error page; else the
 * browser's language.
 */
final class LaunchLanguage {

    private LaunchLanguage() {
    }

    static Language of(String idToken, Language browserLanguage) {
        if (idToken == null || idToken.length() > IdTokenValidator.MAX_TOKEN_CHARS) {
            return browserLanguage;
        }
        try {
            JWTClaimsSet claims = JWTParser.parse(idToken).getJWTClaimsSet();
            Object presentation = claims.getClaim(LtiClaims.LAUNCH_PRESENTATION);
            Object locale = presentation instanceof Map<?, ?> map ? map.get("locale") : null;
            if (!(locale instanceof String)) {
                locale = claims.getClaim("locale");
            }
            return locale instanceof String tag ? Language.fromTag(tag) : browserLanguage;
        } catch (ParseException e) {
            return browserLanguage;
        }
    }
}
