package nl.samenspraak.tool.lti.deeplinking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.tool.lti.keys.ToolKey;
import nl.samenspraak.tool.lti.launch.LinkCustom;
import org.junit.jupiter.api.Test;

class DeepLinkingResponseTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final URI LAUNCH = URI.create("https://samenspraak.school.nl/lti/launch");

    private static ToolKey key() throws Exception {
        RSAKey pair = new RSAKeyGenerator(2048).keyID("kid-1").generate();
        return new ToolKey("kid-1", ToolKey.Status.CURRENT, pair, NOW, NOW, null);
    }

    @Test
    void theResponseCarriesTheClaimsPlatformsCheckAndIsSignedWithTheKid() throws Exception {
        ToolKey key = key();
        ContentItem film = new ContentItem("bedeesde-ouder-film", "De bedeesde ouder", 10, true,
                Optional.of(Instant.parse("2027-01-31T16:00:00Z")));
        String jwt = new DeepLinkingResponse("client-7", "https://moodle.school.nl", "dep-1", List.of(film),
                Optional.of("opaque-data"), "nonce-1", NOW).toJWT(key, LAUNCH);

        SignedJWT signed = SignedJWT.parse(jwt);
        assertTrue(signed.verify(new RSASSAVerifier(key.keyPair().toRSAPublicKey())));
        assertEquals(JWSAlgorithm.RS256, signed.getHeader().getAlgorithm());
        assertEquals("kid-1", signed.getHeader().getKeyID());
        JsonNode claims = new ObjectMapper().readTree(signed.getPayload().toString());
        assertEquals("client-7", claims.path("iss").asText());
        assertTrue(claims.path("aud").isTextual(), "aud is one string: " + claims.path("aud"));
        assertEquals("https://moodle.school.nl", claims.path("aud").asText());
        assertEquals("nonce-1", claims.path("nonce").asText());
        assertEquals(NOW.getEpochSecond(), claims.path("iat").asLong());
        assertEquals(NOW.plusSeconds(300).getEpochSecond(), claims.path("exp").asLong());
        assertEquals("LtiDeepLinkingResponse", claims.path("https://purl.imsglobal.org/spec/lti/claim/message_type").asText());
        assertEquals("1.3.0", claims.path("https://purl.imsglobal.org/spec/lti/claim/version").asText());
        assertEquals("dep-1", claims.path("https://purl.imsglobal.org/spec/lti/claim/deployment_id").asText());
        assertEquals("opaque-data", claims.path("https://purl.imsglobal.org/spec/lti-dl/claim/data").asText());

        JsonNode item = claims.path("https://purl.imsglobal.org/spec/lti-dl/claim/content_items").get(0);
        assertEquals("ltiResourceLink", item.path("type").asText());
        assertEquals("De bedeesde ouder", item.path("title").asText());
        assertEquals(LAUNCH.toString(), item.path("url").asText());
        assertEquals("bedeesde-ouder-film", item.path("custom").path("assignment").asText());
        assertEquals("10", item.path("custom").path("score_maximum").asText());
        assertEquals("true", item.path("custom").path("needs_approval").asText());
        assertEquals("2027-01-31T16:00:00Z", item.path("custom").path("due_at").asText());
        item.path("custom").fields().forEachRemaining(field -> {
            assertTrue(field.getValue().isTextual(), "custom values are strings: " + field.getKey());
            assertEquals(field.getKey().toLowerCase(), field.getKey());
        });
        assertEquals(10, item.path("lineItem").path("scoreMaximum").asDouble());
        assertEquals("De bedeesde ouder", item.path("lineItem").path("label").asText());
        assertEquals("bedeesde-ouder-film", item.path("lineItem").path("resourceId").asText());
        assertEquals("samenspraak", item.path("lineItem").path("tag").asText());
        assertEquals("2027-01-31T16:00:00Z", item.path("submission").path("endDateTime").asText());
    }

    @Test
    void aCancelHasNoItemsAndNoDataWhenTheRequestHadNone() throws Exception {
        String jwt = new DeepLinkingResponse("client-7", "https://moodle.school.nl", "dep-1", List.of(),
                Optional.empty(), "nonce-2", NOW).toJWT(key(), LAUNCH);

        JsonNode claims = new ObjectMapper().readTree(SignedJWT.parse(jwt).getPayload().toString());
        assertEquals(0, claims.path("https://purl.imsglobal.org/spec/lti-dl/claim/content_items").size());
        assertTrue(claims.path("https://purl.imsglobal.org/spec/lti-dl/claim/content_items").isArray());
        assertFalse(claims.has("https://purl.imsglobal.org/spec/lti-dl/claim/data"));
    }

    @Test
    void theCustomParametersComeBackAsTheLinksSettingsAtLaunch() {
        ContentItem item = new ContentItem("quickscan", "Quickscan", 7.5, false, Optional.empty());

        LinkCustom read = LinkCustom.parse(item.custom().toCustom());

        assertEquals(Optional.of("quickscan"), read.assignmentId());
        assertEquals(Optional.of(7.5), read.scoreMaximum());
        assertEquals(Optional.of(false), read.needsApproval());
        assertEquals(Optional.empty(), read.dueAt());
        assertEquals(new LinkCustom(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                LinkCustom.parse(Map.of("score_maximum", "-1", "needs_approval", "ja", "due_at", "morgen")),
                "values that do not parse are as if not set");
    }
}
