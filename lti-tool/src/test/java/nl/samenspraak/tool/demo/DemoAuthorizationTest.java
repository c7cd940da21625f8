package nl.samenspraak.tool.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.pack.ContentPackLoader;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.security.TestSecrets;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.lti.launch.LtiClaims;
import nl.samenspraak.tool.lti.login.AuthenticationRequest;
import nl.samenspraak.tool.lti.login.LoginInitiation;
import nl.samenspraak.tool.lti.registration.JdbcPlatformRegistrations;
import nl.samenspraak.tool.texts.Texts;
import org.junit.jupiter.api.Test;

/**
 * The demo platform's two ends of the login: the link that starts the tool's login, and the authorization
 * endpoint that answers the tool's authentication request with an id_token, or refuses it.
 */
class DemoAuthorizationTest {

    private static final DemoCourse COURSE = DemoCourse.of(
            ContentPackLoader.create(DemoAuthorizationTest.class.getClassLoader()).load(Optional.empty()), new Texts());

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);
    private final DemoPlatform platform = platform();
    private final DemoLaunchLinks links = new DemoLaunchLinks(platform, clock);
    private final DemoAuthorization authorization = new DemoAuthorization(platform, COURSE, clock);
    private final DemoLaunchChoice carlaOpensTheQuickscan = new DemoLaunchChoice(DemoPersona.CARLA,
            COURSE.link("kennismakingsgesprek-quickscan").orElseThrow(), Language.EN, DemoDisplay.WINDOW);

    @Test
    void theLinkStartsTheToolsLoginAsAPlatformDoes() {
        URI login = links.loginUri(carlaOpensTheQuickscan);

        assertEquals("http://localhost:9080/lti/login", login.toString().substring(0, login.toString().indexOf('?')));
        LoginInitiation initiation = LoginInitiation.parse(query(login));
        assertEquals("http://localhost:9080/demo", initiation.issuer());
        assertEquals("carla", initiation.loginHint());
        assertEquals(URI.create("http://localhost:9080/lti/launch"), initiation.targetLinkUri());
        assertEquals(Optional.of("samenspraak-demo"), initiation.clientId());
        assertEquals(Optional.of("samenspraak-demo-deployment"), initiation.deploymentId());
        DemoMessageHint hint = DemoMessageHint.parse(initiation.ltiMessageHint().orElseThrow(),
                platform.keys().hintKey(), clock.instant()).orElseThrow();
        assertEquals(DemoPersona.CARLA, hint.persona());
        assertEquals("kennismakingsgesprek-quickscan", hint.assignmentId());
        assertEquals("demo-link-kennismakingsgesprek-quickscan", hint.linkId());
        assertEquals(Language.EN, hint.locale());
    }

    @Test
    void aValidRequestGetsASignedIdTokenForTheToolsLaunchUrl() throws Exception {
        DemoAuthorization.Authorized authorized = authorization.authorize(request("carla", hintFor(carlaOpensTheQuickscan)),
                "form_post", "none");

        assertEquals(URI.create("http://localhost:9080/lti/launch"), authorized.redirectUri());
        assertEquals("the-state", authorized.state());
        assertEquals(Language.EN, authorized.language());
        SignedJWT token = SignedJWT.parse(authorized.idToken());
        assertTrue(token.verify(new RSASSAVerifier(platform.keys().signingKey().toRSAPublicKey())));
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertEquals("the-nonce", claims.getStringClaim("nonce"));
        assertEquals("Carla Smit", claims.getStringClaim("name"));
        assertEquals(Map.of("assignment", "kennismakingsgesprek-quickscan"), claims.getJSONObjectClaim(LtiClaims.CUSTOM));
        assertFalse(authorized.toString().contains(authorized.idToken()) || authorized.toString().contains("the-state"));
    }

    @Test
    void aHintForOnePersonCannotLaunchAnother() {
        refused(DemoAuthorizationError.HINT_FOR_OTHER_PERSON,
                () -> authorization.authorize(request("anna", hintFor(carlaOpensTheQuickscan)), "form_post", "none"));
    }

    @Test
    void aForgedHintIsRefused() {
        String hint = hintFor(carlaOpensTheQuickscan);
        String forged = hint.substring(0, hint.length() - 4) + (hint.endsWith("AAAA") ? "BBBB" : "AAAA");

        refused(DemoAuthorizationError.INVALID_MESSAGE_HINT,
                () -> authorization.authorize(request("carla", forged), "form_post", "none"));
    }

    @Test
    void aRequestWithoutHintIsRefused() {
        URI withoutHint = new AuthenticationRequest(platform.authorizationUrl(), DemoPlatform.CLIENT_ID,
                platform.toolLaunchUrl(), "carla", Optional.empty(), "the-state", "the-nonce").toURI();

        refused(DemoAuthorizationError.INVALID_MESSAGE_HINT, () -> authorization.authorize(withoutHint, "form_post", "none"));
    }

    @Test
    void anExpiredHintIsRefused() {
        DemoAuthorization later = new DemoAuthorization(platform, COURSE,
                Clock.offset(clock, DemoMessageHint.LIFETIME.plusSeconds(1)));

        refused(DemoAuthorizationError.INVALID_MESSAGE_HINT,
                () -> later.authorize(request("carla", hintFor(carlaOpensTheQuickscan)), "form_post", "none"));
    }

    @Test
    void anUnknownPersonIsRefused() {
        refused(DemoAuthorizationError.UNKNOWN_PERSON,
                () -> authorization.authorize(request("eve", hintFor(carlaOpensTheQuickscan)), "form_post", "none"));
    }

    @Test
    void anotherClientOrRedirectUriIsRefused() {
        String hint = hintFor(carlaOpensTheQuickscan);
        URI otherClient = new AuthenticationRequest(platform.authorizationUrl(), "someone-else",
                platform.toolLaunchUrl(), "carla", Optional.of(hint), "s", "n").toURI();
        URI otherRedirect = new AuthenticationRequest(platform.authorizationUrl(), DemoPlatform.CLIENT_ID,
                URI.create("https://attacker.test/collect"), "carla", Optional.of(hint), "s", "n").toURI();

        refused(DemoAuthorizationError.UNKNOWN_CLIENT, () -> authorization.authorize(otherClient, "form_post", "none"));
        refused(DemoAuthorizationError.WRONG_REDIRECT_URI,
                () -> authorization.authorize(otherRedirect, "form_post", "none"));
    }

    @Test
    void aRequestThatIsNotLtisOidcFormIsRefused() {
        URI valid = request("carla", hintFor(carlaOpensTheQuickscan));

        refused(DemoAuthorizationError.PROMPT_NOT_NONE, () -> authorization.authorize(valid, "form_post", "login"));
        refused(DemoAuthorizationError.PROMPT_NOT_NONE, () -> authorization.authorize(valid, "form_post", null));
        refused(DemoAuthorizationError.RESPONSE_MODE_NOT_FORM_POST, () -> authorization.authorize(valid, "query", "none"));
        refused(DemoAuthorizationError.INVALID_REQUEST, () -> authorization.authorize(
                URI.create(valid.toString().replace("response_type=id_token", "response_type=code")), "form_post", "none"));
        refused(DemoAuthorizationError.INVALID_REQUEST, () -> authorization.authorize(
                URI.create(valid.toString().replaceAll("&nonce=[^&]*", "")), "form_post", "none"));
    }

    @Test
    void theFormAcceptsOnlyWhatTheDemoOffers() {
        DemoLaunchChoice choice = new DemoLaunchChoice.Form("bram", "klavertje-vier", "nl", "iframe").toChoice(COURSE);
        assertEquals(DemoPersona.BRAM, choice.persona());
        assertEquals(DemoDisplay.IFRAME, choice.display());

        InvalidDemoChoiceException wrong = assertThrows(InvalidDemoChoiceException.class,
                () -> new DemoLaunchChoice.Form("eve", "bestaat-niet", "de", null).toChoice(COURSE));
        assertEquals(List.of("persona", "assignment", "locale", "display"), wrong.fields());
    }

    private String hintFor(DemoLaunchChoice choice) {
        return LoginInitiation.parse(query(links.loginUri(choice))).ltiMessageHint().orElseThrow();
    }

    /** The authentication request the tool sends after the login, as its LoginService makes it. */
    private URI request(String loginHint, String messageHint) {
        return new AuthenticationRequest(platform.authorizationUrl(), DemoPlatform.CLIENT_ID, platform.toolLaunchUrl(),
                loginHint, Optional.of(messageHint), "the-state", "the-nonce").toURI();
    }

    private static void refused(DemoAuthorizationError expected, Runnable attempt) {
        DemoAuthorizationRejectedException rejected = assertThrows(DemoAuthorizationRejectedException.class,
                attempt::run);
        assertEquals(expected, rejected.error(), rejected.getMessage());
    }

    private static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), key -> new ArrayList<>())
                    .add(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private DemoPlatform platform() {
        Sql sql = MigratedDatabase.create();
        return new DemoPlatform(new DemoMode(true, new PublicAddress("http://localhost:9080")), new JdbcDemoPlatformKeys(sql, TestSecrets.box()), new JdbcPlatformRegistrations(sql),
                new PublicAddress("http://localhost:9080"), clock);
    }
}
