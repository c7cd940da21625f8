package nl.samenspraak.tool.lti.registration;

import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.DataAccessException;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;

/**
 * {@link PlatformRegistrations} in the {@code platform_registration} and {@code platform_deployment} tables.
 * Every change raises the counter in {@code registration_version} in its own transaction, which tells the
 * servers' {@link CachedPlatformRegistrations} that their copy is old. Injected as itself only: the rest of
 * the tool gets the cached registrations.
 */
@Singleton
@Typed(JdbcPlatformRegistrations.class)
public class JdbcPlatformRegistrations implements PlatformRegistrations {

    private static final String SELECT = "SELECT r.id, r.issuer, r.client_id, r.name, r.authorization_url, r.token_url,"
            + " r.jwks_url, r.enabled, r.registered_by, r.product_family, r.created_at, r.updated_at,"
            + " d.deployment_id, d.label, d.created_at AS deployment_created_at"
            + " FROM platform_registration r LEFT JOIN platform_deployment d ON d.registration_id = r.id";
    private static final String ORDER = " ORDER BY r.id, d.created_at, d.deployment_id";

    private static final String RAISE_VERSION = "UPDATE registration_version SET version = version + 1 WHERE id = 1";

    private final Sql sql;

    @Inject
    public JdbcPlatformRegistrations(Sql sql) {
        this.sql = sql;
    }

    /** The counter every change raises: equal numbers, equal registrations. */
    public long version() {
        return sql.one("SELECT version FROM registration_version WHERE id = 1", row -> row.getLong("version"))
                .orElseThrow(() -> new IllegalStateException("registration_version has no row: migration V18 missing"));
    }

    @Override
    public List<PlatformRegistration> all() {
        return read(sql, SELECT + ORDER);
    }

    @Override
    public Optional<PlatformRegistration> find(long id) {
        return read(sql, SELECT + " WHERE r.id = ?" + ORDER, id).stream().findFirst();
    }

    @Override
    public Optional<PlatformRegistration> find(String issuer, String clientId) {
        return read(sql, SELECT + " WHERE r.issuer = ? AND r.client_id = ?" + ORDER, issuer, clientId)
                .stream().findFirst();
    }

    @Override
    public List<PlatformRegistration> findByIssuer(String issuer) {
        return read(sql, SELECT + " WHERE r.issuer = ?" + ORDER, issuer);
    }

    @Override
    public PlatformRegistration add(PlatformDetails details, PlatformRegistration.RegisteredBy by, boolean enabled,
                                    List<String> deploymentIds, Instant now) {
        try {
            return sql.transaction(tx -> {
                long id = tx.insert("INSERT INTO platform_registration (issuer, client_id, name, authorization_url,"
                                + " token_url, jwks_url, enabled, registered_by, product_family, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        details.issuer(), details.clientId(), details.name(), details.authorizationUrl(),
                        details.tokenUrl(), details.jwksUrl(), enabled, by, details.productFamily(), now, now);
                tx.update(RAISE_VERSION);
                for (int i = 0; i < deploymentIds.size(); i++) {
                    // A microsecond apart, so that they list in the order they were given.
                    tx.update("INSERT INTO platform_deployment (registration_id, deployment_id, created_at)"
                            + " VALUES (?, ?, ?)", id, deploymentIds.get(i), now.plus(i, ChronoUnit.MICROS));
                }
                return read(tx, SELECT + " WHERE r.id = ?" + ORDER, id).get(0);
            });
        } catch (DataAccessException e) {
            throw duplicateOr(e, details);
        }
    }

    @Override
    public Optional<PlatformRegistration> update(long id, PlatformDetails details, Instant now) {
        try {
            return sql.transaction(tx -> {
                int changed = tx.update("UPDATE platform_registration SET issuer = ?, client_id = ?, name = ?,"
                                + " authorization_url = ?, token_url = ?, jwks_url = ?, updated_at = ? WHERE id = ?",
                        details.issuer(), details.clientId(), details.name(), details.authorizationUrl(),
                        details.tokenUrl(), details.jwksUrl(), now, id);
                if (changed == 0) {
                    return Optional.<PlatformRegistration>empty();
                }
                tx.update(RAISE_VERSION);
                return read(tx, SELECT + " WHERE r.id = ?" + ORDER, id).stream().findFirst();
            });
        } catch (DataAccessException e) {
            throw duplicateOr(e, details);
        }
    }

    @Override
    public Optional<PlatformRegistration> setEnabled(long id, boolean enabled, Instant now) {
        return sql.transaction(tx -> {
            if (tx.update("UPDATE platform_registration SET enabled = ?, updated_at = ? WHERE id = ?",
                    enabled, now, id) == 0) {
                return Optional.<PlatformRegistration>empty();
            }
            tx.update(RAISE_VERSION);
            return read(tx, SELECT + " WHERE r.id = ?" + ORDER, id).stream().findFirst();
        });
    }

    @Override
    public boolean remove(long id) {
        return sql.transaction(tx -> {
            boolean removed = tx.update("DELETE FROM platform_registration WHERE id = ?", id) > 0;
            if (removed) {
                tx.update(RAISE_VERSION);
            }
            return removed;
        });
    }

    @Override
    public Optional<PlatformRegistration> putDeployment(long id, String deploymentId, Optional<String> label,
                                                        Instant now) {
        return sql.transaction(tx -> {
            if (tx.update("UPDATE platform_registration SET updated_at = ? WHERE id = ?", now, id) == 0) {
                return Optional.<PlatformRegistration>empty();
            }
            tx.update(RAISE_VERSION);
            if (tx.update("UPDATE platform_deployment SET label = ? WHERE registration_id = ? AND deployment_id = ?",
                    label, id, deploymentId) == 0) {
                tx.update("INSERT INTO platform_deployment (registration_id, deployment_id, label, created_at)"
                        + " VALUES (?, ?, ?, ?)", id, deploymentId, label, now);
            }
            return read(tx, SELECT + " WHERE r.id = ?" + ORDER, id).stream().findFirst();
        });
    }

    @Override
    public Optional<PlatformRegistration> removeDeployment(long id, String deploymentId, Instant now) {
        return sql.transaction(tx -> {
            if (tx.update("DELETE FROM platform_deployment WHERE registration_id = ? AND deployment_id = ?",
                    id, deploymentId) == 0) {
                return Optional.<PlatformRegistration>empty();
            }
            tx.update("UPDATE platform_registration SET updated_at = ? WHERE id = ?", now, id);
            tx.update(RAISE_VERSION);
            return read(tx, SELECT + " WHERE r.id = ?" + ORDER, id).stream().findFirst();
        });
    }

    private static RuntimeException duplicateOr(DataAccessException e, PlatformDetails details) {
        return e.isDuplicateKey() ? new DuplicateRegistrationException(details.issuer(), details.clientId()) : e;
    }

    /** Rows of registrations joined with their deployments, folded into one registration each. */
    private static List<PlatformRegistration> read(Statements statements, String query, Object... parameters) {
        Map<Long, PlatformRegistration> byId = new LinkedHashMap<>();
        Map<Long, List<Deployment>> deployments = new LinkedHashMap<>();
        statements.list(query, row -> {
            long id = row.getLong("id");
            byId.computeIfAbsent(id, key -> registration(row));
            List<Deployment> list = deployments.computeIfAbsent(id, key -> new ArrayList<>());
            String deploymentId = row.getString("deployment_id");
            if (deploymentId != null) {
                list.add(new Deployment(deploymentId, Statements.optional(row, "label"),
                        Statements.instant(row, "deployment_created_at")));
            }
            return id;
        }, parameters);
        return byId.values().stream().map(registration -> new PlatformRegistration(registration.id(),
                registration.issuer(), registration.clientId(), registration.name(), registration.authorizationUrl(),
                registration.tokenUrl(), registration.jwksUrl(), registration.enabled(), registration.registeredBy(),
                registration.productFamily(), deployments.get(registration.id()), registration.createdAt(),
                registration.updatedAt())).toList();
    }

    private static PlatformRegistration registration(ResultSet row) {
        try {
            return new PlatformRegistration(row.getLong("id"), row.getString("issuer"), row.getString("client_id"),
                    row.getString("name"), URI.create(row.getString("authorization_url")),
                    URI.create(row.getString("token_url")), URI.create(row.getString("jwks_url")),
                    row.getBoolean("enabled"), PlatformRegistration.RegisteredBy.valueOf(row.getString("registered_by")),
                    Statements.optional(row, "product_family"), List.of(), Statements.instant(row, "created_at"),
                    Statements.instant(row, "updated_at"));
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }
}
