package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /api/session} lets in only the tool's own, untouched session tokens. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionIT {

    private final LtiTestbed testbed = new LtiTestbed();
    private final LtiTestbed.Registered registered = testbed.registeredPlatform();
    private final HttpBrowser browser = testbed.browser();
    private final String learnerToken = browser.sessionToken(
            registered.platform().launch(browser, "session-learner", claims -> claims)).orElseThrow();

    @AfterAll
    void stopPlatforms() {
        testbed.close();
    }

    @Test
    void theLaunchsTokenOpensTheSessionWithoutRenewalYet() {
        ToolAnswer session = browser.session(learnerToken);

        assertEquals(200, session.status(), session.toString());
        assertEquals("learner", session.json().path("role").asText());
        assertTrue(session.header("Session-Token").isEmpty(), "a new token is not renewed");
    }

    /** Session fixation: the address a launch sends the browser to carries a code that works once, never a token. */
    @Test
    void theLaunchHandsOverAOneTimeCodeNotTheToken() {
        ToolAnswer launch = registered.platform().launch(browser, "session-once", claims -> claims);
        String code = launch.launchCode().orElseThrow(() -> new AssertionError("no code: " + launch));
        assertFalse(launch.header("Location").orElseThrow().contains("session="), "no token in the address");

        ToolAnswer first = browser.exchange(code);
        ToolAnswer second = browser.exchange(code);

        assertEquals(200, first.status(), first.toString());
        assertEquals("no-store", first.header("Cache-Control").orElse(""));
        assertEquals(200, browser.session(first.json().path("token").asText()).status());
        assertEquals(401, second.status(), "a code is used up by its first exchange: " + second);
        assertTrue(second.header("Content-Type").orElse("").startsWith("application/problem+json"), second.toString());
        assertEquals(401, browser.exchange("made-up-code").status());
    }

    /** A signed token is not enough: once its registration is switched off, its session ends within seconds. */
    @Test
    void aSessionEndsWhenItsRegistrationIsDisabled() {
        LtiTestbed.Registered own = testbed.registeredPlatform();
        String token = browser.sessionToken(own.platform().launch(browser, "session-disabled", claims -> claims))
                .orElseThrow();
        assertEquals(200, browser.session(token).status());

        testbed.admin().setEnabled(own.id(), false);

        Instant deadline = Instant.now().plusSeconds(30);
        int status = browser.session(token).status();
        while (status == 200 && Instant.now().isBefore(deadline)) {
            status = browser.session(token).status();
        }
        assertEquals(401, status, "the disabled registration's session is refused once the brief cache has passed");
    }

    @Test
    void noTokenIsUnauthorized() {
        assertUnauthorized(browser.get("/api/session"));
    }

    @Test
    void anotherSchemeIsUnauthorized() {
        assertUnauthorized(browser.get("/api/session", "Authorization", "Basic " + learnerToken));
    }

    @Test
    void somethingThatIsNotATokenIsUnauthorized() {
        assertUnauthorized(browser.session("geen-token"));
    }

    @Test
    void aTokenSignedWithAnotherSecretIsUnauthorized() throws JOSEException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .issuer("samenspraak").audience("samenspraak-session").subject("1").claim("reg", registered.id())
                .claim("dep", registered.platform().deploymentId()).claim("role", "INSTRUCTOR").claim("lang", "nl")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(3600))).build());
        forged.sign(new MACSigner(secret));

        assertUnauthorized(browser.session(forged.serialize()));
    }

    @Test
    void aTokenWhosePayloadWasChangedIsUnauthorized() throws IOException {
        String[] parts = learnerToken.split("\\.");
        ObjectMapper json = new ObjectMapper();
        ObjectNode payload = (ObjectNode) json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        payload.put("role", "INSTRUCTOR");
        String changed = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));

        assertUnauthorized(browser.session(parts[0] + "." + changed + "." + parts[2]));
    }

    @Test
    void theAdministratorsTokenIsNoSession() {
        assertUnauthorized(browser.session(testbed.admin().token()));
    }

    private static void assertUnauthorized(ToolAnswer answer) {
        assertEquals(401, answer.status(), answer.toString());
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), answer.toString());
        assertTrue(answer.header("WWW-Authenticate").orElse("").startsWith("Bearer"), answer.toString());
    }
}
