package nl.samenspraak.tool.lti.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One of the tool's RSA key pairs, identified by its kid (the RFC 7638 thumbprint).
 *
 * @param activatedAt when it started signing; null while NEXT
 * @param retiredAt   when it stopped signing; null unless RETIRED
 */
public record ToolKey(String kid, Status status, RSAKey keyPair, Instant createdAt, Instant activatedAt,
                      Instant retiredAt) {

    /** Where a key is in its life: published before use, in use, published a while after use. */
    public enum Status { NEXT, CURRENT, RETIRED }

    public ToolKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(keyPair, "keyPair");
    }

    /** The public half, as the key set publishes it. */
    public RSAKey publicKey() {
        return keyPair.toPublicJWK();
    }

    /** Without the private key: a key must never reach a log through its string form. */
    @Override
    public String toString() {
        return "ToolKey[" + kid + " " + status + ", created " + createdAt + "]";
    }
}
