package nl.samenspraak.tool.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.pack.ContentPackLoader;
import nl.samenspraak.tool.lti.launch.LtiClaims;
import nl.samenspraak.tool.lti.launch.LtiLaunch;
import nl.samenspraak.tool.lti.launch.ToolRole;
import nl.samenspraak.tool.texts.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The id_token the demo platform signs: the claims per person, and what the tool reads from them. */
class DemoIdTokenTest {

    private static final DemoCourse COURSE = DemoCourse.of(
            ContentPackLoader.create(DemoIdTokenTest.class.getClassLoader()).load(Optional.empty()), new Texts());
    private static final Map<DemoPersona, ToolRole> ROLES = Map.of(DemoPersona.ANNA, ToolRole.LEARNER,
            DemoPersona.BRAM, ToolRole.LEARNER, DemoPersona.CARLA, ToolRole.INSTRUCTOR,
            DemoPersona.DIRK, ToolRole.ADMINISTRATOR);

    private final DemoKeys keys = DemoKeys.generate();
    private final Instant now = Instant.parse("2025-03-01T09:00:00Z");
    private final DemoCourse.Link link = COURSE.link("bedeesde-ouder-intercollegiale-coaching").orElseThrow();

    @ParameterizedTest
    @EnumSource(DemoPersona.class)
    void eachPersonLaunchesWithTheirNameRolesAndSubject(DemoPersona persona) throws Exception {
        JWTClaimsSet claims = verified(token(persona, Language.NL).toJWT(keys.signingKey()));

        assertEquals(persona.subject(), claims.getSubject());
        assertEquals(persona.fullName(), claims.getStringClaim("name"));
        assertEquals(persona.givenName(), claims.getStringClaim("given_name"));
        assertEquals(persona.familyName(), claims.getStringClaim("family_name"));
        assertEquals(persona.roles(), claims.getStringListClaim(LtiClaims.ROLES));
        assertEquals(ROLES.get(persona), LtiLaunch.parse(claims, DemoPlatform.CLIENT_ID).roles().toolRole());
    }

    @Test
    void thePeopleAreTheFourOfTheCourse() {
        assertEquals(List.of("Anna de Vries", "Bram Jansen", "Carla Smit", "Dirk Bakker"),
                List.of(DemoPersona.values()).stream().map(DemoPersona::fullName).toList());
        assertEquals(List.of("http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"),
                DemoPersona.DIRK.roles(), "an administrator with no role in the course");
    }

    @Test
    void theTokenIsAResourceLinkLaunchForTheToolSignedWithTheKid() throws Exception {
        DemoIdToken token = token(DemoPersona.ANNA, Language.EN);
        SignedJWT signed = SignedJWT.parse(token.toJWT(keys.signingKey()));
        JWTClaimsSet claims = verified(signed.serialize());

        assertEquals(JWSAlgorithm.RS256, signed.getHeader().getAlgorithm());
        assertEquals(keys.signingKey().getKeyID(), signed.getHeader().getKeyID());
        assertEquals("http://localhost:9080/demo", claims.getIssuer());
        assertEquals(List.of("samenspraak-demo"), claims.getAudience());
        assertEquals("samenspraak-demo", claims.getStringClaim("azp"));
        assertEquals("the-nonce", claims.getStringClaim("nonce"));
        assertEquals(now, claims.getIssueTime().toInstant());
        assertEquals(now.plus(DemoIdToken.LIFETIME), claims.getExpirationTime().toInstant());
        assertEquals("LtiResourceLinkRequest", claims.getStringClaim(LtiClaims.MESSAGE_TYPE));
        assertEquals("1.3.0", claims.getStringClaim(LtiClaims.VERSION));
        assertEquals("samenspraak-demo-deployment", claims.getStringClaim(LtiClaims.DEPLOYMENT_ID));
        assertEquals("http://localhost:9080/lti/launch", claims.getStringClaim(LtiClaims.TARGET_LINK_URI));
        assertEquals("samenspraak-demo", claims.getJSONObjectClaim(LtiClaims.TOOL_PLATFORM).get("product_family_code"));
    }

    @Test
    void theLaunchNamesTheCourseTheLinkTheAssignmentAndTheLanguage() throws Exception {
        JWTClaimsSet claims = verified(token(DemoPersona.BRAM, Language.EN).toJWT(keys.signingKey()));

        LtiLaunch launch = LtiLaunch.parse(claims, DemoPlatform.CLIENT_ID);

        LtiLaunch.CourseContext context = launch.context().orElseThrow();
        assertEquals("demo-course", context.id());
        assertEquals(Optional.of("DEMO-OUDERS"), context.label());
        assertEquals(Optional.of("Demo: samenwerken met ouders"), context.title());
        LtiLaunch.ResourceLink resourceLink = launch.resourceLink().orElseThrow();
        assertEquals("demo-link-bedeesde-ouder-intercollegiale-coaching", resourceLink.id());
        assertEquals(Optional.of("Peer coaching: sit in on each other's parent conversation"), resourceLink.title());
        assertEquals("bedeesde-ouder-intercollegiale-coaching", launch.custom().get("assignment"));
        assertEquals(Optional.of("en"), launch.locale());
        assertEquals("iframe", claims.getJSONObjectClaim(LtiClaims.LAUNCH_PRESENTATION).get("document_target"));
        assertEquals("samenspraak-demo-deployment", launch.deploymentId());
    }

    @Test
    void aDutchLaunchHasTheDutchTitle() throws Exception {
        JWTClaimsSet claims = verified(token(DemoPersona.ANNA, Language.NL).toJWT(keys.signingKey()));

        assertEquals("Intercollegiale coaching: kijk mee bij elkaars oudergesprek",
                LtiLaunch.parse(claims, DemoPlatform.CLIENT_ID).resourceLink().orElseThrow().title().orElseThrow());
        assertEquals("nl", claims.getJSONObjectClaim(LtiClaims.LAUNCH_PRESENTATION).get("locale"));
    }

    @Test
    void theStringFormLeavesOutTheNonce() {
        assertFalse(token(DemoPersona.ANNA, Language.NL).toString().contains("the-nonce"));
    }

    private DemoIdToken token(DemoPersona persona, Language locale) {
        return new DemoIdToken("http://localhost:9080/demo", DemoPlatform.CLIENT_ID, DemoPlatform.DEPLOYMENT_ID,
                persona, "the-nonce", URI.create("http://localhost:9080/lti/launch"), COURSE, link, locale,
                DemoDisplay.IFRAME, URI.create("http://localhost:9080/demo"), now);
    }

    /** The claims, once the signature checks out against the published key set. */
    private JWTClaimsSet verified(String jwt) throws Exception {
        SignedJWT signed = SignedJWT.parse(jwt);
        RSAKey published = (RSAKey) keys.publicKeySet().getKeyByKeyId(signed.getHeader().getKeyID());
        assertFalse(published.isPrivate(), "the key set holds the public key only");
        assertTrue(signed.verify(new RSASSAVerifier(published)), "signed with the demo platform's key");
        return signed.getJWTClaimsSet();
    }
}
