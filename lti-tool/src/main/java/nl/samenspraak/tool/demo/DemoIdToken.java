package nl.samenspraak.tool.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.lti.launch.LtiClaims;

/**
 * The id_token of a resource-link launch from the demo platform (LTI 1.3 Core, 5.1.2 and 5.3/5.4): who the
 * person is and their roles, the course and the link they clicked, the assignment as a custom parameter,
 * the language and display; for the tool's client_id, with the login's nonce, signed RS256 with the
 * platform's key and its kid.
 */
public record DemoIdToken(String issuer, String clientId, String deploymentId, DemoPersona persona, String nonce,
                          URI targetLinkUri, DemoCourse course, DemoCourse.Link link, Language locale,
                          DemoDisplay display, URI returnUrl, Instant issuedAt) {

    /** Long enough to post the form, short enough that a token left in a browser's history is worthless. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    static final String COURSE_OFFERING = "http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering";

    public DemoIdToken {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(targetLinkUri, "targetLinkUri");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    public Instant expiresAt() {
        return issuedAt.plus(LIFETIME);
    }

    public JWTClaimsSet toClaims() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("id", course.id());
        context.put("label", course.label());
        context.put("title", course.title());
        context.put("type", List.of(COURSE_OFFERING));
        Map<String, Object> presentation = new LinkedHashMap<>();
        presentation.put("locale", locale.code());
        presentation.put("document_target", display.target());
        presentation.put("return_url", returnUrl.toString());
        Map<String, Object> platform = new LinkedHashMap<>();
        platform.put("guid", DemoPlatform.PRODUCT_FAMILY);
        platform.put("name", DemoPlatform.NAME);
        platform.put("product_family_code", DemoPlatform.PRODUCT_FAMILY);
        return new JWTClaimsSet.Builder()
                .issuer(issuer).audience(clientId).claim("azp", clientId).subject(persona.subject())
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt())).claim("nonce", nonce)
                .claim("name", persona.fullName()).claim("given_name", persona.givenName())
                .claim("family_name", persona.familyName()).claim("locale", locale.code())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST)
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.DEPLOYMENT_ID, deploymentId)
                .claim(LtiClaims.TARGET_LINK_URI, targetLinkUri.toString())
                .claim(LtiClaims.RESOURCE_LINK, Map.of("id", link.id(), "title", link.title().in(locale)))
                .claim(LtiClaims.CONTEXT, context)
                .claim(LtiClaims.ROLES, persona.roles())
                .claim(LtiClaims.LAUNCH_PRESENTATION, presentation)
                .claim(LtiClaims.CUSTOM, link.opensAssignment() ? Map.of("assignment", link.assignmentId()) : Map.of())
                .claim(LtiClaims.TOOL_PLATFORM, platform)
                .build();
    }

    /** The signed token, with the key's kid in its header so the tool finds the key in the platform's key set. */
    public String toJWT(RSAKey signingKey) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(signingKey.getKeyID()).build(), toClaims());
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the demo id_token", e);
        }
        return jwt.serialize();
    }

    /** Without the nonce: one-time values stay out of logs. */
    @Override
    public String toString() {
        return "DemoIdToken[" + persona.id() + ", " + link.id() + ", " + locale.code() + "]";
    }
}
