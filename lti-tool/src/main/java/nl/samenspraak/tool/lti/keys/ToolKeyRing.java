package nl.samenspraak.tool.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The tool's key pairs over their life. There is always a CURRENT key that signs and a NEXT key that is
 * published but not used yet, so platforms that cache the key set already know the next key when a
 * rotation makes it current. A rotated-out key stays published for {@link #GRACE} after it stopped signing.
 * <p>
 * The keys are read from the database on every use (a key set request or a signature, both rare), so a
 * rotation is seen at once by every server that shares the database.
 */
@Singleton
public class ToolKeyRing {

    private static final Logger LOG = Logger.getLogger(ToolKeyRing.class.getName());

    /** How long a retired key stays published: longer than any platform caches a key set. */
    public static final Duration GRACE = Duration.ofDays(7);
    static final int KEY_SIZE = 2048;

    private final ToolKeys keys;
    private final Clock clock;

    @Inject
    public ToolKeyRing(ToolKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        ensureKeys();
    }

    /** Creating the keys on start, not on the first launch, keeps key generation off the launch path. */
    void createOnStart(@Observes Startup startup) {
        LOG.fine("Tool keys present");
    }

    /** The key that signs the tool's messages now. */
    public ToolKey signingKey() {
        return keys.all().stream().filter(key -> key.status() == ToolKey.Status.CURRENT).findFirst()
                .orElseThrow(() -> new IllegalStateException("The tool has no current key"));
    }

    /** The public keys a platform may see signatures from: next, current, and retired within the grace period. */
    public JWKSet publicKeySet() {
        Instant now = clock.instant();
        return new JWKSet(keys.all().stream().filter(key -> isPublished(key, now))
                .map(key -> (com.nimbusds.jose.jwk.JWK) key.publicKey()).toList());
    }

    /** The keys as an administrator sees them: every stored key with its status and dates, no private parts. */
    public List<ToolKey> keys() {
        Instant now = clock.instant();
        return keys.all().stream().filter(key -> isPublished(key, now)).toList();
    }

    /**
     * Makes the next key current, retires the current one and creates a new next key.
     *
     * @return the key that signs from now on
     */
    public ToolKey rotate() {
        Instant now = clock.instant();
        List<ToolKey> changed = keys.change(all -> {
            List<ToolKey> change = new ArrayList<>();
            ToolKey next = all.stream().filter(key -> key.status() == ToolKey.Status.NEXT).findFirst()
                    .orElseGet(() -> generate(ToolKey.Status.NEXT, now));
            all.stream().filter(key -> key.status() == ToolKey.Status.CURRENT).forEach(current -> change.add(
                    new ToolKey(current.kid(), ToolKey.Status.RETIRED, current.keyPair(), current.createdAt(),
                            current.activatedAt(), now)));
            change.add(new ToolKey(next.kid(), ToolKey.Status.CURRENT, next.keyPair(), next.createdAt(), now, null));
            change.add(generate(ToolKey.Status.NEXT, now));
            return change;
        }, now.minus(GRACE));
        ToolKey promoted = changed.stream().filter(key -> key.status() == ToolKey.Status.CURRENT).findFirst()
                .orElseThrow();
        LOG.info("Tool key rotated: " + promoted.kid() + " signs from now on");
        return promoted;
    }

    /** Servers that start at once on a new database take turns here, so the second finds the first's keys. */
    private void ensureKeys() {
        Instant now = clock.instant();
        List<ToolKey> created = keys.change(all -> {
            List<ToolKey> change = new ArrayList<>();
            if (all.stream().noneMatch(key -> key.status() == ToolKey.Status.CURRENT)) {
                change.add(generate(ToolKey.Status.CURRENT, now));
            }
            if (all.stream().noneMatch(key -> key.status() == ToolKey.Status.NEXT)) {
                change.add(generate(ToolKey.Status.NEXT, now));
            }
            return change;
        }, now.minus(GRACE));
        if (!created.isEmpty()) {
            LOG.info("Tool keys created: " + created.size());
        }
    }

    private static boolean isPublished(ToolKey key, Instant now) {
        return key.status() != ToolKey.Status.RETIRED || key.retiredAt().plus(GRACE).isAfter(now);
    }

    private static ToolKey generate(ToolKey.Status status, Instant now) {
        try {
            RSAKey pair = new RSAKeyGenerator(KEY_SIZE).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
            return new ToolKey(pair.getKeyID(), status, pair, now, status == ToolKey.Status.CURRENT ? now : null, null);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }
}
