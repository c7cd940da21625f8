package nl.samenspraak.tool.lti.session;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.DataAccessException;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.security.SecretBox;

/**
 * The key that signs session tokens: 256 random bits made on first start and kept in the database, so
 * sessions survive a restart and every server sharing the database accepts them. The database holds it
 * encrypted ({@link SecretBox}); a secret stored in clear by an older version is encrypted on start.
 */
@Singleton
public class SessionSecret {

    private static final String NAME = "session-signing";

    private final byte[] secret;

    @Inject
    public SessionSecret(Sql sql, Clock clock, SecretBox box) {
        String stored = read(sql).orElseGet(() -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                sql.update("INSERT INTO tool_secret (name, secret, created_at) VALUES (?, ?, ?)", NAME,
                        box.seal(Base64.getEncoder().encodeToString(fresh)), clock.instant());
            } catch (DataAccessException e) {
                if (!e.isDuplicateKey()) {
                    throw e;
                }
            }
            return read(sql).orElseThrow();
        });
        String clear = box.open(stored);
        if (!box.isSealed(stored)) {
            // Only the value read is replaced: a server that encrypted it meanwhile is not overwritten.
            sql.update("UPDATE tool_secret SET secret = ? WHERE name = ? AND secret = ?", box.seal(clear), NAME, stored);
        }
        this.secret = Base64.getDecoder().decode(clear);
    }

    private static Optional<String> read(Sql sql) {
        return sql.one("SELECT secret FROM tool_secret WHERE name = ?", row -> row.getString("secret"), NAME);
    }

    public byte[] bytes() {
        return secret.clone();
    }
}
