package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspraak.tool.it.platform.AuthorizationRequest;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.LoginParameters;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The OIDC third-party-initiated login at {@code /lti/login}, as GET and as POST, and its refusals. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginIT {

    private final LtiTestbed testbed = new LtiTestbed();
    private final LtiTestbed.Registered registered = testbed.registeredPlatform();
    private final EmulatedPlatform platform = registered.platform();
    private final Refusals refusals = new Refusals();

    @AfterAll
    void stopPlatforms() {
        testbed.close();
    }

    @Test
    void aLoginByGetRedirectsToThePlatformsAuthorizationEndpoint() {
        LoginParameters login = platform.login("get-user");

        ToolAnswer answer = testbed.browser().loginWithGet(login);

        assertEquals(302, answer.status(), answer.toString());
        AuthorizationRequest request = platform.authorize(answer, login);
        assertEquals("get-user", request.parameter("login_hint").orElseThrow());
        assertTrue(answer.header("Cache-Control").orElse("").contains("no-store"), answer.toString());
    }

    @Test
    void aLoginByPostRedirectsToThePlatformsAuthorizationEndpoint() {
        LoginParameters login = platform.login("post-user");

        ToolAnswer answer = testbed.browser().loginWithPost(login);

        assertEquals(302, answer.status(), answer.toString());
        platform.authorize(answer, login);
    }

    @Test
    void aLoginWithoutMessageHintClientIdOrDeploymentWorksForAnIssuerRegisteredOnce() {
        LoginParameters login = platform.login("lean-user").without("lti_message_hint").without("client_id")
                .without("lti_deployment_id");

        platform.authorize(testbed.browser().loginWithGet(login), login);
    }

    @Test
    void everyLoginGetsItsOwnStateAndNonce() {
        HttpBrowser browser = testbed.browser();
        LoginParameters login = platform.login("twice");
        AuthorizationRequest first = platform.authorize(browser.loginWithGet(login), login);
        AuthorizationRequest second = platform.authorize(browser.loginWithGet(login), login);

        assertFalse(first.state().equals(second.state()) || first.nonce().equals(second.nonce())
                || first.state().equals(first.nonce()));
    }

    @Test
    void theStateCookieCrossesSitesOnHttpLocalhostAsBrowsersTreatItAsSecure() {
        LoginParameters login = platform.login("cookie-user");
        ToolAnswer answer = testbed.browser().loginWithGet(login);
        AuthorizationRequest request = platform.authorize(answer, login);

        List<String> cookies = answer.setCookies();
        assertEquals(1, cookies.size(), cookies.toString());
        String cookie = cookies.get(0);
        assertTrue(cookie.startsWith("lti_state_" + request.state() + "="), cookie);
        List<String> attributes = List.of(cookie.split(";\\s*"));
        assertTrue(attributes.contains("HttpOnly"), cookie);
        assertTrue(attributes.containsAll(List.of("SameSite=None", "Secure", "Partitioned")),
                "a platform on another site (Moodle at http://127.0.0.1:8081) must get it back: " + cookie);
        assertTrue(attributes.contains("Path=/lti/"), cookie);
    }

    @Test
    void anUnknownIssuerIsNamedOnThePage() {
        ToolAnswer answer = testbed.browser().loginWithGet(platform.login("stranger")
                .with("iss", "https://onbekend.example").with("client_id", "vreemd"));

        refusals.assertRefused(answer, 400, "login.UNKNOWN_PLATFORM", "https://onbekend.example", "vreemd");
        assertTrue(answer.errorPage().hint().contains("https://onbekend.example"), answer.errorPage().hint());
        assertTrue(answer.setCookies().isEmpty(), "a refused login sets no cookie");
    }

    @Test
    void anUnknownClientOfAKnownIssuerIsRefused() {
        refusals.assertRefused(testbed.browser().loginWithGet(platform.login("x").with("client_id", "vreemd")), 400,
                "login.UNKNOWN_PLATFORM", platform.issuer(), "vreemd");
    }

    @Test
    void anIssuerRegisteredTwiceNeedsTheClientId() {
        EmulatedPlatform shared = testbed.unregisteredPlatform();
        testbed.admin().register(shared);
        testbed.admin().register(shared, shared.clientId() + "-tweede-school");
        LoginParameters withoutClient = shared.login("ambiguous").without("client_id");

        refusals.assertRefused(testbed.browser().loginWithGet(withoutClient), 400, "login.AMBIGUOUS_CLIENT",
                shared.issuer());
        LoginParameters withClient = shared.login("ambiguous");
        shared.authorize(testbed.browser().loginWithGet(withClient), withClient);
    }

    @Test
    void anUnknownDeploymentIsRefused() {
        refusals.assertRefused(testbed.browser().loginWithGet(platform.login("x").with("lti_deployment_id", "elders")),
                400, "login.UNKNOWN_DEPLOYMENT", "elders", platform.issuer(), platform.clientId());
    }

    @Test
    void aTargetOnAnotherHostIsRefused() {
        refusals.assertRefused(testbed.browser().loginWithPost(platform.login("x")
                        .with("target_link_uri", "https://elders.example/app/")), 400, "login.FOREIGN_TARGET_LINK",
                "https://elders.example/app/");
    }

    @Test
    void aTargetOnAnotherPortOfTheToolsHostIsRefused() {
        String otherPort = testbed.tool().getScheme() + "://" + testbed.tool().getHost() + ":1/app/";

        refusals.assertRefused(testbed.browser().loginWithGet(platform.login("x").with("target_link_uri", otherPort)),
                400, "login.FOREIGN_TARGET_LINK", otherPort);
    }

    @Test
    void eachMissingRequiredParameterIsNamed() {
        for (String parameter : List.of("iss", "login_hint", "target_link_uri")) {
            refusals.assertRefused(testbed.browser().loginWithGet(platform.login("x").without(parameter)), 400,
                    "login.MISSING_PARAMETER", parameter);
        }
    }
}
