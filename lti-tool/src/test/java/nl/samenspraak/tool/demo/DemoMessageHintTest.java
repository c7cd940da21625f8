package nl.samenspraak.tool.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import nl.samenspraak.program.content.Language;
import org.junit.jupiter.api.Test;

/** The lti_message_hint cannot be changed into a launch of another person or link, and expires. */
class DemoMessageHintTest {

    private final byte[] key = DemoKeys.generate().hintKey();
    private final Instant now = Instant.parse("2025-03-01T09:00:00Z");
    private final DemoMessageHint hint = new DemoMessageHint(DemoPersona.ANNA, "demo-link-klavertje-vier",
            "klavertje-vier", Language.EN, DemoDisplay.IFRAME, now.plus(DemoMessageHint.LIFETIME));

    @Test
    void aHintReadsBackAsIssued() {
        assertEquals(hint, DemoMessageHint.parse(hint.toJWT(key), key, now).orElseThrow());
    }

    @Test
    void aHintWithAnotherPersonInItsPayloadIsRefused() {
        String[] parts = hint.toJWT(key).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"sub\":\"anna\""), payload);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"sub\":\"anna\"", "\"sub\":\"carla\"").getBytes(StandardCharsets.UTF_8));

        assertTrue(DemoMessageHint.parse(parts[0] + "." + forged + "." + parts[2], key, now).isEmpty());
    }

    @Test
    void aHintSignedWithAnotherKeyIsRefused() {
        String signedElsewhere = hint.toJWT(DemoKeys.generate().hintKey());

        assertTrue(DemoMessageHint.parse(signedElsewhere, key, now).isEmpty());
    }

    @Test
    void anUnsignedHintIsRefused() {
        String unsigned = new PlainJWT(claims("carla")).serialize();

        assertTrue(DemoMessageHint.parse(unsigned, key, now).isEmpty());
    }

    @Test
    void aTokenOfAnotherTypeSignedWithTheKeyIsRefused() throws Exception {
        SignedJWT other = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims("anna"));
        other.sign(new MACSigner(key));

        assertTrue(DemoMessageHint.parse(other.serialize(), key, now).isEmpty());
    }

    @Test
    void anExpiredHintIsRefused() {
        String issued = hint.toJWT(key);

        assertTrue(DemoMessageHint.parse(issued, key, now.plus(DemoMessageHint.LIFETIME)).isEmpty());
        assertTrue(DemoMessageHint.parse(issued, key, now.plus(DemoMessageHint.LIFETIME).minusSeconds(1)).isPresent());
    }

    @Test
    void aHintForSomeoneWhoIsNotInTheCourseIsRefused() throws Exception {
        SignedJWT stranger = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(DemoMessageHint.TYPE).build(),
                claims("eve"));
        stranger.sign(new MACSigner(key));

        assertTrue(DemoMessageHint.parse(stranger.serialize(), key, now).isEmpty());
    }

    @Test
    void garbageIsRefused() {
        assertTrue(DemoMessageHint.parse("not-a-hint", key, now).isEmpty());
        assertTrue(DemoMessageHint.parse("", key, now).isEmpty());
    }

    private JWTClaimsSet claims(String persona) {
        return new JWTClaimsSet.Builder().subject(persona).claim("lnk", "demo-link-klavertje-vier")
                .claim("asg", "klavertje-vier").claim("loc", "en").claim("tgt", "iframe")
                .expirationTime(Date.from(now.plusSeconds(60))).build();
    }
}
