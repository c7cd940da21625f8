package nl.samenspraak.tool.infrastructure.security;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.ParseException;

/**
 * Encrypts a secret for the database and decrypts it again: AES-256-GCM with the {@link SecretsKey}, written
 * as a compact JWE ({@code dir}, {@code A256GCM}) by Nimbus JOSE+JWT, so the stored value says how it was
 * made. A value stored in clear by an older version is recognised, so that it can be encrypted on start.
 */
@Singleton
public class SecretBox {

    private static final JWEHeader HEADER = new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM);

    private final SecretsKey key;

    @Inject
    public SecretBox(SecretsKey key) {
        this.key = key;
    }

    /** The secret encrypted, as the database keeps it. */
    public String seal(String secret) {
        JWEObject sealed = new JWEObject(HEADER, new Payload(secret));
        try {
            sealed.encrypt(new DirectEncrypter(key.key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot encrypt a secret", e);
        }
        return sealed.serialize();
    }

    /** Whether a stored value is encrypted; a value from before encryption is not. */
    public boolean isSealed(String stored) {
        try {
            JWEObject parsed = JWEObject.parse(stored);
            return JWEAlgorithm.DIR.equals(parsed.getHeader().getAlgorithm());
        } catch (ParseException e) {
            return false;
        }
    }

    /**
     * The secret in a stored value: decrypted, or as it is when it was stored in clear before encryption.
     *
     * @throws SecretsKeyException when the value was encrypted with another key
     */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        try {
            JWEObject sealed = JWEObject.parse(stored);
            sealed.decrypt(new DirectDecrypter(key.key()));
            return sealed.getPayload().toString();
        } catch (ParseException | JOSEException e) {
            throw new SecretsKeyException("the tool's secrets in the database cannot be decrypted with this key: set"
                    + " SAMENSPRAAK_SECRETS_KEY (or SAMENSPRAAK_SECRETS_KEY_FILE) to the key they were encrypted with.", e);
        }
    }
}
