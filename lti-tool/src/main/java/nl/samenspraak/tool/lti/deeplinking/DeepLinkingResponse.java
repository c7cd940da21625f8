package nl.samenspraak.tool.lti.deeplinking;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.tool.lti.keys.ToolKey;

/**
 * The tool's {@code LtiDeepLinkingResponse} (Deep Linking 2.0, section 4.5) as a JWT signed with the tool's
 * current key: {@code iss} is the tool's client_id and {@code aud} the platform's issuer as one string (Moodle
 * finds the tool by {@code iss}; some platforms fail on an array), a fresh nonce, {@code kid} in the header
 * (Brightspace needs it), {@code data} echoed unchanged. No items is the answer to a cancel.
 */
public record DeepLinkingResponse(String clientId, String platformIssuer, String deploymentId, List<ContentItem> items,
                                  Optional<String> data, String nonce, Instant issuedAt) {

    static final String MESSAGE_TYPE = "LtiDeepLinkingResponse";
    static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    static final String DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    /** Canvas refuses a response older than 5 minutes; the browser posts it at once. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    public DeepLinkingResponse {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(platformIssuer, "platformIssuer");
        Objects.requireNonNull(deploymentId, "deploymentId");
        items = List.copyOf(items);
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /**
     * The signed response.
     *
     * @param launchUrl the launch URL the platform registered for the tool, every item's {@code url}
     */
    public String toJWT(ToolKey key, URI launchUrl) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .audience(platformIssuer)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(LIFETIME)))
                .claim("nonce", nonce)
                .claim(CLAIM + "deployment_id", deploymentId)
                .claim(CLAIM + "message_type", MESSAGE_TYPE)
                .claim(CLAIM + "version", "1.3.0")
                .claim(CONTENT_ITEMS, items.stream().map(item -> item.toJSONObject(launchUrl)).toList());
        data.ifPresent(value -> claims.claim(DATA, value));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key.keyPair()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the deep-linking response", e);
        }
        return jwt.serialize();
    }
}
