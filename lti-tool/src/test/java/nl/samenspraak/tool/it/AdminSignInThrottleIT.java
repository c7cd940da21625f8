package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.samenspraak.tool.infrastructure.persistence.AtOnce;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The sign-in rate limit: five wrong passwords from one address within 15 minutes, and that address may not
 * try again for a while, not even with the right password. The server sits behind a proxy on this machine as
 * far as it knows (Liberty's remoteIp trusts a proxy on loopback), so each test names a client address of its
 * own in X-Forwarded-For: the throttle counts that address, and the tests' own 127.0.0.1 is never locked out.
 * It still runs last on each server ({@code @Order(Integer.MAX_VALUE)}, see junit-platform.properties), in case
 * a server does not honour the header.
 */
@Order(Integer.MAX_VALUE)
class AdminSignInThrottleIT {

    private final AdminClient admin = new AdminClient();

    /** A documentation address (RFC 5737) of the test's own, so runs and servers do not share a count. */
    private static String client() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    @Test
    void fiveWrongPasswordsLockTheAddressOutWithTheWaitInTheAnswer() {
        String client = client();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, admin.signIn("wrong-" + attempt, "X-Forwarded-For", client).status(), "attempt " + attempt);
        }

        ToolClient.Answer locked = admin.signIn(AdminClient.PASSWORD, "X-Forwarded-For", client);
        ToolClient.Answer lockedEnglish = admin.signIn(AdminClient.PASSWORD, "Accept-Language", "en",
                "X-Forwarded-For", client);

        assertEquals(429, locked.status(), locked.body());
        assertTrue(locked.contentType().startsWith("application/problem+json"), locked.contentType());
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertEquals("Te vaak een verkeerd wachtwoord vanaf dit adres. Probeer het over " + retryAfter / 60
                + " minuten opnieuw.", locked.json().path("detail").asText());
        assertEquals(429, lockedEnglish.status());
        assertTrue(lockedEnglish.json().path("detail").asText().startsWith("Too many wrong passwords from this address."),
                lockedEnglish.body());
        assertEquals(200, admin.signIn(AdminClient.PASSWORD, "X-Forwarded-For", client()).status(),
                "the client behind the proxy is counted, not the proxy: another client may sign in");
    }

    /** Parallel guesses are each counted before any is checked: no more than five are ever checked. */
    @Test
    void parallelGuessesGetNoMoreThanFiveChecks() throws Exception {
        String client = client();

        List<Integer> statuses = AtOnce.run(12, () -> admin.signIn("parallel-guess", "X-Forwarded-For", client).status());

        long checked = statuses.stream().filter(status -> status == 401).count();
        assertTrue(checked <= 5, statuses.toString());
        assertTrue(statuses.stream().allMatch(status -> status == 401 || status == 429), statuses.toString());
        assertEquals(429, admin.signIn(AdminClient.PASSWORD, "X-Forwarded-For", client).status());
    }
}
