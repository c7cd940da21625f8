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

/** {@link DemoPlatformKeys} in the one-row {@code demo_platform_key} table. */
@Singleton
public class JdbcDemoPlatformKeys implements DemoPlatformKeys {

    private static final String NAME = "demo";

    private final Sql sql;

    @Inject
    public JdbcDemoPlatformKeys(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<DemoKeys> find() {
        return sql.one("SELECT private_jwk, hint_secret FROM demo_platform_key WHERE name = ?", row -> {
            try {
                return new DemoKeys(RSAKey.parse(row.getString("private_jwk")),
                        Base64.getDecoder().decode(row.getString("hint_secret")));
            } catch (ParseException e) {
                throw new IllegalStateException("The demo platform's key is not a valid JWK", e);
            }
        }, NAME);
    }

    @Override
    public DemoKeys addIfAbsent(DemoKeys keys, Instant now) {
        try {
            sql.update("INSERT INTO demo_platform_key (name, private_jwk, hint_secret, created_at) VALUES (?, ?, ?, ?)",
                    NAME, keys.signingKey().toJSONString(), Base64.getEncoder().encodeToString(keys.hintKey()), now);
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
}
