package nl.samenspraak.tool.infrastructure.security;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.DataDirectory;
import nl.samenspraak.tool.infrastructure.persistence.DatabaseSettings;

/** A {@link SecretBox} with a fresh random key, for tests of code that keeps secrets. */
public final class TestSecrets {

    private TestSecrets() {
    }

    public static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public static SecretBox box(String base64Key) {
        return new SecretBox(SecretsKey.of(Optional.of(base64Key), Optional.empty(),
                new DataDirectory(Optional.of(Path.of("unused").toString())), DatabaseSettings.Kind.EMBEDDED));
    }

    /**
     * The key of the integration tests' servers (their env files): processes that share one database, such as
     * the grade workers of a test and the servers, must seal and open the tool's keys with the same key.
     */
    public static final String SHARED_KEY = "c2FtZW5zcHJhYWstaXQtc2VjcmV0cy1rZXktMzJieXQ=";

    public static SecretBox box() {
        return box(randomKey());
    }
}
