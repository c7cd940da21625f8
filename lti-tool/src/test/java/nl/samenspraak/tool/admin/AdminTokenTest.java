package nl.samenspraak.tool.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminTokenTest {

    private static final byte[] SECRET = "a-secret-of-at-least-thirty-two-bytes!".getBytes();
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final AdminToken token = new AdminToken(NOW, NOW.plus(Duration.ofHours(1)));

    @Test
    void aTokenReadsBackUntilItExpires() {
        String jwt = token.toJWT(SECRET);

        assertEquals(Optional.of(token), AdminToken.parse(jwt, SECRET, NOW.plus(Duration.ofMinutes(59))));
        assertEquals(Optional.empty(), AdminToken.parse(jwt, SECRET, NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void anotherSecretOrAChangedTokenIsRefused() {
        String jwt = token.toJWT(SECRET);
        String[] parts = jwt.split("\\.");
        String changed = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

        assertEquals(Optional.empty(), AdminToken.parse(jwt, "another-secret-of-thirty-two-bytes!!".getBytes(), NOW));
        assertEquals(Optional.empty(), AdminToken.parse(changed, SECRET, NOW));
        assertEquals(Optional.empty(), AdminToken.parse("not a token", SECRET, NOW));
    }

    @Test
    void aTokenForAnotherAudienceOrIssuerIsRefused() throws Exception {
        String launchSession = sign(claims().audience("samenspraak-session").build());
        String otherIssuer = sign(claims().issuer("elsewhere").build());

        assertEquals(Optional.empty(), AdminToken.parse(launchSession, SECRET, NOW));
        assertEquals(Optional.empty(), AdminToken.parse(otherIssuer, SECRET, NOW));
        assertTrue(AdminToken.parse(sign(claims().build()), SECRET, NOW).isPresent(), "the same claims, rightly signed");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String unsigned = new PlainJWT(claims().build()).serialize();

        assertEquals(Optional.empty(), AdminToken.parse(unsigned, SECRET, NOW));
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(AdminToken.ISSUER).audience(AdminToken.AUDIENCE).subject("administrator")
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plus(Duration.ofHours(1))));
    }

    private static String sign(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET));
        return jwt.serialize();
    }
}
