package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.tool.it.platform.AuthorizationRequest;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.LoginParameters;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The launch of a browser that blocks third-party cookies, at HTTP level: the login offers the platform's
 * storage ({@code lti_storage_target}), the launch without the state cookie waits for the page to confirm
 * that the state is in that storage, and only the confirmation opens the session, once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorageLaunchIT {

    private static final String STORAGE_TARGET = "_parent";

    private final LtiTestbed testbed = new LtiTestbed();
    private final LtiTestbed.Registered registered = testbed.registeredPlatform();
    private final EmulatedPlatform platform = registered.platform();
    private final Refusals refusals = new Refusals();

    @AfterAll
    void stopPlatforms() {
        testbed.close();
    }

    /** A launch that waits for the storage check, and the state the page will find in the storage. */
    private record Pending(HttpBrowser browser, String launch, String state) {
    }

    @Test
    void aLoginWithAStorageTargetAnswersThePageThatStoresTheState() {
        LoginParameters login = platform.login("storage-login").with("lti_storage_target", STORAGE_TARGET);

        ToolAnswer answer = HttpBrowser.blockingCookies(testbed.tool()).loginWithGet(login);

        assertEquals(200, answer.status(), answer.toString());
        assertTrue(answer.header("Content-Type").orElse("").startsWith("text/html"), answer.toString());
        assertTrue(answer.header("Cache-Control").orElse("").contains("no-store"), answer.toString());
        JsonNode data = answer.scriptData("login-data");
        AuthorizationRequest request = platform.authorize(answer, login);
        assertEquals(request.state(), data.path("state").asText());
        assertEquals(STORAGE_TARGET, data.path("storageTarget").asText());
        assertEquals(platform.issuer(), data.path("platformOrigin").asText());
        assertFalse(answer.setCookies().isEmpty(), "the state cookie is still offered, for browsers that keep it");
    }

    @Test
    void aLaunchWithoutTheCookieWaitsForTheStorageCheckAndStoresNothingYet() {
        HttpBrowser browser = HttpBrowser.blockingCookies(testbed.tool());
        AuthorizationRequest request = storageLogin(browser, "storage-wait");
        String token = platform.signedToken(request, "storage-wait", claims -> claims);

        ToolAnswer answer = testbed.changingNothing(registered, () -> browser.launch(token, request.state()));

        assertEquals(200, answer.status(), answer.toString());
        assertFalse(answer.grantsSession(), answer.toString());
        JsonNode data = answer.scriptData("launch-data");
        assertEquals(request.state(), data.path("state").asText());
        assertEquals(STORAGE_TARGET, data.path("storageTarget").asText());
        assertEquals(platform.issuer(), data.path("platformOrigin").asText());
        assertEquals("/lti/launch/confirm", data.path("confirm").asText());
        assertTrue(data.path("launch").asText().length() >= 32, data.toString());
    }

    @Test
    void theConfirmationWithTheStoredStateOpensTheSession() {
        Pending pending = pendingLaunch("storage-confirm");

        ToolAnswer confirmed = pending.browser().confirm(pending.launch(), pending.state());

        assertEquals(200, confirmed.status(), confirmed.toString());
        URI location = URI.create(confirmed.json().path("location").asText());
        assertEquals("/app/", location.getPath());
        assertTrue(location.getRawFragment().startsWith("code="), location.toString());
        ToolAnswer exchanged = pending.browser().exchange(location.getRawFragment().substring("code=".length()));
        assertEquals(200, exchanged.status(), exchanged.toString());
        ToolAnswer session = pending.browser().session(exchanged.json().path("token").asText());
        assertEquals(200, session.status(), session.toString());
        assertEquals("learner", session.json().path("role").asText());
        assertEquals("link-1", session.json().path("link").path("id").asText());
    }

    @Test
    void aLaunchIsConfirmedOnce() {
        Pending pending = pendingLaunch("storage-twice");
        assertEquals(200, pending.browser().confirm(pending.launch(), pending.state()).status());

        ToolAnswer again = testbed.changingNothing(registered, () ->
                pending.browser().confirm(pending.launch(), pending.state()));

        assertRefusedConfirmation(again);
    }

    @Test
    void aConfirmationWithAnotherStateIsRefused() {
        Pending pending = pendingLaunch("storage-wrong-state");

        assertRefusedConfirmation(testbed.changingNothing(registered, () ->
                pending.browser().confirm(pending.launch(), pending.state() + "x")));
    }

    @Test
    void aConfirmationOfAnUnknownLaunchIsRefused() {
        Pending pending = pendingLaunch("storage-unknown");

        assertRefusedConfirmation(testbed.changingNothing(registered, () ->
                pending.browser().confirm("onbekende-start-0123456789abcdef", pending.state())));
    }

    @Test
    void aBrowserThatKeepsTheCookieLaunchesAtOnceEvenWithAStorageTarget() {
        HttpBrowser browser = testbed.browser();
        AuthorizationRequest request = storageLogin(browser, "storage-with-cookie");
        String token = platform.signedToken(request, "storage-with-cookie", claims -> claims);

        ToolAnswer answer = browser.launch(token, request.state());

        assertEquals(303, answer.status(), answer.toString());
        assertTrue(answer.launchCode().isPresent(), answer.toString());
    }

    private Pending pendingLaunch(String user) {
        HttpBrowser browser = HttpBrowser.blockingCookies(testbed.tool());
        AuthorizationRequest request = storageLogin(browser, user);
        String token = platform.signedToken(request, user, claims -> claims);
        ToolAnswer answer = browser.launch(token, request.state());
        return new Pending(browser, answer.scriptData("launch-data").path("launch").asText(), request.state());
    }

    private AuthorizationRequest storageLogin(HttpBrowser browser, String user) {
        LoginParameters login = platform.login(user).with("lti_storage_target", STORAGE_TARGET);
        return platform.authorize(browser.loginWithGet(login), login);
    }

    private void assertRefusedConfirmation(ToolAnswer answer) {
        assertEquals(400, answer.status(), answer.toString());
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), answer.toString());
        assertFalse(answer.grantsSession(), answer.toString());
        String detail = answer.json().path("detail").asText();
        assertTrue(detail.contains("Open Samenspraak opnieuw"), detail);
        Matcher code = Pattern.compile("\\(Code ([0-9a-f]+)\\)").matcher(detail);
        assertTrue(code.find(), detail);
        assertTrue(refusals.logLine(code.group(1)).contains("launch.STORAGE_MISMATCH"));
    }
}
