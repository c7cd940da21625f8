package nl.samenspraak.tool.lti.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.admin.AdminToken;
import nl.samenspraak.tool.lti.launch.ToolRole;
import org.junit.jupiter.api.Test;

class SessionTokenTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final byte[] secret = bytes(1);
    private final SessionToken session = new SessionToken(7, 3, "deployment-1", Optional.of(11L), Optional.of(13L),
            ToolRole.INSTRUCTOR, Language.EN, NOW.minusSeconds(3600), NOW, NOW.plusSeconds(7200));

    private static byte[] bytes(int seed) {
        byte[] bytes = new byte[64];
        Arrays.fill(bytes, (byte) seed);
        return bytes;
    }

    @Test
    void aTokenReadsBackAsTheSameSession() {
        assertEquals(session, SessionToken.parse(session.toJWT(secret), secret, NOW.plusSeconds(10)));
    }

    @Test
    void aSessionWithoutCourseOrLinkReadsBackWithout() {
        SessionToken bare = new SessionToken(7, 3, "d", Optional.empty(), Optional.empty(), ToolRole.LEARNER,
                Language.NL, NOW, NOW, NOW.plusSeconds(60));

        assertEquals(bare, SessionToken.parse(bare.toJWT(secret), secret, NOW));
    }

    @Test
    void aTokenEndsAtItsExpiry() {
        String token = session.toJWT(secret);

        SessionToken.parse(token, secret, NOW.plusSeconds(7199));
        assertRefused(token, NOW.plusSeconds(7200));
    }

    @Test
    void aTokenOfAnotherSecretIsRefused() {
        assertThrows(InvalidSessionException.class,
                () -> SessionToken.parse(session.toJWT(bytes(2)), secret, NOW));
    }

    @Test
    void aChangedPayloadIsRefused() {
        String[] parts = session.toJWT(secret).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"INSTRUCTOR\"", "\"ADMINISTRATOR\"");
        String changed = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRefused(changed, NOW);
    }

    @Test
    void theAdministratorsTokenIsNoSession() {
        assertRefused(new AdminToken(NOW, NOW.plusSeconds(3600)).toJWT(secret), NOW);
    }

    @Test
    void anUnsecuredTokenIsRefused() throws ParseException {
        assertRefused(new PlainJWT(SignedJWT.parse(session.toJWT(secret)).getJWTClaimsSet()).serialize(), NOW);
    }

    @Test
    void anotherHmacAlgorithmWithTheSameSecretIsRefused() throws JOSEException, ParseException {
        SignedJWT other = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512),
                SignedJWT.parse(session.toJWT(secret)).getJWTClaimsSet());
        other.sign(new MACSigner(secret));

        assertRefused(other.serialize(), NOW);
    }

    @Test
    void aSignedTokenWithoutTheSessionClaimsIsRefused() throws JOSEException {
        SignedJWT empty = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .issuer("samenspraak").audience("samenspraak-session").build());
        empty.sign(new MACSigner(secret));

        assertRefused(empty.serialize(), NOW);
        assertRefused("geen-token", NOW);
    }

    private void assertRefused(String token, Instant now) {
        assertThrows(InvalidSessionException.class, () -> SessionToken.parse(token, secret, now));
    }
}
