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
import nl.samenspraak.tool.infrastructure.security.SecretBox;

/**
 * {@link ToolKeys} in the {@code tool_key} table; the key pair is kept as a private JWK, encrypted
 * ({@link SecretBox}). Keys stored in clear by an older version are encrypted when they are first read.
 */
@Singleton
public class JdbcToolKeys implements ToolKeys {

    private static final String LOCK = "tool-keys";

    private final Sql sql;
    private final SecretBox box;

    @Inject
    public JdbcToolKeys(Sql sql, SecretBox box) {
        this.sql = sql;
        this.box = box;
    }

    @Override
    public List<ToolKey> all() {
        return all(sql);
    }

    private List<ToolKey> all(Statements sql) {
        record Stored(ToolKey key, String privateJwk) {
        }
        List<Stored> rows = sql.list("SELECT kid, status, private_jwk, created_at, activated_at, retired_at FROM tool_key"
                + " ORDER BY created_at, kid", row -> {
                    String stored = row.getString("private_jwk");
                    try {
                        return new Stored(new ToolKey(row.getString("kid"), ToolKey.Status.valueOf(row.getString("status")),
                                RSAKey.parse(box.open(stored)), Statements.instant(row, "created_at"),
                                Statements.instant(row, "activated_at"), Statements.instant(row, "retired_at")), stored);
                    } catch (ParseException e) {
                        throw new IllegalStateException("Tool key " + row.getString("kid") + " is not a valid JWK", e);
                    }
                });
        for (Stored clear : rows.stream().filter(row -> !box.isSealed(row.privateJwk())).toList()) {
            sql.update("UPDATE tool_key SET private_jwk = ? WHERE kid = ? AND private_jwk = ?",
                    box.seal(clear.privateJwk()), clear.key().kid(), clear.privateJwk());
        }
        return rows.stream().map(Stored::key).toList();
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
                            box.seal(key.keyPair().toJSONString()), key.createdAt(), key.activatedAt(), key.retiredAt());
                }
            }
            tx.update("DELETE FROM tool_key WHERE status = ? AND retired_at < ?", ToolKey.Status.RETIRED,
                    dropRetiredBefore);
            return changed;
        });
    }
}
