package nl.samenspraak.tool.infrastructure.security;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import nl.samenspraak.tool.infrastructure.persistence.DataDirectory;
import nl.samenspraak.tool.infrastructure.persistence.Database;
import nl.samenspraak.tool.infrastructure.persistence.DatabaseSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The 256-bit AES key that encrypts the tool's secrets in the database (the session-signing secret, the
 * private keys), kept outside the database so that a copy of the database alone reveals no secret:
 * <ol>
 * <li>{@code SAMENSPRAAK_SECRETS_KEY}: the key itself, 32 bytes in Base64;</li>
 * <li>else {@code SAMENSPRAAK_SECRETS_KEY_FILE}: a file holding it;</li>
 * <li>else, on the embedded database, {@code secrets.key} in the data folder, made on first start,
 *     readable by the tool's user only;</li>
 * <li>else (PostgreSQL, possibly several servers that must share the key) the server does not start.</li>
 * </ol>
 */
@Singleton
public class SecretsKey {

    private static final Logger LOG = Logger.getLogger(SecretsKey.class.getName());
    static final String FILE_NAME = "secrets.key";
    private static final int BYTES = 32;

    private final SecretKey key;

    @Inject
    public SecretsKey(@ConfigProperty(name = "samenspraak.secrets.key") Optional<String> given,
                      @ConfigProperty(name = "samenspraak.secrets.key.file") Optional<String> file,
                      DataDirectory dataDirectory, Database database) {
        this(given, file, dataDirectory, database.kind(), true);
    }

    private SecretsKey(Optional<String> given, Optional<String> file, DataDirectory dataDirectory,
                       DatabaseSettings.Kind database, boolean logRefusal) {
        try {
            this.key = load(given, file, dataDirectory, database);
        } catch (SecretsKeyException e) {
            if (logRefusal) {
                LOG.severe("Samenspraak cannot start: " + e.getMessage());
            }
            throw e;
        }
    }

    /** For tests: the same rules, without the start's log line. */
    static SecretsKey of(Optional<String> given, Optional<String> file, DataDirectory dataDirectory,
                         DatabaseSettings.Kind database) {
        return new SecretsKey(given, file, dataDirectory, database, false);
    }

    private static SecretKey load(Optional<String> given, Optional<String> file, DataDirectory dataDirectory,
                                  DatabaseSettings.Kind database) {
        Optional<String> value = given.map(String::strip).filter(text -> !text.isEmpty());
        Optional<Path> keyFile = file.map(String::strip).filter(text -> !text.isEmpty()).map(Path::of);
        if (value.isPresent()) {
            return decode(value.get(), "SAMENSPRAAK_SECRETS_KEY");
        } else if (keyFile.isPresent()) {
            return decode(read(keyFile.get(), "SAMENSPRAAK_SECRETS_KEY_FILE"), "the file " + keyFile.get());
        } else if (database == DatabaseSettings.Kind.EMBEDDED) {
            return decode(readOrMake(dataDirectory), "the file " + dataDirectory.path().resolve(FILE_NAME));
        } else {
            throw new SecretsKeyException("the tool's secrets in PostgreSQL are encrypted with a key that every server"
                    + " sharing the database must have: set SAMENSPRAAK_SECRETS_KEY to 32 random bytes in Base64"
                    + " (openssl rand -base64 32), or SAMENSPRAAK_SECRETS_KEY_FILE to a file holding them.");
        }
    }

    SecretKey key() {
        return key;
    }

    private static SecretKey decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new SecretsKeyException(source + " is not Base64: it must hold 32 random bytes in Base64"
                    + " (openssl rand -base64 32).");
        }
        if (bytes.length != BYTES) {
            throw new SecretsKeyException(source + " holds " + bytes.length + " bytes, not 32: make the key with"
                    + " openssl rand -base64 32.");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static String read(Path file, String setting) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new SecretsKeyException(setting + " names " + file + ", which cannot be read (" + e
                    + "): make it readable by the server's user.", e);
        }
    }

    /** The key file in the data folder, made with owner-only permissions when it is not there yet. */
    private static String readOrMake(DataDirectory dataDirectory) {
        Path file = dataDirectory.path().resolve(FILE_NAME);
        if (!Files.exists(file)) {
            byte[] fresh = new byte[BYTES];
            new SecureRandom().nextBytes(fresh);
            try {
                dataDirectory.create();
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
                LOG.info(() -> "A new key for the secrets at rest is in " + file + ": back it up with the database");
            } catch (FileAlreadyExistsException e) {
                LOG.fine(() -> "Another start made " + file + " meanwhile");
            } catch (IOException e) {
                throw new SecretsKeyException("the secrets key " + file + " cannot be made (" + e
                        + "): set SAMENSPRAAK_DATA_DIR to a folder this server may write to, or set"
                        + " SAMENSPRAAK_SECRETS_KEY.", e);
            }
        }
        return read(file, "The data folder");
    }
}
