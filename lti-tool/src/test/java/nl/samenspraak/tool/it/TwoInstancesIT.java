package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.tool.it.platform.AuthorizationRequest;
import nl.samenspraak.tool.lti.registration.CachedPlatformRegistrations;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.LoginParameters;
import nl.samenspraak.tool.it.platform.ToolAdmin;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two servers of the same war on one PostgreSQL database, behind nginx (round robin), as a school board
 * runs them: a launch may reach a different server at every step, and each server must carry on from what
 * the other stored. The public address of both is nginx's; the tests drive the servers directly, to choose
 * which one answers each step, and through nginx. The build starts both servers at the same moment on a new
 * database, so that they came up at all is the start-up race's test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private final URI instanceA = URI.create(System.getProperty("samenspraak.it.instanceA"));
    private final URI instanceB = URI.create(System.getProperty("samenspraak.it.instanceB"));
    private final LtiTestbed testbed = new LtiTestbed();
    private final EmulatedPlatform platform = testbed.registeredPlatform().platform();

    @AfterAll
    void stopPlatforms() {
        testbed.close();
    }

    @Test
    void aLoginOnOneServerLaunchesOnTheOtherAndTheSessionWorksOnBoth() {
        HttpBrowser onA = HttpBrowser.withCookies(instanceA);
        HttpBrowser onB = onA.at(instanceB);
        AuthorizationRequest request = platform.authorizedLogin(onA, "two-cookie");

        ToolAnswer launch = onB.launch(platform.signedToken(request, "two-cookie", claims -> claims), request.state());

        assertEquals(303, launch.status(), launch.toString());
        String session = launch.sessionToken().orElseThrow(() -> new AssertionError(launch.toString()));
        for (HttpBrowser browser : List.of(onA, onB)) {
            ToolAnswer answer = browser.session(session);
            assertEquals(200, answer.status(), browser.tool() + ": " + answer);
            assertEquals("learner", answer.json().path("role").asText());
        }
    }

    @Test
    void aStateIsUsedOnceAcrossBothServers() {
        HttpBrowser onA = HttpBrowser.withCookies(instanceA);
        AuthorizationRequest request = platform.authorizedLogin(onA, "two-replay");
        String token = platform.signedToken(request, "two-replay", claims -> claims);
        assertEquals(303, onA.launch(token, request.state()).status());

        ToolAnswer replayed = onA.at(instanceB).launch(token, request.state());

        assertEquals(400, replayed.status(), replayed.toString());
        assertFalse(replayed.grantsSession(), replayed.toString());
    }

    @Test
    void thePlatformStorageCheckStartedOnOneServerIsConfirmedOnTheOther() {
        HttpBrowser onA = HttpBrowser.blockingCookies(instanceA);
        HttpBrowser onB = onA.at(instanceB);
        LoginParameters login = platform.login("two-storage").with("lti_storage_target", "_parent");
        AuthorizationRequest request = platform.authorize(onA.loginWithGet(login), login);
        ToolAnswer waiting = onB.launch(platform.signedToken(request, "two-storage", claims -> claims), request.state());
        assertEquals(200, waiting.status(), waiting.toString());
        assertFalse(waiting.grantsSession(), waiting.toString());

        ToolAnswer confirmed = onA.confirm(waiting.scriptData("launch-data").path("launch").asText(), request.state());

        assertEquals(200, confirmed.status(), confirmed.toString());
        URI location = URI.create(confirmed.json().path("location").asText());
        assertTrue(location.getRawFragment().startsWith("code="), location.toString());
        ToolAnswer exchanged = onB.exchange(location.getRawFragment().substring("code=".length()));
        assertEquals(200, exchanged.status(), "the code made on one server is taken on the other: " + exchanged);
        assertEquals(200, onB.session(exchanged.json().path("token").asText()).status());
    }

    @Test
    void launchesThroughNginxSucceedWhicheverServerAnswersEachStep() {
        for (int i = 0; i < 6; i++) {
            HttpBrowser browser = testbed.browser();
            ToolAnswer launch = platform.launch(browser, "two-nginx-" + i, claims -> claims);
            assertEquals(303, launch.status(), "launch " + i + ": " + launch);
            assertEquals(200, browser.session(launch.sessionToken().orElseThrow()).status(), "launch " + i);
        }
    }

    @Test
    void aKeyRotationOnOneServerIsPublishedAtOnceByTheOther() {
        List<JsonNode> rotated = admin(instanceA).rotateKeys();
        String current = kid(rotated, "current");
        String next = kid(rotated, "next");

        List<String> publishedByB = kids(HttpBrowser.withCookies(instanceB).get("/lti/jwks").json());
        List<JsonNode> keysOnB = admin(instanceB).keys();

        assertTrue(publishedByB.containsAll(List.of(current, next)), publishedByB + " lacks " + current + ", " + next);
        assertEquals(current, kid(keysOnB, "current"), "B signs with the key A made current");
        assertEquals(next, kid(keysOnB, "next"));
    }

    @Test
    void anAdministratorSignedInOnOneServerIsSignedInOnTheOther() {
        String token = admin(instanceA).token();

        ToolAnswer keys = HttpBrowser.withCookies(instanceB).get("/api/admin/keys", "Authorization", "Bearer " + token);

        assertEquals(200, keys.status(), keys.toString());
    }

    @Test
    void aRegistrationDisabledOnOneServerIsRefusedByTheOtherWithinTheCacheBound() {
        EmulatedPlatform own = testbed.unregisteredPlatform();
        long id = admin(instanceA).register(own);
        HttpBrowser onB = HttpBrowser.withCookies(instanceB);
        assertEquals(303, own.launch(onB, "two-disabled", claims -> claims).status(), "B has the registration in memory");
        AuthorizationRequest loggedInBefore = own.authorizedLogin(onB, "two-disabled");

        admin(instanceA).setEnabled(id, false);
        long disabled = System.nanoTime();

        ToolAnswer onA = HttpBrowser.withCookies(instanceA).loginWithGet(own.login("two-disabled"));
        assertEquals(403, onA.status(), "at once on the server that made the change: " + onA);
        long bound = CachedPlatformRegistrations.CHECK_INTERVAL.toNanos();
        ToolAnswer login;
        do {
            long started = System.nanoTime();
            login = onB.loginWithGet(own.login("two-disabled"));
            if (login.status() != 403 && started - disabled > bound) {
                throw new AssertionError("B still accepts a login " + (started - disabled) / 1_000_000
                        + " ms after the registration was disabled on A: " + login);
            }
        } while (login.status() != 403);
        ToolAnswer launch = onB.launch(own.signedToken(loggedInBefore, "two-disabled", claims -> claims),
                loggedInBefore.state());
        assertEquals(403, launch.status(), "a login made before the switch-off cannot launch after it: " + launch);
        assertFalse(launch.grantsSession(), launch.toString());
    }

    private static ToolAdmin admin(URI instance) {
        return ToolAdmin.signIn(instance, System.getProperty("samenspraak.it.adminPassword", "it-admin-password"));
    }

    private static String kid(List<JsonNode> keys, String status) {
        return keys.stream().filter(key -> key.path("status").asText().equals(status)).map(key -> key.path("kid").asText())
                .findFirst().orElseThrow(() -> new AssertionError("no " + status + " key in " + keys));
    }

    private static List<String> kids(JsonNode set) {
        List<String> kids = new ArrayList<>();
        set.path("keys").forEach(key -> kids.add(key.path("kid").asText()));
        return kids;
    }
}
