package nl.samenspraak.tool.lti.session;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.security.RandomTokens;

/**
 * Hands a launch's session to the page by a one-time code: the launch redirects to {@code /app/#code=...},
 * and the page exchanges the code, once and within {@link #LIFETIME}, for the session token. A link that
 * carries a session token itself is not accepted by the page, so nobody can put a victim's work into their
 * own account by sending a link (session fixation); a code that was used or is old is worth nothing. The
 * codes are in the database (only their SHA-256), so the exchange may reach any server sharing it.
 */
@Singleton
public class SessionHandOver {

    static final Duration LIFETIME = Duration.ofSeconds(60);

    private final Sql sql;
    private final RandomTokens random;
    private final Clock clock;

    @Inject
    public SessionHandOver(Sql sql, RandomTokens random, Clock clock) {
        this.sql = sql;
        this.random = random;
        this.clock = clock;
    }

    /** A new one-time code for the session token. */
    public String codeFor(String sessionToken) {
        Instant now = clock.instant();
        String code = random.next();
        sql.update("INSERT INTO lti_session_code (code_hash, token, expires_at) VALUES (?, ?, ?)", hash(code),
                sessionToken, now.plus(LIFETIME));
        return code;
    }

    /**
     * Forgets the codes that expired before {@code time} and were never exchanged (an exchange removes its
     * code). Done by the scheduled sweep, not on every launch: an expired code is refused by its time anyway.
     */
    public int deleteExpiredBefore(Instant time) {
        return sql.update("DELETE FROM lti_session_code WHERE expires_at <= ?", time);
    }

    /** The session token, when the code is known, unused and young; the code is used up either way. */
    public Optional<String> exchange(String code) {
        if (code == null || code.isBlank() || code.length() > 200) {
            return Optional.empty();
        }
        String key = hash(code.strip());
        Optional<String> token = sql.one("SELECT token FROM lti_session_code WHERE code_hash = ? AND expires_at > ?",
                row -> row.getString("token"), key, clock.instant());
        // Whoever deletes the row owns the exchange: two browsers racing with one code cannot both get it.
        boolean taken = sql.update("DELETE FROM lti_session_code WHERE code_hash = ?", key) == 1;
        return taken ? token : Optional.empty();
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
