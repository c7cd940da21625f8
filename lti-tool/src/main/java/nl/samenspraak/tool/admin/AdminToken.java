package nl.samenspraak.tool.admin;

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
import java.util.Optional;

/**
 * Proof that the administrator signed in: a JWT HMAC-signed with the tool's secret, for the admin audience
 * only, so neither a launch session nor anything else the tool signs is accepted in its place.
 */
public record AdminToken(Instant issuedAt, Instant expiresAt) {

    static final String ISSUER = "samenspraak";
    static final String AUDIENCE = "samenspraak-admin";

    public String toJWT(byte[] secret) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("administrator")
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an admin token", e);
        }
        return jwt.serialize();
    }

    /** The token when it is a valid, unexpired admin token of this tool. */
    public static Optional<AdminToken> parse(String token, byte[] secret, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(claims.getIssuer()) || !claims.getAudience().contains(AUDIENCE)
                    || claims.getExpirationTime() == null || !now.isBefore(claims.getExpirationTime().toInstant())) {
                return Optional.empty();
            }
            return Optional.of(new AdminToken(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
