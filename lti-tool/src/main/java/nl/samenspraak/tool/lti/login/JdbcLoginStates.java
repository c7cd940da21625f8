package nl.samenspraak.tool.lti.login;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;

/** {@link LoginStates} in the {@code lti_login_state} table. */
@Singleton
public class JdbcLoginStates implements LoginStates {

    private final Sql sql;

    @Inject
    public JdbcLoginStates(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void save(LoginState state) {
        sql.update("INSERT INTO lti_login_state (state, nonce, registration_id, target_link_uri, storage_target,"
                        + " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                state.state(), state.nonce(), state.registrationId(), state.targetLinkUri(), state.storageTarget(),
                state.createdAt(), state.expiresAt());
    }

    @Override
    public Optional<LoginState> findUsable(String state, Instant now) {
        return sql.one("SELECT state, nonce, registration_id, target_link_uri, storage_target, created_at, expires_at"
                        + " FROM lti_login_state WHERE state = ? AND used_at IS NULL AND expires_at > ?",
                row -> new LoginState(row.getString("state"), row.getString("nonce"), row.getLong("registration_id"),
                        URI.create(row.getString("target_link_uri")), Statements.optional(row, "storage_target"),
                        Statements.instant(row, "created_at"), Statements.instant(row, "expires_at")),
                state, now);
    }

    @Override
    public boolean wasUsed(String state) {
        return sql.one("SELECT 1 FROM lti_login_state WHERE state = ? AND used_at IS NOT NULL", row -> true, state)
                .isPresent();
    }

    @Override
    public boolean use(String state, Instant now) {
        return sql.update("UPDATE lti_login_state SET used_at = ? WHERE state = ? AND used_at IS NULL AND expires_at > ?",
                now, state, now) == 1;
    }

    @Override
    public int deleteExpiredBefore(Instant time) {
        return sql.update("DELETE FROM lti_login_state WHERE expires_at < ?", time);
    }
}
