package nl.samenspraak.tool.work.observerlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import org.junit.jupiter.api.Test;

/** The observer's link as a signed token: what it carries, and every way it is refused. */
class ObserverLinkTokenTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final ObserverLinkToken LINK = new ObserverLinkToken("link-1", 42, 7, 3, "peer", Language.EN, NOW,
            NOW.plus(Duration.ofDays(14)));

    @Test
    void aLinkReadsBackAsMade() {
        assertEquals(LINK, ObserverLinkToken.parse(LINK.toJWT(SECRET), SECRET, NOW.plusSeconds(60)));
    }

    @Test
    void anExpiredLinkIsRefusedInItsOwnLanguage() {
        String token = LINK.toJWT(SECRET);
        ObserverLinkRejectedException refused = assertThrows(ObserverLinkRejectedException.class,
                () -> ObserverLinkToken.parse(token, SECRET, LINK.expiresAt()));
        assertEquals(ObserverLinkRejectedException.Reason.EXPIRED, refused.reason());
        assertEquals(Language.EN, refused.language());
    }

    @Test
    void aChangedOrForeignLinkIsInvalid() {
        String token = LINK.toJWT(SECRET);
        String[] parts = token.split("\\.");
        String otherObservation = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"obs\":42", "\"obs\":43")
                        .getBytes(StandardCharsets.UTF_8));
        assertInvalid(parts[0] + "." + otherObservation + "." + parts[2], SECRET);
        assertInvalid(token, "another secret, another tool, 32 bytes".getBytes(StandardCharsets.UTF_8));
        assertInvalid(token.substring(0, token.length() - 3), SECRET);
        assertInvalid("not a token", SECRET);
        assertInvalid("", SECRET);
    }

    @Test
    void theLinkLastsTwoWeeksOrAWeekAfterTheConversationButNeverLongerThanSixtyDays() {
        assertEquals(NOW.plus(Duration.ofDays(14)), ObserverLinks.expiry(NOW, Optional.empty()));
        assertEquals(NOW.plus(Duration.ofDays(14)), ObserverLinks.expiry(NOW, Optional.of(NOW.plus(Duration.ofDays(2)))));
        assertEquals(NOW.plus(Duration.ofDays(37)), ObserverLinks.expiry(NOW, Optional.of(NOW.plus(Duration.ofDays(30)))));
        assertEquals(NOW.plus(Duration.ofDays(60)), ObserverLinks.expiry(NOW, Optional.of(NOW.plus(Duration.ofDays(200)))));
    }

    private static void assertInvalid(String token, byte[] secret) {
        ObserverLinkRejectedException refused = assertThrows(ObserverLinkRejectedException.class,
                () -> ObserverLinkToken.parse(token, secret, NOW));
        assertEquals(ObserverLinkRejectedException.Reason.INVALID, refused.reason(), token);
    }
}
