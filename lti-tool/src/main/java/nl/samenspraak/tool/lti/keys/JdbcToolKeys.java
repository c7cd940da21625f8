package nl.samenspraak.tool.lti.keys;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;

/** {@link ToolKeys} in the {@code tool_key} table; the key pair is kept as a private JWK. */
@Singleton
public class JdbcToolKeys implements ToolKeys {

    private static final String LOCK = "tool-keys";

    private final Sql sql;

    @Inject
    public JdbcToolKeys(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<ToolKey> all() {
        return all(sql);
    }

    private static List<ToolKey> all(Statements sql) {
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

    /**
     * The lock row makes two servers that start at once on a new database, or two administrators who
     * rotate at once, take turns: the second reads the keys the first wrote.
     */
    @Override
    public List<ToolKey> change(Function<List<ToolKey>, List<ToolKey>> change, Instant dropRetiredBefore) {
        return sql.transaction(tx -> {
            tx.one("SELECT name FROM cluster_lock WHERE name = ? FOR UPDATE", row -> row.getString("name"), LOCK)
                    .orElseThrow(() -> new IllegalStateException("The lock row " + LOCK + " is missing"));
            List<ToolKey> changed = change.apply(all(tx));
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
            return changed;
        });
    }
}
