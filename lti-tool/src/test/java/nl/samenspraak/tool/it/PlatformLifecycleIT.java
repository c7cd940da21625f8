package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.samenspraak.tool.it.platform.AuthorizationRequest;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What happens to a platform over time: its key set cached as it says, its key rotated, its registration
 * disabled. Each test has a platform of its own, since the tool remembers key sets per platform.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformLifecycleIT {

    private final LtiTestbed testbed = new LtiTestbed();
    private final Refusals refusals = new Refusals();

    @AfterAll
    void stopPlatforms() {
        testbed.close();
    }

    @Test
    void theKeySetIsFetchedOnceWhileItsCacheControlAllows() {
        EmulatedPlatform platform = testbed.registeredPlatform().platform();
        platform.cacheControl("public, max-age=3600");

        launches(platform, "cached", 3);

        assertEquals(1, platform.keySetRequests());
    }

    @Test
    void aKeySetThatMayNotBeStoredIsFetchedForEveryLaunch() {
        EmulatedPlatform platform = testbed.registeredPlatform().platform();
        platform.cacheControl("no-store");

        launches(platform, "uncached", 2);

        assertEquals(2, platform.keySetRequests());
    }

    @Test
    void aRotatedPlatformKeyIsUsedAtOnce() {
        EmulatedPlatform platform = testbed.registeredPlatform().platform();
        platform.cacheControl("max-age=86400");
        launches(platform, "before-rotation", 1);

        platform.keys().rotate(false);

        launches(platform, "after-rotation", 1);
        assertEquals(2, platform.keySetRequests(), "the new kid made the tool fetch the set once more");
    }

    @Test
    void unknownKidsMakeTheToolFetchTheKeySetAtMostOnceInTenSeconds() {
        LtiTestbed.Registered registered = testbed.registeredPlatform();
        EmulatedPlatform platform = registered.platform();
        platform.cacheControl("max-age=86400");
        launches(platform, "known-kid", 1);

        for (int attempt = 0; attempt < 3; attempt++) {
            HttpBrowser browser = testbed.browser();
            AuthorizationRequest request = platform.authorizedLogin(browser, "made-up-kid");
            String token = platform.keys().sign(platform.claims(request).build(),
                    header -> header.keyID("verzonnen-" + request.state().substring(0, 8)));
            ToolAnswer answer = testbed.changingNothing(registered, () -> browser.launch(token, request.state()));
            assertEquals(401, answer.status(), answer.toString());
        }

        assertEquals(2, platform.keySetRequests(), "one fetch for the first unknown kid, none for the next ones");
    }

    @Test
    void aDisabledRegistrationRefusesLoginsUntilEnabledAgain() {
        LtiTestbed.Registered registered = testbed.registeredPlatform();
        EmulatedPlatform platform = registered.platform();
        testbed.admin().setEnabled(registered.id(), false);

        refusals.assertRefused(testbed.browser().loginWithGet(platform.login("disabled")), 403,
                "login.PLATFORM_DISABLED", platform.issuer(), platform.clientId());

        testbed.admin().setEnabled(registered.id(), true);
        launches(platform, "enabled-again", 1);
    }

    @Test
    void aLaunchWhoseRegistrationWasDisabledAfterTheLoginIsRefused() {
        LtiTestbed.Registered registered = testbed.registeredPlatform();
        EmulatedPlatform platform = registered.platform();
        HttpBrowser browser = testbed.browser();
        AuthorizationRequest request = platform.authorizedLogin(browser, "disabled-meanwhile");
        String token = platform.signedToken(request, "disabled-meanwhile", claims -> claims);
        testbed.admin().setEnabled(registered.id(), false);

        ToolAnswer answer = testbed.changingNothing(registered, () -> browser.launch(token, request.state()));

        refusals.assertRefused(answer, 403, "launch.PLATFORM_DISABLED", platform.issuer(), platform.clientId());
    }

    private void launches(EmulatedPlatform platform, String user, int count) {
        for (int i = 0; i < count; i++) {
            ToolAnswer launch = platform.launch(testbed.browser(), user, claims -> claims);
            assertEquals(303, launch.status(), launch.toString());
        }
    }
}
