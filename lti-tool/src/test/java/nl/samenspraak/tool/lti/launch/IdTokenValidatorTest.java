package nl.samenspraak.tool.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.samenspraak.tool.infrastructure.time.MutableClock;
import nl.samenspraak.tool.infrastructure.web.OutboundAddresses;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.PlatformKeys;
import nl.samenspraak.tool.lti.keys.PlatformKeySets;
import nl.samenspraak.tool.lti.login.LoginState;
import nl.samenspraak.tool.lti.registration.Deployment;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every check of an id_token, against a real key set served by an emulated platform. */
class IdTokenValidatorTest {

    private static final URI TOOL = URI.create("https://tool.school.example");
    private static final String NONCE = "nonce-0123456789abcdef";

    private final EmulatedPlatform platform = EmulatedPlatform.start(TOOL);
    private final PlatformKeys keys = platform.keys();
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    private final IdTokenValidator validator = new IdTokenValidator(
            new PlatformKeySets(HttpClient.newHttpClient(),
                    new OutboundAddresses("127.0.0.1", java.net.InetAddress::getAllByName), clock), new PublicAddress(TOOL.toString()), clock);
    private final PlatformRegistration registration = new PlatformRegistration(1, platform.issuer(),
            platform.clientId(), "Emulator", platform.authorizationUrl(), platform.tokenUrl(), platform.jwksUrl(), true,
            PlatformRegistration.RegisteredBy.MANUAL, Optional.empty(),
            List.of(new Deployment(platform.deploymentId(), Optional.empty(), clock.instant())), clock.instant(),
            clock.instant());
    private final LoginState login = new LoginState("state-0123456789abcdef", NONCE, 1, TOOL.resolve("/app/"),
            Optional.empty(), clock.instant(), clock.instant().plusSeconds(600));

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    private LaunchClaims claims() {
        return LaunchClaims.resourceLink(platform.issuer(), platform.clientId(), platform.deploymentId(), NONCE,
                TOOL.resolve("/app/")).time("iat", clock.instant()).time("exp", clock.instant().plusSeconds(300));
    }

    private IdTokenValidator.ValidatedToken validate(String token) {
        return validator.validate(token, login, registration);
    }

    private void assertRefused(Supplier<String> token, LaunchError error, String... arguments) {
        String idToken = token.get();
        LaunchRejectedException refused = assertThrows(LaunchRejectedException.class, () -> validate(idToken));
        assertEquals(error, refused.error(), refused.getMessage());
        if (arguments.length > 0) {
            assertEquals(Arrays.asList(arguments), refused.arguments());
        }
    }

    @Test
    void aProperTokenGivesTheLaunch() {
        IdTokenValidator.ValidatedToken token = validate(keys.sign(claims().subject("user-7").build()));

        assertEquals("user-7", token.launch().subject());
        assertEquals(platform.issuer(), token.claims().getIssuer());
    }

    @Test
    void aTooLargeTokenIsRefusedUnread() {
        assertRefused(() -> "x".repeat(64 * 1024 + 1), LaunchError.TOKEN_TOO_LARGE, "65536");
    }

    @Test
    void whatIsNoSignedJwtIsRefused() {
        assertRefused(() -> "geen.jwt", LaunchError.NOT_A_JWT);
        assertRefused(() -> "", LaunchError.NOT_A_JWT);
    }

    @Test
    void onlyRs256IsAccepted() {
        assertRefused(() -> PlatformKeys.unsecured(claims().build()), LaunchError.ALGORITHM_NOT_ALLOWED, "none");
        assertRefused(() -> keys.hmacWithPublicKey(claims().build()), LaunchError.ALGORITHM_NOT_ALLOWED, "HS256");
        assertRefused(() -> keys.sign(claims().build(), header -> new com.nimbusds.jose.JWSHeader.Builder(
                JWSAlgorithm.RS512).keyID(keys.signingKid())), LaunchError.ALGORITHM_NOT_ALLOWED, "RS512");
    }

    @Test
    void theKidMustNameAKeyOfThePlatform() {
        assertRefused(() -> keys.sign(claims().build(), header -> header.keyID(null)), LaunchError.MISSING_KID);
        assertRefused(() -> keys.sign(claims().build(), header -> header.keyID("  ")), LaunchError.MISSING_KID);
        assertRefused(() -> keys.sign(claims().build(), header -> header.keyID("onbekend")), LaunchError.UNKNOWN_KID,
                "onbekend", platform.jwksUrl().toString());
    }

    @Test
    void aKeySetThatCannotBeFetchedIsABadGateway() {
        platform.keySetAvailable(false);

        LaunchRejectedException refused = assertThrows(LaunchRejectedException.class,
                () -> validate(keys.sign(claims().build())));

        assertEquals(LaunchError.KEY_SET_UNAVAILABLE, refused.error());
        assertEquals(502, refused.error().status().getStatusCode());
        assertEquals(platform.jwksUrl().toString(), refused.arguments().get(0));
    }

    @Test
    void theSignatureIsCheckedBeforeAnyClaim() {
        assertRefused(() -> keys.signWithForeignKey(claims().set("iss", "https://elders.example").build()),
                LaunchError.BAD_SIGNATURE);
    }

    @Test
    void issuerAudienceAndAuthorizedPartyMustBeThisRegistration() {
        assertRefused(() -> keys.sign(claims().set("iss", "https://elders.example").build()), LaunchError.WRONG_ISSUER,
                "https://elders.example", platform.issuer());
        assertRefused(() -> keys.sign(claims().set("aud", "ander").remove("azp").build()), LaunchError.WRONG_AUDIENCE);
        assertRefused(() -> keys.sign(claims().set("aud", List.of("ander", platform.clientId())).remove("azp").build()),
                LaunchError.AZP_MISMATCH);
        assertRefused(() -> keys.sign(claims().set("azp", "ander").build()), LaunchError.AZP_MISMATCH);
    }

    @Test
    void severalAudiencesWithTheRightAzpAreAccepted() {
        validate(keys.sign(claims().set("aud", List.of("ander", platform.clientId())).build()));
    }

    @Test
    void expiryAllowsAMinuteOfClockSkewAndNoMore() {
        validate(keys.sign(claims().time("exp", clock.instant().minusSeconds(60)).build()));

        assertRefused(() -> keys.sign(claims().time("exp", clock.instant().minusSeconds(61)).build()),
                LaunchError.TOKEN_EXPIRED);
    }

    @Test
    void issueTimeAllowsAMinuteOfClockSkewAndNoMore() {
        validate(keys.sign(claims().time("iat", clock.instant().plusSeconds(60)).build()));

        assertRefused(() -> keys.sign(claims().time("iat", clock.instant().plusSeconds(61)).build()),
                LaunchError.TOKEN_FROM_FUTURE, clock.instant().plusSeconds(61).toString());
    }

    @Test
    void bothTimesAreRequired() {
        assertRefused(() -> keys.sign(claims().remove("exp").build()), LaunchError.MISSING_TIMESTAMPS);
        assertRefused(() -> keys.sign(claims().remove("iat").build()), LaunchError.MISSING_TIMESTAMPS);
    }

    @Test
    void theNonceMustBeTheLogins() {
        assertRefused(() -> keys.sign(claims().set("nonce", "andere-nonce").build()), LaunchError.NONCE_MISMATCH);
        assertRefused(() -> keys.sign(claims().remove("nonce").build()), LaunchError.NONCE_MISMATCH);
        assertRefused(() -> keys.sign(claims().set("nonce", 12).build()), LaunchError.NONCE_MISMATCH);
    }

    @Test
    void theMessageClaimsAreCheckedAfterTheToken() {
        assertRefused(() -> keys.sign(claims().remove(LaunchClaims.ROLES).build()), LaunchError.MISSING_CLAIM,
                LaunchClaims.ROLES);
    }

    @Test
    void theDeploymentMustBeRegistered() {
        assertRefused(() -> keys.sign(claims().set(LaunchClaims.DEPLOYMENT_ID, "elders").build()),
                LaunchError.UNKNOWN_DEPLOYMENT, "elders", platform.issuer(), platform.clientId());
    }

    @Test
    void theTargetMustBeThisTool() {
        assertRefused(() -> keys.sign(claims().set(LaunchClaims.TARGET_LINK_URI, "https://elders.example/app/").build()),
                LaunchError.FOREIGN_TARGET_LINK, "https://elders.example/app/");
        assertRefused(() -> keys.sign(claims().set(LaunchClaims.TARGET_LINK_URI, "http://tool.school.example/app/")
                .build()), LaunchError.FOREIGN_TARGET_LINK, "http://tool.school.example/app/");
    }

    @Test
    void aTokenIsValidatedWithTheKeySetCachedFromBefore() {
        platform.cacheControl("max-age=600");
        validate(keys.sign(claims().build()));
        clock.advance(Duration.ofMinutes(5));

        validate(keys.sign(claims().time("iat", clock.instant()).time("exp", clock.instant().plusSeconds(60)).build()));

        assertEquals(1, platform.keySetRequests());
    }
}
