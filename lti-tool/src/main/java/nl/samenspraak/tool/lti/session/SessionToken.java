package nl.samenspraak.tool.lti.session;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.lti.launch.ToolRole;

/**
 * Who may call the API after a launch: the user, the registration and deployment they came through, the
 * course and link, the role the tool gave them and the language of the launch; until {@code expiresAt}.
 * {@code startedAt} is the launch's moment, carried through every renewal, so a session has an absolute
 * lifetime however often it is renewed. As a JWT it is HMAC-signed (HS256) with the tool's own session
 * secret: only the tool makes and reads it.
 */
public record SessionToken(long userId, long registrationId, String deploymentId, Optional<Long> contextId,
                           Optional<Long> resourceLinkId, ToolRole role, Language language, Instant startedAt,
                           Instant issuedAt, Instant expiresAt) {

    static final String ISSUER = "samenspraak";
    static final String AUDIENCE = "samenspraak-session";

    public SessionToken {
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(contextId, "contextId");
        Objects.requireNonNull(resourceLinkId, "resourceLinkId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The same session with a new lifetime. */
    public SessionToken renewed(Instant now, Instant expires) {
        return new SessionToken(userId, registrationId, deploymentId, contextId, resourceLinkId, role, language,
                startedAt, now, expires);
    }

    public String toJWT(byte[] secret) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE).subject(Long.toString(userId))
                .claim("reg", registrationId).claim("dep", deploymentId)
                .claim("role", role.name()).claim("lang", language.code()).claim("sst", startedAt.getEpochSecond())
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt));
        contextId.ifPresent(id -> claims.claim("ctx", id));
        resourceLinkId.ifPresent(id -> claims.claim("lnk", id));
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a session token", e);
        }
        return jwt.serialize();
    }

    /**
     * Reads and checks a session token.
     *
     * @throws InvalidSessionException when it is malformed, not signed by this tool, or expired
     */
    public static SessionToken parse(String token, byte[] secret, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                throw new InvalidSessionException("not signed by this tool");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(claims.getIssuer()) || !claims.getAudience().contains(AUDIENCE)) {
                throw new InvalidSessionException("not a session token");
            }
            Instant expires = claims.getExpirationTime().toInstant();
            if (!now.isBefore(expires)) {
                throw new InvalidSessionException("expired");
            }
            Instant issued = claims.getIssueTime().toInstant();
            Long started = claims.getLongClaim("sst");
            return new SessionToken(Long.parseLong(claims.getSubject()), claims.getLongClaim("reg"),
                    claims.getStringClaim("dep"), Optional.ofNullable(claims.getLongClaim("ctx")),
                    Optional.ofNullable(claims.getLongClaim("lnk")), ToolRole.valueOf(claims.getStringClaim("role")),
                    Language.fromCode(claims.getStringClaim("lang")).orElse(Language.NL),
                    started == null ? issued : Instant.ofEpochSecond(started), issued, expires);
        } catch (ParseException | JOSEException | RuntimeException e) {
            if (e instanceof InvalidSessionException invalid) {
                throw invalid;
            }
            throw new InvalidSessionException("malformed");
        }
    }
}
