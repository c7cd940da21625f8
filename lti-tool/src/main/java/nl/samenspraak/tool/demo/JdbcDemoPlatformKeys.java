package nl.samenspraak.tool.demo;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.DataAccessException;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.security.SecretBox;

/**
 * {@link DemoPlatformKeys} in the one-row {@code demo_platform_key} table. The private JWK and the hint secret are
 * encrypted ({@link SecretBox}) like the tool's own keys; a row an older version stored in clear is encrypted
 * when it is first read, which the demo platform does on every start.
 */
@Singleton
public class JdbcDemoPlatformKeys implements DemoPlatformKeys {

    private static final String NAME = "demo";

    private final Sql sql;
    private final SecretBox box;

    @Inject
    public JdbcDemoPlatformKeys(Sql sql, SecretBox box) {
        this.sql = sql;
        this.box = box;
    }

    @Override
    public Optional<DemoKeys> find() {
        record Stored(String privateJwk, String hintSecret) {
        }
        Optional<Stored> stored = sql.one("SELECT private_jwk, hint_secret FROM demo_platform_key WHERE name = ?",
                row -> new Stored(row.getString("private_jwk"), row.getString("hint_secret")), NAME);
        stored.filter(row -> !box.isSealed(row.privateJwk()) || !box.isSealed(row.hintSecret()))
                .ifPresent(clear -> sql.update("UPDATE demo_platform_key SET private_jwk = ?, hint_secret = ?"
                                + " WHERE name = ? AND private_jwk = ? AND hint_secret = ?",
                        sealed(clear.privateJwk()), sealed(clear.hintSecret()), NAME, clear.privateJwk(),
                        clear.hintSecret()));
        return stored.map(row -> {
            try {
                return new DemoKeys(RSAKey.parse(box.open(row.privateJwk())),
                        Base64.getDecoder().decode(box.open(row.hintSecret())));
            } catch (ParseException e) {
                throw new IllegalStateException("The demo platform's key is not a valid JWK", e);
            }
        });
    }

    @Override
    public DemoKeys addIfAbsent(DemoKeys keys, Instant now) {
        try {
            sql.update("INSERT INTO demo_platform_key (name, private_jwk, hint_secret, created_at) VALUES (?, ?, ?, ?)",
                    NAME, box.seal(keys.signingKey().toJSONString()),
                    box.seal(Base64.getEncoder().encodeToString(keys.hintKey())), now);
        } catch (DataAccessException e) {
            if (!e.isDuplicateKey()) {
                throw e;
            }
        }
        return find().orElseThrow();
    }

    @Override
    public boolean remove() {
        return sql.update("DELETE FROM demo_platform_key WHERE name = ?", NAME) > 0;
    }

    /** A stored value sealed, unless it is already (of a row half sealed, only the clear part changes). */
    private String sealed(String stored) {
        return box.isSealed(stored) ? stored : box.seal(stored);
    }
}
