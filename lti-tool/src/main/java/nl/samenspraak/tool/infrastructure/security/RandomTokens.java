package nl.samenspraak.tool.infrastructure.security;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable values (states, nonces, ids a browser must not guess): 256 random bits, base64url. */
@Singleton
public class RandomTokens {

    private final SecureRandom random = new SecureRandom();

    public String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
