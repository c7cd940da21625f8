package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.Test;

/** The tool's public key set, where platforms look for it: {@code /lti/jwks} and {@code /.well-known/jwks.json}. */
class JwksIT {

    private final LtiTestbed testbed = new LtiTestbed();
    private final HttpBrowser browser = testbed.browser();

    @Test
    void bothAddressesServeTheSameSet() {
        ToolAnswer lti = browser.get("/lti/jwks");
        ToolAnswer wellKnown = browser.get("/.well-known/jwks.json");

        assertEquals(200, lti.status(), lti.toString());
        assertEquals(200, wellKnown.status(), wellKnown.toString());
        assertEquals(lti.json(), wellKnown.json());
        assertTrue(lti.header("Content-Type").orElse("").startsWith("application/json"), lti.toString());
        assertTrue(lti.header("Cache-Control").orElse("").contains("max-age="), lti.toString());
    }

    @Test
    void theSetHoldsTheCurrentAndTheNextKey() {
        List<String> published = kids(browser.get("/lti/jwks").json());

        for (JsonNode key : testbed.admin().keys()) {
            String status = key.path("status").asText();
            if (status.equals("current") || status.equals("next")) {
                assertTrue(published.contains(key.path("kid").asText()), status + " key missing from " + published);
            }
        }
        assertTrue(published.size() >= 2, published.toString());
    }

    @Test
    void theSetHasNoPrivatePartsAndOnlyRsaSigningKeys() {
        for (JsonNode key : browser.get("/lti/jwks").json().path("keys")) {
            for (String secret : List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k")) {
                assertFalse(key.has(secret), "the published key holds " + secret);
            }
            assertEquals("RSA", key.path("kty").asText());
            assertEquals("sig", key.path("use").asText());
            assertEquals("RS256", key.path("alg").asText());
            assertTrue(key.path("n").isTextual() && key.path("e").isTextual(), key.toString());
        }
    }

    private static List<String> kids(JsonNode set) {
        List<String> kids = new ArrayList<>();
        set.path("keys").forEach(key -> kids.add(key.path("kid").asText()));
        return kids;
    }
}
