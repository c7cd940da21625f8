package nl.samenspraak.tool.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Optional;
import java.util.logging.Logger;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import nl.samenspraak.tool.demo.DemoMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The administrator's password, from {@code SAMENSPRAAK_ADMIN_PASSWORD}. It is hashed (PBKDF2 with
 * HMAC-SHA256 and a random salt) when the server starts and only the hash is kept. There is no built-in
 * password, except {@value DemoMode#DEMO_ADMIN_PASSWORD} in demo mode when none is set; without one the
 * administration cannot be signed in to and says which variable to set. Outside demo mode a password shorter
 * than twelve characters stops the server at start.
 */
@Singleton
public class AdminPassword {

    private static final Logger LOG = Logger.getLogger(AdminPassword.class.getName());
    static final String VARIABLE = "SAMENSPRAAK_ADMIN_PASSWORD";
    private static final int ITERATIONS = 210_000;
    private static final int MIN_LENGTH = 12;

    private final byte[] salt = new byte[16];
    private final byte[] hash;

    @Inject
    public AdminPassword(@ConfigProperty(name = "samenspraak.admin.password") Optional<String> configured,
                         DemoMode demo) {
        new SecureRandom().nextBytes(salt);
        Optional<String> password = configured.filter(value -> !value.isEmpty())
                .or(() -> demo.isOn() ? Optional.of(DemoMode.DEMO_ADMIN_PASSWORD) : Optional.empty());
        if (!demo.isOn() && password.isPresent() && password.get().length() < MIN_LENGTH) {
            // A short password falls to the throttle's fifty guesses a quarter hour within days; refuse to run.
            String message = VARIABLE + " is shorter than " + MIN_LENGTH + " characters: choose a longer one.";
            LOG.severe("Samenspraak cannot start: " + message);
            throw new IllegalStateException(message);
        }
        this.hash = password.map(this::derive).orElse(null);
        if (hash == null) {
            LOG.warning("No administrator password: set " + VARIABLE + " to use the administration (/admin).");
        }
    }

    /** Made on start, so that a password too short stops the server at once rather than at the first sign-in. */
    void checkOnStart(@Observes Startup startup) {
        LOG.fine(() -> "Administrator password " + (isConfigured() ? "set" : "not set"));
    }

    public boolean isConfigured() {
        return hash != null;
    }

    /** Whether the attempt is the password; always false when none is configured. */
    public boolean matches(String attempt) {
        return hash != null && attempt != null && MessageDigest.isEqual(hash, derive(attempt));
    }

    private byte[] derive(String password) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
