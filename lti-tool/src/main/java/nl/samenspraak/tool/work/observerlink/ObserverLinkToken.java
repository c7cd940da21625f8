package nl.samenspraak.tool.work.observerlink;

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
import nl.samenspraak.program.content.Language;

/**
 * What an observer's link carries, as a JWT HMAC-signed (HS256) with the tool's own secret: the link's id
 * (kept in the database, so that it can be revoked), the observation, the observer and their course, the
 * assignment and the language of the page. Its audience differs from a session token's, so neither is
 * taken for the other.
 */
public record ObserverLinkToken(String linkId, long observationId, long observerId, long contextId,
                                String assignmentId, Language language, Instant issuedAt, Instant expiresAt) {

    static final String ISSUER = "samenspraak";
    static final String AUDIENCE = "samenspraak-observer-link";

    public ObserverLinkToken {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public String toJWT(byte[] secret) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE).jwtID(linkId).subject(Long.toString(observerId))
                .claim("obs", observationId).claim("ctx", contextId).claim("asg", assignmentId)
                .claim("lang", language.code())
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an observer's link", e);
        }
        return jwt.serialize();
    }

    /**
     * Reads and checks a link's token: signed by this tool, meant as an observer's link, not expired.
     *
     * @throws ObserverLinkRejectedException INVALID when it is malformed, tampered with or another kind of
     *                                       token; EXPIRED when its time is over
     */
    public static ObserverLinkToken parse(String token, byte[] secret, Instant now) {
        JWTClaimsSet claims;
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                throw ObserverLinkRejectedException.invalid();
            }
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            throw ObserverLinkRejectedException.invalid();
        }
        try {
            if (!ISSUER.equals(claims.getIssuer()) || claims.getAudience() == null
                    || !claims.getAudience().contains(AUDIENCE) || claims.getJWTID() == null) {
                throw ObserverLinkRejectedException.invalid();
            }
            Language language = Language.fromCode(claims.getStringClaim("lang")).orElse(Language.NL);
            Instant expires = claims.getExpirationTime().toInstant();
            if (!now.isBefore(expires)) {
                throw ObserverLinkRejectedException.expired(language);
            }
            return new ObserverLinkToken(claims.getJWTID(), claims.getLongClaim("obs"),
                    Long.parseLong(claims.getSubject()), claims.getLongClaim("ctx"), claims.getStringClaim("asg"),
                    language, claims.getIssueTime().toInstant(), expires);
        } catch (ParseException | RuntimeException e) {
            if (e instanceof ObserverLinkRejectedException rejected) {
                throw rejected;
            }
            throw ObserverLinkRejectedException.invalid();
        }
    }
}
