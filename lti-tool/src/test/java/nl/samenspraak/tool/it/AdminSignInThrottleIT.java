package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The sign-in rate limit: five wrong passwords from one address within 15 minutes, and that address may not
 * try again for a while, not even with the right password.
 * <p>
 * This locks 127.0.0.1, and so every other test, out of the admin sign-in on this server for 15 minutes. It
 * therefore runs LAST on each server: {@code @Order(Integer.MAX_VALUE)} with the class orderer that
 * {@code src/test/resources/junit-platform.properties} sets (classes without {@code @Order} come before it).
 */
@Order(Integer.MAX_VALUE)
class AdminSignInThrottleIT {

    private final AdminClient admin = new AdminClient();

    @Test
    void fiveWrongPasswordsLockTheAddressOutWithTheWaitInTheAnswer() {
        admin.signIn(); // a good sign-in clears what earlier tests left, so the count starts at zero
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, admin.signIn("wrong-" + attempt).status(), "attempt " + attempt);
        }

        ToolClient.Answer locked = admin.signIn(AdminClient.PASSWORD);
        ToolClient.Answer lockedEnglish = admin.signIn(AdminClient.PASSWORD, "Accept-Language", "en");

        assertEquals(429, locked.status(), locked.body());
        assertTrue(locked.contentType().startsWith("application/problem+json"), locked.contentType());
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertEquals("Te vaak een verkeerd wachtwoord vanaf dit adres. Probeer het over " + retryAfter / 60
                + " minuten opnieuw.", locked.json().path("detail").asText());
        assertEquals(429, lockedEnglish.status());
        assertTrue(lockedEnglish.json().path("detail").asText().startsWith("Too many wrong passwords from this address."),
                lockedEnglish.body());
    }
}
