package nl.samenspraak.tool.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;

/**
 * Limits administrator sign-in attempts: at most {@link #MAX_FAILURES} per client address and
 * {@link #MAX_FAILURES_ALL} from all addresses together within {@link #WINDOW}. The state is in the database,
 * so every server sharing it counts the same attempts. An attempt is reserved (a row written) before the
 * password is checked and counted after, so parallel guesses are counted before any of them is checked:
 * the k-th reservation to commit sees at least k rows. A success removes the client's rows; a failure
 * leaves its row, and rows leave the count once older than the window.
 */
@Singleton
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    /** A guesser with many addresses (a botnet, IPv6) is stopped too; the administrator waits the window. */
    static final int MAX_FAILURES_ALL = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_CLIENT_LENGTH = 100;

    private final Sql sql;
    private final Clock clock;

    @Inject
    public SignInThrottle(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** The outcome of a reservation. */
    public sealed interface Reservation {
    }

    /** The password may be checked; the attempt counts as a failure until {@link #succeeded} is called. */
    public record Reserved(long attemptId) implements Reservation {
    }

    /** Too many attempts: the password must not be checked; the reservation was taken back. */
    public record Throttled(Duration retryAfter) implements Reservation {
    }

    /** Reserves an attempt for the client, or says how long it must wait. */
    public Reservation reserve(String client) {
        String who = client(client);
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        sql.update("DELETE FROM admin_sign_in_attempt WHERE attempted_at <= ?", since);
        long id = sql.insert("INSERT INTO admin_sign_in_attempt (client, attempted_at) VALUES (?, ?)", who, now);
        Optional<Duration> wait = waitFor(who, now, since, id);
        if (wait.isPresent()) {
            sql.update("DELETE FROM admin_sign_in_attempt WHERE id = ?", id);
            return new Throttled(wait.get());
        }
        return new Reserved(id);
    }

    /** The password was right: the client's earlier failures no longer count. */
    public void succeeded(String client) {
        sql.update("DELETE FROM admin_sign_in_attempt WHERE client = ?", client(client));
    }

    /** How long the client must wait counting the rows up to and including its own reservation. */
    private Optional<Duration> waitFor(String client, Instant now, Instant since, long ownId) {
        long mine = sql.one("SELECT COUNT(*) AS n FROM admin_sign_in_attempt WHERE client = ? AND attempted_at > ?"
                + " AND id <> ?", row -> row.getLong("n"), client, since, ownId).orElse(0L);
        if (mine >= MAX_FAILURES) {
            return Optional.of(untilOldestLeaves("client = ? AND", client, now, since));
        }
        long all = sql.one("SELECT COUNT(*) AS n FROM admin_sign_in_attempt WHERE attempted_at > ? AND id <> ?",
                row -> row.getLong("n"), since, ownId).orElse(0L);
        if (all >= MAX_FAILURES_ALL) {
            return Optional.of(untilOldestLeaves("", null, now, since));
        }
        return Optional.empty();
    }

    private Duration untilOldestLeaves(String clientCondition, String client, Instant now, Instant since) {
        String query = "SELECT MIN(attempted_at) AS oldest FROM admin_sign_in_attempt WHERE " + clientCondition
                + " attempted_at > ?";
        Object[] parameters = client == null ? new Object[] {since} : new Object[] {client, since};
        Instant oldest = sql.one(query, row -> Sql.instant(row, "oldest"), parameters).orElse(now);
        Duration wait = Duration.between(now, oldest.plus(WINDOW));
        return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
    }

    private static String client(String client) {
        String who = client == null || client.isBlank() ? "unknown" : client.strip();
        return who.length() <= MAX_CLIENT_LENGTH ? who : who.substring(0, MAX_CLIENT_LENGTH);
    }
}
