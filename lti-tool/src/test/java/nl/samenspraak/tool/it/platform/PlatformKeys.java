package nl.samenspraak.tool.it.platform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The platform's RSA key pairs: the one that signs, and the ones its key set publishes. Besides proper
 * RS256 signatures it makes the forgeries a tool must refuse.
 */
public final class PlatformKeys {

    private final List<RSAKey> published = new ArrayList<>();
    private RSAKey signing;

    public PlatformKeys() {
        signing = generate();
        published.add(signing);
    }

    /** The public key set as the platform's JWKS endpoint serves it. */
    public synchronized String publicKeySetJson() {
        return new JWKSet(published.stream().map(key -> (JWK) key.toPublicJWK()).toList()).toString();
    }

    public synchronized String signingKid() {
        return signing.getKeyID();
    }

    /**
     * Publishes a new key and signs with it from now on, as a platform rotating its key does.
     *
     * @param keepOld whether the old key stays in the published set
     */
    public synchronized void rotate(boolean keepOld) {
        RSAKey next = generate();
        if (!keepOld) {
            published.remove(signing);
        }
        published.add(next);
        signing = next;
    }

    /** A proper id_token: RS256 with the current key, its kid in the header. */
    public String sign(JWTClaimsSet claims) {
        return sign(claims, header -> header);
    }

    /** RS256 with the current key, with a header the test changes (no kid, another kid, ...). */
    public String sign(JWTClaimsSet claims, UnaryOperator<JWSHeader.Builder> headerChanges) {
        RSAKey key;
        synchronized (this) {
            key = signing;
        }
        JWSHeader header = headerChanges.apply(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT).keyID(key.getKeyID())).build();
        return signWith(key, header, claims);
    }

    /** Signed by a key the platform never published, under the kid of the key it signs with. */
    public String signWithForeignKey(JWTClaimsSet claims) {
        RSAKey foreign = generate();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(signingKid()).build();
        return signWith(foreign, header, claims);
    }

    /** An unsecured JWT ({@code alg: none}). */
    public static String unsecured(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    /**
     * The key-confusion attack: HS256 keyed with the bytes of the platform's public key, which anyone can
     * fetch; a tool that lets the header choose the algorithm would accept it.
     */
    public String hmacWithPublicKey(JWTClaimsSet claims) {
        try {
            RSAKey key;
            synchronized (this) {
                key = signing;
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
                    .keyID(key.getKeyID()).build(), claims);
            jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot make the HS256 token", e);
        }
    }

    private static String signWith(RSAKey key, JWSHeader header, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the id_token", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }
}
