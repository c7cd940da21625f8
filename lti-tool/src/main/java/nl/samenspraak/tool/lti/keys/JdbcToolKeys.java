package nl.samenspraak.tool.lti.keys;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;

/** {@link ToolKeys} in the {@code tool_key} table; the key pair is kept as a private JWK. */
@Singleton
public class JdbcToolKeys implements ToolKeys {

    private final Sql sql;

    @Inject
    public JdbcToolKeys(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<ToolKey> all() {
        return sql.list("SELECT kid, status, private_jwk, created_at, activated_at, retired_at FROM tool_key"
                + " ORDER BY created_at, kid", row -> {
                    try {
                        return new ToolKey(row.getString("kid"), ToolKey.Status.valueOf(row.getString("status")),
                                RSAKey.parse(row.getString("private_jwk")), Statements.instant(row, "created_at"),
                                Statements.instant(row, "activated_at"), Statements.instant(row, "retired_at"));
                    } catch (ParseException e) {
                        throw new IllegalStateException("Tool key " + row.getString("kid") + " is not a valid JWK", e);
                    }
                });
    }

    @Override
    public void save(List<ToolKey> changed, Instant dropRetiredBefore) {
        sql.transaction(tx -> {
            for (ToolKey key : changed) {
                int updated = tx.update("UPDATE tool_key SET status = ?, activated_at = ?, retired_at = ? WHERE kid = ?",
                        key.status(), key.activatedAt(), key.retiredAt(), key.kid());
                if (updated == 0) {
                    tx.update("INSERT INTO tool_key (kid, status, private_jwk, created_at, activated_at, retired_at)"
                                    + " VALUES (?, ?, ?, ?, ?, ?)", key.kid(), key.status(),
                            key.keyPair().toJSONString(), key.createdAt(), key.activatedAt(), key.retiredAt());
                }
            }
            tx.update("DELETE FROM tool_key WHERE status = ? AND retired_at < ?", ToolKey.Status.RETIRED,
                    dropRetiredBefore);
            return null;
        });
    }
}
