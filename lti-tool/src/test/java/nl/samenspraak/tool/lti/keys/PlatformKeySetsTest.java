package nl.samenspraak.tool.lti.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.time.MutableClock;
import nl.samenspraak.tool.infrastructure.web.OutboundAddresses;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The platforms' key sets: fetched, cached as Cache-Control says, refetched for a new kid, kept when the platform is down. */
class PlatformKeySetsTest {

    private final EmulatedPlatform platform = EmulatedPlatform.start(URI.create("https://tool.school.example"));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final PlatformKeySets keySets = new PlatformKeySets(HttpClient.newHttpClient(),
            new OutboundAddresses("127.0.0.1", InetAddress::getAllByName), clock);

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    private String key() {
        return keySets.key(platform.jwksUrl(), platform.keys().signingKid()).getKeyID();
    }

    @Test
    void aKeySetOnLoopbackIsNotFetchedWithoutTheAllowList() {
        PlatformKeySets guarded = new PlatformKeySets(HttpClient.newHttpClient(),
                new OutboundAddresses("", InetAddress::getAllByName), clock);

        KeySetException refused = assertThrows(KeySetException.class,
                () -> guarded.key(platform.jwksUrl(), platform.keys().signingKid()));

        assertEquals(KeySetException.Kind.UNREACHABLE, refused.kind());
        assertEquals(0, platform.keySetRequests(), "the platform was not called");
    }

    @Test
    void theKeyIsFoundByItsKid() {
        assertEquals(platform.keys().signingKid(), key());
    }

    @Test
    void theSetIsCachedForItsMaxAge() {
        platform.cacheControl("public, max-age=60");

        assertCachedFor(Duration.ofSeconds(60));
    }

    @Test
    void aSetThatMayNotBeStoredIsFetchedEveryTime() {
        platform.cacheControl("no-store");
        key();
        key();

        assertEquals(2, platform.keySetRequests());
    }

    @Test
    void aSetWithoutCacheControlIsKeptFiveMinutes() {
        platform.cacheControl(null);

        assertCachedFor(Duration.ofMinutes(5));
    }

    @Test
    void anUnknownKidIsLookedUpAtOnceThenAtMostOnceInTenSeconds() {
        platform.cacheControl("max-age=86400");
        key();

        assertUnknown("eerste-onbekende");
        assertEquals(2, platform.keySetRequests(), "the first unknown kid fetches the set at once");
        clock.advance(Duration.ofSeconds(9));
        assertUnknown("tweede-onbekende");
        assertEquals(2, platform.keySetRequests(), "not again within ten seconds");

        clock.advance(Duration.ofSeconds(1));
        assertUnknown("derde-onbekende");
        assertEquals(3, platform.keySetRequests());
    }

    @Test
    void aRotatedKeyIsFoundAtOnce() {
        platform.cacheControl("max-age=86400");
        key();
        platform.keys().rotate(false);

        assertEquals(platform.keys().signingKid(), key());
        assertEquals(2, platform.keySetRequests());
    }

    @Test
    void theStaleSetIsKeptWhileThePlatformIsDown() {
        platform.cacheControl("max-age=60");
        key();
        platform.keySetAvailable(false);
        clock.advance(Duration.ofMinutes(2));

        assertEquals(platform.keys().signingKid(), key());
        assertEquals(2, platform.keySetRequests());
        clock.advance(Duration.ofSeconds(59));
        key();
        assertEquals(2, platform.keySetRequests(), "the stale set is kept a minute before the next try");
    }

    @Test
    void withoutACachedSetAPlatformThatIsDownMeansNoKey() {
        platform.keySetAvailable(false);

        KeySetException failure = assertThrows(KeySetException.class, this::key);

        assertEquals(KeySetException.Kind.UNREACHABLE, failure.kind());
    }

    @Test
    void anAddressWhereNothingAnswersMeansNoKey() {
        platform.close();

        assertEquals(KeySetException.Kind.UNREACHABLE, assertThrows(KeySetException.class, this::key).kind());
    }

    @Test
    void theTimeToLiveFollowsCacheControl() {
        assertEquals(Duration.ofMinutes(5), PlatformKeySets.timeToLive(Optional.empty()));
        assertEquals(Duration.ofSeconds(60), PlatformKeySets.timeToLive(Optional.of("public, max-age=60")));
        assertEquals(Duration.ofSeconds(60), PlatformKeySets.timeToLive(Optional.of("Max-Age=\"60\"")));
        assertEquals(Duration.ZERO, PlatformKeySets.timeToLive(Optional.of("max-age=60, no-cache")));
        assertEquals(Duration.ZERO, PlatformKeySets.timeToLive(Optional.of("no-store")));
        assertEquals(Duration.ZERO, PlatformKeySets.timeToLive(Optional.of("max-age=-5")));
        assertEquals(Duration.ofMinutes(5), PlatformKeySets.timeToLive(Optional.of("max-age=soms")));
        assertEquals(Duration.ofDays(1), PlatformKeySets.timeToLive(Optional.of("max-age=31536000")));
    }

    /** Fetched once for the whole time to live, and again right after. */
    private void assertCachedFor(Duration timeToLive) {
        key();
        clock.advance(timeToLive.minusSeconds(1));
        key();
        assertEquals(1, platform.keySetRequests());

        clock.advance(Duration.ofSeconds(1));
        key();
        assertEquals(2, platform.keySetRequests());
    }

    private void assertUnknown(String kid) {
        KeySetException failure = assertThrows(KeySetException.class, () -> keySets.key(platform.jwksUrl(), kid));
        assertEquals(KeySetException.Kind.UNKNOWN_KID, failure.kind());
    }
}
