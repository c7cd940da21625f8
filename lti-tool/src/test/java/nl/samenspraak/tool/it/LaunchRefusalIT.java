package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.platform.LaunchClaims.CONTEXT;
import static nl.samenspraak.tool.it.platform.LaunchClaims.DEEP_LINKING_SETTINGS;
import static nl.samenspraak.tool.it.platform.LaunchClaims.DEPLOYMENT_ID;
import static nl.samenspraak.tool.it.platform.LaunchClaims.LEARNER;
import static nl.samenspraak.tool.it.platform.LaunchClaims.MESSAGE_TYPE;
import static nl.samenspraak.tool.it.platform.LaunchClaims.RESOURCE_LINK;
import static nl.samenspraak.tool.it.platform.LaunchClaims.ROLES;
import static nl.samenspraak.tool.it.platform.LaunchClaims.TARGET_LINK_URI;
import static nl.samenspraak.tool.it.platform.LaunchClaims.VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import nl.samenspraak.tool.it.platform.AuthorizationRequest;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.ErrorPage;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.PlatformKeys;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Launches the tool must refuse, the 1EdTech certification's known bad payloads among them. Each one:
 * 4xx, the Dutch page names what failed, no session, one log line with the page's code, nothing stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaunchRefusalIT {

    private static final String DL = DEEP_LINKING_SETTINGS;

    private final LtiTestbed testbed = new LtiTestbed();
    private final LtiTestbed.Registered registered = testbed.registeredPlatform();
    private final EmulatedPlatform platform = registered.platform();
    private final PlatformKeys keys = platform.keys();
    private final Refusals refusals = new Refusals();

    @AfterAll
    void stopPlatforms() {
        testbed.close();
    }

    @Test
    void aTokenWithoutKidIsRefused() {
        refused(claims -> keys.sign(claims.build(), header -> header.keyID(null)), 401, "launch.MISSING_KID");
    }

    @Test
    void aTokenWithAKidThePlatformDoesNotPublishIsRefused() {
        refused(claims -> keys.sign(claims.build(), header -> header.keyID("no-such-key")), 401,
                "launch.UNKNOWN_KID", "no-such-key", platform.jwksUrl().toString());
    }

    @Test
    void aTokenSignedByAnotherKeyUnderThePlatformsKidIsRefused() {
        refused(claims -> keys.signWithForeignKey(claims.build()), 401, "launch.BAD_SIGNATURE");
    }

    @Test
    void aTokenChangedAfterSigningIsRefused() {
        refused(claims -> {
            String[] parts = keys.sign(claims.build()).split("\\.");
            String changed = keys.sign(claims.roles(LaunchClaims.INSTRUCTOR).build()).split("\\.")[1];
            return parts[0] + "." + changed + "." + parts[2];
        }, 401, "launch.BAD_SIGNATURE");
    }

    @Test
    void anUnsecuredTokenIsRefused() {
        refused(claims -> PlatformKeys.unsecured(claims.build()), 401, "launch.ALGORITHM_NOT_ALLOWED", "none");
    }

    @Test
    void anHmacTokenKeyedWithThePlatformsPublicKeyIsRefused() {
        refused(claims -> keys.hmacWithPublicKey(claims.build()), 401, "launch.ALGORITHM_NOT_ALLOWED", "HS256");
    }

    @Test
    void somethingThatIsNotAJwtIsRefused() {
        refused(claims -> "dit-is-geen-jwt", 400, "launch.NOT_A_JWT");
    }

    @Test
    void aJwtWithoutItsSignaturePartIsRefused() {
        refused(claims -> {
            String signed = keys.sign(claims.build());
            return signed.substring(0, signed.lastIndexOf('.'));
        }, 400, "launch.NOT_A_JWT");
    }

    @Test
    void aTokenLargerThan64KibIsRefusedUnread() {
        refused(signed(claims -> claims.custom("opvulling", "x".repeat(70_000))), 413, "launch.TOKEN_TOO_LARGE",
                "65536");
    }

    @Test
    void aWrongLtiVersionIsRefused() {
        refused(signed(claims -> claims.set(VERSION, "1.2.0")), 400, "launch.WRONG_VERSION", "1.2.0");
    }

    @Test
    void aMissingLtiVersionIsRefused() {
        refused(signed(claims -> claims.remove(VERSION)), 400, "launch.WRONG_VERSION", "missing");
    }

    @Test
    void aMissingAudienceIsRefused() {
        refused(signed(claims -> claims.remove("aud").remove("azp")), 401, "launch.WRONG_AUDIENCE",
                platform.clientId());
    }

    @Test
    void anotherAudienceIsRefused() {
        refused(signed(claims -> claims.set("aud", "another-tool").remove("azp")), 401, "launch.WRONG_AUDIENCE",
                platform.clientId());
    }

    @Test
    void severalAudiencesWithoutAzpAreRefused() {
        refused(signed(claims -> claims.set("aud", List.of("another-tool", platform.clientId())).remove("azp")),
                401, "launch.AZP_MISMATCH", platform.clientId());
    }

    @Test
    void anAzpThatIsNotTheClientIsRefused() {
        refused(signed(claims -> claims.set("azp", "another-tool")), 401, "launch.AZP_MISMATCH", platform.clientId());
    }

    @Test
    void aMissingIssuerIsRefused() {
        refused(signed(claims -> claims.remove("iss")), 401, "launch.WRONG_ISSUER", "null", platform.issuer());
    }

    @Test
    void anotherIssuerIsRefused() {
        refused(signed(claims -> claims.set("iss", "https://lms.elders.example")), 401, "launch.WRONG_ISSUER",
                "https://lms.elders.example", platform.issuer());
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant expired = Instant.now().minus(Duration.ofMinutes(10));
        refused(signed(claims -> claims.time("iat", expired.minus(Duration.ofMinutes(5))).time("exp", expired)), 401,
                "launch.TOKEN_EXPIRED", Instant.ofEpochSecond(expired.getEpochSecond()).toString());
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        Instant future = Instant.now().plus(Duration.ofMinutes(10));
        refused(signed(claims -> claims.time("iat", future).time("exp", future.plus(Duration.ofMinutes(5)))), 401,
                "launch.TOKEN_FROM_FUTURE", Instant.ofEpochSecond(future.getEpochSecond()).toString());
    }

    @Test
    void aTokenWithoutExpIsRefused() {
        refused(signed(claims -> claims.remove("exp")), 401, "launch.MISSING_TIMESTAMPS");
    }

    @Test
    void aTokenWithoutIatIsRefused() {
        refused(signed(claims -> claims.remove("iat")), 401, "launch.MISSING_TIMESTAMPS");
    }

    @Test
    void aTokenWithoutNonceIsRefused() {
        refused(signed(claims -> claims.remove("nonce")), 401, "launch.NONCE_MISMATCH");
    }

    @Test
    void aMissingSubjectIsRefused() {
        refused(signed(claims -> claims.remove("sub")), 400, "launch.MISSING_CLAIM", "sub");
    }

    @Test
    void aMissingDeploymentIdIsRefused() {
        refused(signed(claims -> claims.remove(DEPLOYMENT_ID)), 400, "launch.MISSING_CLAIM", DEPLOYMENT_ID);
    }

    @Test
    void anUnknownDeploymentIsRefused() {
        refused(signed(claims -> claims.set(DEPLOYMENT_ID, "niet-geregistreerd")), 403, "launch.UNKNOWN_DEPLOYMENT",
                "niet-geregistreerd", platform.issuer(), platform.clientId());
    }

    @Test
    void missingRolesAreRefused() {
        refused(signed(claims -> claims.remove(ROLES)), 400, "launch.MISSING_CLAIM", ROLES);
    }

    @Test
    void rolesThatAreNotAListAreRefused() {
        refused(signed(claims -> claims.set(ROLES, LaunchClaims.INSTRUCTOR)), 400, "launch.MALFORMED_CLAIM", ROLES);
    }

    @Test
    void aMissingResourceLinkIsRefused() {
        refused(signed(claims -> claims.remove(RESOURCE_LINK)), 400, "launch.MISSING_CLAIM", RESOURCE_LINK);
    }

    @Test
    void aResourceLinkWithoutIdIsRefused() {
        refused(signed(claims -> claims.removeMember(RESOURCE_LINK, "id")), 400, "launch.MISSING_CLAIM",
                RESOURCE_LINK + ".id");
    }

    @Test
    void aMissingTargetLinkUriIsRefused() {
        refused(signed(claims -> claims.remove(TARGET_LINK_URI)), 400, "launch.MISSING_CLAIM", TARGET_LINK_URI);
    }

    @Test
    void aContextWithoutIdIsRefused() {
        refused(signed(claims -> claims.removeMember(CONTEXT, "id")), 400, "launch.MISSING_CLAIM", CONTEXT + ".id");
    }

    @Test
    void aMissingMessageTypeIsRefused() {
        refused(signed(claims -> claims.remove(MESSAGE_TYPE)), 400, "launch.WRONG_MESSAGE_TYPE", "missing");
    }

    @Test
    void anUnknownMessageTypeIsRefused() {
        refused(signed(claims -> claims.set(MESSAGE_TYPE, "LtiSubmissionReviewRequest")), 400,
                "launch.WRONG_MESSAGE_TYPE", "LtiSubmissionReviewRequest");
    }

    @Test
    void aDeepLinkingRequestWithoutSettingsIsRefused() {
        refused(signed(claims -> claims.deepLinking(URI.create(platform.issuer() + "/return")).remove(DL)), 400,
                "launch.MISSING_CLAIM", DL);
    }

    @Test
    void aLearnersDeepLinkingRequestIsRefused() {
        refused(signed(claims -> claims.roles(LEARNER).deepLinking(URI.create(platform.issuer() + "/return"))), 403,
                "launch.DEEP_LINKING_NOT_ALLOWED", LEARNER);
    }

    @Test
    void aDeepLinkingRequestWithoutReturnUrlIsRefused() {
        refused(signed(claims -> claims.deepLinking(URI.create(platform.issuer() + "/return"))
                .removeMember(DL, "deep_link_return_url")), 400, "launch.MISSING_CLAIM", DL + ".deep_link_return_url");
    }

    @Test
    void aTargetLinkUriOfAnotherHostIsRefused() {
        refused(signed(claims -> claims.set(TARGET_LINK_URI, "https://elders.example/app/")), 400,
                "launch.FOREIGN_TARGET_LINK", "https://elders.example/app/");
    }

    @Test
    void aTokenForOneLoginPostedWithAnotherLoginsStateIsRefused() {
        HttpBrowser browser = testbed.browser();
        AuthorizationRequest first = platform.authorizedLogin(browser, "replay");
        AuthorizationRequest second = platform.authorizedLogin(browser, "replay");
        String firstToken = platform.signedToken(first, "replay", claims -> claims);

        ToolAnswer answer = testbed.changingNothing(registered, () -> browser.launch(firstToken, second.state()));

        refusals.assertRefused(answer, 401, "launch.NONCE_MISMATCH");
    }

    @Test
    void anUnknownStateIsRefused() {
        HttpBrowser browser = testbed.browser();
        AuthorizationRequest request = platform.authorizedLogin(browser, "unknown-state");
        String token = platform.signedToken(request, "unknown-state", claims -> claims);

        ToolAnswer answer = testbed.changingNothing(registered, () -> browser.launch(token, "onbekende-state-0123456789"));

        refusals.assertRefused(answer, 400, "launch.STATE_UNKNOWN");
    }

    @Test
    void theSameLaunchPostedTwiceIsRefusedTheSecondTime() {
        HttpBrowser browser = testbed.browser();
        AuthorizationRequest request = platform.authorizedLogin(browser, "twice");
        String token = platform.signedToken(request, "twice", claims -> claims);
        assertTrue(browser.sessionToken(browser.launch(token, request.state())).isPresent());

        ToolAnswer again = testbed.changingNothing(registered, () -> browser.launch(token, request.state()));

        refusals.assertRefused(again, 400, "launch.STATE_USED");
    }

    @Test
    void aLaunchFromABrowserWithoutTheStateCookieAndWithoutPlatformStorageIsRefused() {
        HttpBrowser browser = testbed.browser();
        AuthorizationRequest request = platform.authorizedLogin(browser, "no-cookie");
        String token = platform.signedToken(request, "no-cookie", claims -> claims);
        browser.forgetCookies();

        ToolAnswer answer = testbed.changingNothing(registered, () -> browser.launch(token, request.state()));

        refusals.assertRefused(answer, 400, "launch.BROWSER_NOT_BOUND");
    }

    @Test
    void aLaunchWithoutStateOrTokenIsRefused() {
        HttpBrowser browser = testbed.browser();
        AuthorizationRequest request = platform.authorizedLogin(browser, "no-parameter");

        refusals.assertRefused(testbed.changingNothing(registered, () -> browser.launch("", request.state())), 400,
                "launch.MISSING_PARAMETER", "id_token");
        refusals.assertRefused(testbed.changingNothing(registered, () -> browser.launch("x.y.z", "")), 400,
                "launch.MISSING_PARAMETER", "state");
    }

    @Test
    void theLogLineOfARefusalHoldsNeitherTokenNorState() {
        HttpBrowser browser = testbed.browser();
        AuthorizationRequest request = platform.authorizedLogin(browser, "log-check");
        String token = platform.signedToken(request, "log-check", claims -> claims.remove(ROLES));

        ErrorPage page = refusals.assertRefused(browser.launch(token, request.state()), 400, "launch.MISSING_CLAIM",
                ROLES);

        String line = refusals.logLine(page.correlationId());
        assertFalse(line.contains(request.state()) || line.contains(request.nonce()) || line.contains(token), line);
    }

    @Test
    void afterARefusalTheSameUserCanStillLaunch() {
        refused(signed(claims -> claims.remove(ROLES)), 400, "launch.MISSING_CLAIM", ROLES);

        ToolAnswer launch = platform.launch(testbed.browser(), "refused-then-accepted", claims -> claims);

        assertEquals(303, launch.status(), launch.toString());
    }

    /** A token of the emulator's keys with the changed claims. */
    private Function<LaunchClaims, String> signed(UnaryOperator<LaunchClaims> changes) {
        return claims -> keys.sign(changes.apply(claims).build());
    }

    /** A complete login and a launch with the token made from the request's claims, refused. */
    private void refused(Function<LaunchClaims, String> token, int status, String textKey, String... arguments) {
        HttpBrowser browser = testbed.browser();
        String user = "refused-" + textKey;
        AuthorizationRequest request = platform.authorizedLogin(browser, user);
        String idToken = token.apply(platform.claims(request).subject(user));

        ToolAnswer answer = testbed.changingNothing(registered, () -> browser.launch(idToken, request.state()));

        refusals.assertRefused(answer, status, textKey, arguments);
    }
}
