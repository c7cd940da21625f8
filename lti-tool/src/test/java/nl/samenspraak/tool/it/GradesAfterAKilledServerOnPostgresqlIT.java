package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.PlatformGradebook;
import nl.samenspraak.tool.it.platform.PlatformGradebook.ReceivedScore;
import nl.samenspraak.tool.it.platform.ToolAdmin;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Liberty server killed with SIGKILL while scores wait in its outbox and are on their way to the platform:
 * after a restart every score the outbox holds reaches the platform's gradebook exactly once. The server is
 * one of its own, on a new PostgreSQL database, so no other server's worker sends its scores meanwhile. The
 * gradebook answers slowly, so at the kill some scores are in flight (the platform has the request, the tool
 * not yet its answer) and others are claimed or still queued. Were claims not durable (a score marked sent
 * when claimed, a lease kept only in memory), the scores in flight and claimed would never arrive; were a
 * claim lost with its order, one would arrive twice.
 */
class GradesAfterAKilledServerOnPostgresqlIT {

    private static final String READING = "klavertje-vier";
    private static final int TEACHERS = 16;
    /** Longer than the server's lease of a killed predecessor's claims (OutboxWorker.LEASE, 2 minutes). */
    private static final Duration DELIVERY_DEADLINE = Duration.ofMinutes(6);

    private final String url = System.getProperty("samenspraak.it.pg.url");
    private final String user = System.getProperty("samenspraak.it.pg.user");
    private final String password = System.getProperty("samenspraak.it.pg.password");
    private final Path wlp = Path.of(System.getProperty("samenspraak.it.wlp", "target/liberty/wlp"));
    private final int port = Integer.getInteger("samenspraak.it.restoredPort", 19085);
    private final List<AutoCloseable> started = new ArrayList<>();
    private String databaseUrl;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : started) {
            closeable.close();
        }
    }

    @Test
    void everyQueuedAndInFlightScoreArrivesExactlyOnceAfterTheServerWasKilled() throws Exception {
        databaseUrl = url.substring(0, url.lastIndexOf('/') + 1) + newDatabase();
        URI address = URI.create("http://127.0.0.1:" + port);
        ExtraServer server = ExtraServer.start(wlp, "it-killed", port, Map.of("SAMENSPRAAK_DB_URL", databaseUrl,
                "SAMENSPRAAK_DB_USER", user, "SAMENSPRAAK_DB_PASSWORD", password,
                "SAMENSPRAAK_PUBLIC_URL", address.toString()));
        started.add(server);
        EmulatedPlatform platform = EmulatedPlatform.start(address);
        started.add(platform::close);
        ToolAdmin.signIn(address, System.getProperty("samenspraak.it.adminPassword", "it-admin-password"))
                .register(platform);
        PlatformGradebook gradebook = PlatformGradebook.on(platform, PlatformGradebook.Flavour.MOODLE,
                PlatformGradebook.keysOf(address));
        // Every score waits 3 s at the platform: the worker's requests pile up in flight and the rest queue.
        gradebook.delayNext(Integer.MAX_VALUE, Duration.ofSeconds(3));

        for (int i = 0; i < TEACHERS; i++) {
            WorkClient teacher = launch(platform, gradebook, address, "killed-teacher-" + i);
            teacher.answerEveryQuestion(READING);
            assertEquals("completed", ok(teacher.post("/api/assignments/" + READING + "/submit", null))
                    .at("/progress/state").asText());
        }
        until(Duration.ofMinutes(2), () -> !gradebook.received().isEmpty()
                && gradebook.scorePosts() > gradebook.received().size() && count("status = 'PENDING'") > 0,
                "a score received, one in flight and others pending");
        int inFlight = gradebook.scorePosts() - gradebook.received().size();
        long claimed = count("status = 'PENDING' AND lease_owner IS NOT NULL");
        long queued = count("status = 'PENDING'");
        server.kill();
        gradebook.delayNext(0, Duration.ZERO);
        assertTrue(inFlight > 0 && queued > 0, "at the kill: " + inFlight + " in flight, " + queued + " pending");

        server.startAgain();
        until(DELIVERY_DEADLINE, () -> count("status = 'PENDING'") == 0, "the outbox empty after the restart");

        Map<String, Long> statuses = statuses();
        assertEquals(Map.of(), withoutSentOrSuperseded(statuses), "nothing refused or parked: " + statuses);
        Map<String, List<String>> expected = sentPerTeacher();
        Map<String, List<String>> arrived = new HashMap<>();
        for (ReceivedScore score : gradebook.received()) {
            arrived.computeIfAbsent(score.userId(), teacher -> new ArrayList<>())
                    .add(score.activityProgress() + "@" + score.timestamp().getEpochSecond());
        }
        assertEquals(expected, arrived, "every score the outbox sent arrived once, none twice (killed with "
                + inFlight + " in flight, " + claimed + " claimed, " + queued + " pending)");
        assertEquals(TEACHERS, arrived.size());
        assertTrue(arrived.values().stream().allMatch(scores -> scores.get(scores.size() - 1).startsWith("Completed@")),
                "each teacher's last state, the completion, arrived: " + arrived);
        assertTrue(gradebook.scorePosts() > gradebook.received().size(),
                "the scores in flight at the kill were sent again and answered 409 by the platform that had them");
        assertEquals(List.of(), gradebook.problems());
    }

    private WorkClient launch(EmulatedPlatform platform, PlatformGradebook gradebook, URI address, String subject) {
        HttpBrowser browser = HttpBrowser.withCookies(address);
        ToolAnswer launch = platform.launch(browser, subject, claims -> claims
                .member(LaunchClaims.RESOURCE_LINK, "id", "killed-link").custom("assignment", READING)
                .set(GradesIT.AGS_CLAIM, gradebook.endpointClaim(List.of(PlatformGradebook.SCORE_SCOPE,
                        PlatformGradebook.LINE_ITEM_SCOPE), null)));
        return WorkClient.at(address, browser.sessionToken(launch).orElseThrow(() -> new AssertionError(launch.toString())));
    }

    /** Per teacher, the scores the outbox marked sent, in order: state and whole-second timestamp. */
    private Map<String, List<String>> sentPerTeacher() throws SQLException {
        Map<String, List<String>> sent = new HashMap<>();
        query("SELECT u.subject, o.activity_progress, o.score_timestamp FROM grade_outbox o"
                + " JOIN lti_user u ON u.id = o.user_id WHERE o.status = 'SENT' ORDER BY o.id", row -> {
            sent.computeIfAbsent(row.getString(1), teacher -> new ArrayList<>()).add(row.getString(2) + "@"
                    + row.getTimestamp(3).toInstant().getEpochSecond());
        });
        return sent;
    }

    private Map<String, Long> statuses() throws SQLException {
        Map<String, Long> statuses = new HashMap<>();
        query("SELECT status, COUNT(*) FROM grade_outbox GROUP BY status", row -> statuses.put(row.getString(1),
                row.getLong(2)));
        return statuses;
    }

    private static Map<String, Long> withoutSentOrSuperseded(Map<String, Long> statuses) {
        return statuses.entrySet().stream().filter(entry -> !List.of("SENT", "SUPERSEDED").contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long count(String where) {
        long[] count = new long[1];
        try {
            query("SELECT COUNT(*) FROM grade_outbox WHERE " + where, row -> count[0] = row.getLong(1));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return count[0];
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String select, Row each) throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(select)) {
            while (rows.next()) {
                each.read(rows);
            }
        }
    }

    private String newDatabase() throws SQLException {
        String name = "killed_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    private static void until(Duration deadline, BooleanSupplier condition, String what) {
        Instant end = Instant.now().plus(deadline);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Not within " + deadline + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }
}
