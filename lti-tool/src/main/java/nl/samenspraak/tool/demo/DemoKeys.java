package nl.samenspraak.tool.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The demo platform's secrets: the RSA key pair that signs its id_tokens (published at {@code /demo/jwks})
 * and the HMAC key that signs its {@code lti_message_hint}. Two keys, so a hint can never pass for a token.
 */
public record DemoKeys(RSAKey signingKey, byte[] hintKey) {

    static final int RSA_KEY_SIZE = 2048;
    static final int HINT_KEY_BYTES = 32;

    public DemoKeys {
        Objects.requireNonNull(signingKey, "signingKey");
        if (!signingKey.isPrivate()) {
            throw new IllegalArgumentException("The demo platform's signing key must hold its private part");
        }
        if (hintKey.length < HINT_KEY_BYTES) {
            throw new IllegalArgumentException("The hint key must have at least " + HINT_KEY_BYTES + " bytes");
        }
        hintKey = hintKey.clone();
    }

    /** New random keys, as the demo platform makes them on its first start. */
    public static DemoKeys generate() {
        try {
            RSAKey pair = new RSAKeyGenerator(RSA_KEY_SIZE).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
            byte[] hint = new byte[HINT_KEY_BYTES];
            new SecureRandom().nextBytes(hint);
            return new DemoKeys(pair, hint);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    @Override
    public byte[] hintKey() {
        return hintKey.clone();
    }

    /** The public half of the signing key, as the demo platform publishes it. */
    public JWKSet publicKeySet() {
        return new JWKSet(signingKey.toPublicJWK());
    }

    /** Only the kid: private keys must never reach a log. */
    @Override
    public String toString() {
        return "DemoKeys[kid " + signingKey.getKeyID() + "]";
    }
}
