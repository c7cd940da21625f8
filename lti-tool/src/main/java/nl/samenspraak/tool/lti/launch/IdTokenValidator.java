package nl.samenspraak.tool.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.lti.keys.KeySetException;
import nl.samenspraak.tool.lti.keys.PlatformKeySets;
import nl.samenspraak.tool.lti.login.LoginState;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;

/**
 * Validates a platform's id_token completely, in the order of OIDC Core 3.1.3.7 and LTI 1.3 Core 5.1.3:
 * size, form, algorithm (RS256 only: never {@code none} or an HMAC keyed with the public key), kid,
 * signature against the platform's key set, iss, aud and azp, exp and iat with at most a minute of clock
 * skew, the login's nonce, then the LTI claims, the deployment and the target.
 */
@Singleton
public class IdTokenValidator {

    /** Larger than any real launch (roles, custom parameters and all); a bigger token is refused unread. */
    static final int MAX_TOKEN_CHARS = 64 * 1024;
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final PlatformKeySets keySets;
    private final PublicAddress address;
    private final Clock clock;

    @Inject
    public IdTokenValidator(PlatformKeySets keySets, PublicAddress address, Clock clock) {
        this.keySets = keySets;
        this.address = address;
        this.clock = clock;
    }

    /** The token's claims and the launch message they make. */
    public record ValidatedToken(JWTClaimsSet claims, LtiLaunch launch) {
    }

    /** @throws LaunchRejectedException on the first check that fails */
    public ValidatedToken validate(String idToken, LoginState login, PlatformRegistration registration) {
        if (idToken.length() > MAX_TOKEN_CHARS) {
            throw new LaunchRejectedException(LaunchError.TOKEN_TOO_LARGE, String.valueOf(MAX_TOKEN_CHARS));
        }
        SignedJWT signed = signed(idToken);
        JWSAlgorithm algorithm = signed.getHeader().getAlgorithm();
        if (!JWSAlgorithm.RS256.equals(algorithm)) {
            throw new LaunchRejectedException(LaunchError.ALGORITHM_NOT_ALLOWED, algorithm.getName());
        }
        String kid = signed.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new LaunchRejectedException(LaunchError.MISSING_KID);
        }
        verifySignature(signed, platformKey(registration, kid));
        JWTClaimsSet claims = claims(signed);
        checkIssuerAndAudience(claims, registration);
        checkTimes(claims);
        checkNonce(claims, login);
        LtiLaunch launch = LtiLaunch.parse(claims, registration.clientId());
        if (!registration.accepts(launch.deploymentId())) {
            throw new LaunchRejectedException(LaunchError.UNKNOWN_DEPLOYMENT, launch.deploymentId(),
                    registration.issuer(), registration.clientId());
        }
        launch.targetLinkUri().filter(target -> !address.isOwn(target)).ifPresent(target -> {
            throw new LaunchRejectedException(LaunchError.FOREIGN_TARGET_LINK, target.toString());
        });
        return new ValidatedToken(claims, launch);
    }

    private static SignedJWT signed(String idToken) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(idToken);
        } catch (ParseException e) {
            throw new LaunchRejectedException(LaunchError.NOT_A_JWT);
        }
        if (jwt instanceof PlainJWT) {
            throw new LaunchRejectedException(LaunchError.ALGORITHM_NOT_ALLOWED, "none");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new LaunchRejectedException(LaunchError.NOT_A_JWT);
        }
        return signed;
    }

    private RSAKey platformKey(PlatformRegistration registration, String kid) {
        try {
            return keySets.key(registration.jwksUrl(), kid);
        } catch (KeySetException e) {
            if (e.kind() == KeySetException.Kind.UNKNOWN_KID) {
                throw new LaunchRejectedException(LaunchError.UNKNOWN_KID, kid, registration.jwksUrl().toString());
            }
            throw new LaunchRejectedException(LaunchError.KEY_SET_UNAVAILABLE, registration.jwksUrl().toString(),
                    e.getMessage());
        }
    }

    private static void verifySignature(SignedJWT signed, RSAKey key) {
        try {
            if (!signed.verify(new RSASSAVerifier(key))) {
                throw new LaunchRejectedException(LaunchError.BAD_SIGNATURE);
            }
        } catch (JOSEException e) {
            throw new LaunchRejectedException(LaunchError.BAD_SIGNATURE);
        }
    }

    private static JWTClaimsSet claims(SignedJWT signed) {
        try {
            return signed.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchRejectedException(LaunchError.NOT_A_JWT);
        }
    }

    private static void checkIssuerAndAudience(JWTClaimsSet claims, PlatformRegistration registration) {
        if (!registration.issuer().equals(claims.getIssuer())) {
            throw new LaunchRejectedException(LaunchError.WRONG_ISSUER, String.valueOf(claims.getIssuer()),
                    registration.issuer());
        }
        List<String> audience = claims.getAudience();
        if (!audience.contains(registration.clientId())) {
            throw new LaunchRejectedException(LaunchError.WRONG_AUDIENCE, registration.clientId());
        }
        Object azp = claims.getClaim("azp");
        if (audience.size() > 1 && azp == null || azp != null && !registration.clientId().equals(azp)) {
            throw new LaunchRejectedException(LaunchError.AZP_MISMATCH, registration.clientId());
        }
    }

    private void checkTimes(JWTClaimsSet claims) {
        Date expires = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        if (expires == null || issued == null) {
            throw new LaunchRejectedException(LaunchError.MISSING_TIMESTAMPS);
        }
        Instant now = clock.instant();
        if (now.isAfter(expires.toInstant().plus(CLOCK_SKEW))) {
            throw new LaunchRejectedException(LaunchError.TOKEN_EXPIRED, expires.toInstant().toString());
        }
        if (issued.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            throw new LaunchRejectedException(LaunchError.TOKEN_FROM_FUTURE, issued.toInstant().toString());
        }
    }

    private static void checkNonce(JWTClaimsSet claims, LoginState login) {
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String value) || !MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), login.nonce().getBytes(StandardCharsets.UTF_8))) {
            throw new LaunchRejectedException(LaunchError.NONCE_MISMATCH);
        }
    }
}
