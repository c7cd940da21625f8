package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.PlatformGradebook;
import nl.samenspraak.tool.it.platform.PlatformGradebook.ReceivedScore;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Background work of the two instances when one dies mid-work (kill -9): the grade outbox's scores that the
 * dead instance had leased, and whose posts the platform never answered, are sent by the other instance once
 * the lease ran out, each exactly once; the day's retention run happened once; the dead instance, started
 * again, sweeps the expired login records. The instance is started again at the end whatever happens, so
 * the other tests and the build's stop step find both running.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstanceKilledTwoInstancesIT {

    private static final String READING = "klavertje-vier";
    private static final List<String> TEACHERS = List.of("killed-a", "killed-b", "killed-c");
    private static final Map<String, String> INSTANCES = Map.of(
            "it-instance-a", System.getProperty("samenspraak.it.instanceA"),
            "it-instance-b", System.getProperty("samenspraak.it.instanceB"));

    private final Path wlp = Path.of(System.getProperty("samenspraak.it.wlp"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LtiTestbed testbed;
    private LtiTestbed.Registered registered;
    private PlatformGradebook gradebook;

    @BeforeAll
    void start() {
        testbed = new LtiTestbed();
        registered = testbed.registeredPlatform();
        gradebook = PlatformGradebook.on(registered.platform(), PlatformGradebook.Flavour.MOODLE,
                PlatformGradebook.keysOf(testbed.tool()));
    }

    @AfterAll
    void startBothAgain() {
        gradebook.loseHeldScores();
        INSTANCES.keySet().forEach(this::startIfDead);
        testbed.close();
    }

    @Test
    void workOfAKilledInstanceIsDoneOnceByTheOther() throws SQLException {
        String expiredLogin = expiredLoginState();
        gradebook.holdScores();
        for (String teacher : TEACHERS) {
            WorkClient work = launch(teacher);
            work.answerEveryQuestion(READING);
            assertEquals("completed", ok(work.post("/api/assignments/" + READING + "/submit", null))
                    .at("/progress/state").asText());
        }
        until("a score post reaches the held grade book", Duration.ofMinutes(2), () -> gradebook.heldPosts() > 0);
        Lease lease = currentLease();
        String killed = instanceOf(lease.owner());

        kill(killed);
        gradebook.loseHeldScores();

        until("every score is sent", Duration.ofMinutes(5), () -> pendingScores() == 0);
        List<ReceivedScore> received = gradebook.received().stream()
                .filter(score -> TEACHERS.contains(score.userId())).toList();
        assertEquals(received.size(), received.stream().map(got -> got.userId() + "@" + got.timestamp()).distinct().count(),
                "a score stored twice: " + received);
        for (ReceivedScore got : received) {
            assertFalse(got.receivedAt().isBefore(lease.killedAt()), "posts were held until the kill: " + got);
        }
        for (String teacher : TEACHERS) {
            assertEquals(100.0, gradebook.grade(lineItemOf(received, teacher), teacher),
                    teacher + "'s completion is in the grade book: " + received);
        }
        // A resend of a score the platform already stored would be answered 409 and kept once; none was
        // stored here, as the held posts were lost: every score of the killed instance was sent after its lease.
        for (SentScore score : sentScores()) {
            if (lease.ids().contains(score.id())) {
                assertFalse(score.finishedAt().isBefore(lease.until().minusSeconds(1)),
                        "the killed instance's score waited for its lease (" + lease.until() + "): " + score);
            }
        }
        assertTrue(sentScores().stream().map(SentScore::id).toList().containsAll(lease.ids()),
                "every score the killed instance held was sent: " + lease.ids());
        assertEquals(0, parkedScores(), "nothing parked");
        assertEquals(1, retentionRunsToday(), "the day's retention run is claimed once");

        startIfDead(killed);
        until("the restarted instance removes the expired login record", Duration.ofMinutes(4),
                () -> !loginStateExists(expiredLogin));
        assertEquals(1, retentionRunsToday(), "still one retention run today");
    }

    private WorkClient launch(String teacher) {
        ToolAnswer launch = registered.platform().launch(testbed.browser(), teacher, claims -> claims
                .member(LaunchClaims.RESOURCE_LINK, "id", "killed-link").member(LaunchClaims.CONTEXT, "id", "killed-course")
                .custom("assignment", READING)
                .set(GradesIT.AGS_CLAIM, gradebook.endpointClaim(List.of(PlatformGradebook.SCORE_SCOPE,
                        PlatformGradebook.LINE_ITEM_SCOPE), null)));
        return WorkClient.withToken(launch.sessionToken().orElseThrow(() -> new AssertionError("no session: " + launch)));
    }

    /** The leased rows of the killed worker, when it was killed, and until when they are leased. */
    private static int lineItemOf(List<ReceivedScore> received, String teacher) {
        return received.stream().filter(got -> got.userId().equals(teacher)).findFirst()
                .map(ReceivedScore::lineItem)
                .orElseThrow(() -> new AssertionError("nothing received for " + teacher + ": " + received));
    }

    private record Lease(String owner, List<Long> ids, Instant until, Instant killedAt) {
    }

    private Lease currentLease() throws SQLException {
        try (Connection db = database(); PreparedStatement select = db.prepareStatement(
                "SELECT id, lease_owner, lease_until FROM grade_outbox WHERE status = 'PENDING'"
                        + " AND lease_owner IS NOT NULL ORDER BY id")) {
            List<Long> ids = new ArrayList<>();
            String owner = null;
            Instant until = null;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (owner == null) {
                        owner = rows.getString("lease_owner");
                        until = rows.getObject("lease_until", OffsetDateTime.class).toInstant();
                    }
                    if (owner.equals(rows.getString("lease_owner"))) {
                        ids.add(rows.getLong("id"));
                    }
                }
            }
            assertTrue(owner != null, "a held post but no leased row");
            return new Lease(owner, ids, until, Instant.now());
        }
    }

    /** The instance whose grade worker is this owner: each logs its owner name when it starts. */
    private String instanceOf(String owner) {
        for (String instance : INSTANCES.keySet()) {
            try {
                if (Files.readString(wlp.resolve("usr/servers/" + instance + "/logs/messages.log")).contains(owner)) {
                    return instance;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new AssertionError("no instance logged the grade worker " + owner);
    }

    private void kill(String instance) {
        ProcessHandle process = process(instance).orElseThrow(() -> new AssertionError(instance + " does not run"));
        process.destroyForcibly();
        until(instance + " is dead", Duration.ofSeconds(30), () -> !process.isAlive());
    }

    private Optional<ProcessHandle> process(String instance) {
        Path pidFile = wlp.resolve("usr/servers/.pid/" + instance + ".pid");
        try {
            return Files.exists(pidFile) ? ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                    .filter(ProcessHandle::isAlive) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the instance with Liberty's own command, as two-instances.sh does, and waits until it is ready. */
    private void startIfDead(String instance) {
        if (process(instance).isEmpty()) {
            try {
                // Its exit code is not the verdict: on a busy machine it may stop waiting before the server is
                // up; the readiness below is.
                new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", instance).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        until(instance + " is ready", Duration.ofMinutes(5), () -> ready(INSTANCES.get(instance)));
    }

    private boolean ready(String base) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record SentScore(long id, String teacher, Instant finishedAt) {
    }

    private List<SentScore> sentScores() throws SQLException {
        List<SentScore> sent = new ArrayList<>();
        try (Connection db = database(); PreparedStatement select = db.prepareStatement("SELECT o.id, u.subject, o.finished_at"
                + " FROM grade_outbox o JOIN lti_user u ON u.id = o.user_id WHERE o.status = 'SENT' AND u.subject IN ("
                + TEACHERS.stream().map(teacher -> "?").collect(Collectors.joining(", ")) + ")")) {
            for (int i = 0; i < TEACHERS.size(); i++) {
                select.setString(i + 1, TEACHERS.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sent.add(new SentScore(rows.getLong(1), rows.getString(2), rows.getObject(3, OffsetDateTime.class)
                            .toInstant()));
                }
            }
        }
        return sent;
    }

    private long pendingScores() {
        return count("SELECT COUNT(*) FROM grade_outbox WHERE status = 'PENDING'");
    }

    private long parkedScores() {
        return count("SELECT COUNT(*) FROM grade_outbox WHERE status = 'PARKED'");
    }

    private long retentionRunsToday() {
        return count("SELECT COUNT(*) FROM retention_run WHERE run_day = ?", LocalDate.now(ZoneId.of("Europe/Amsterdam")));
    }

    private boolean loginStateExists(String state) {
        return count("SELECT COUNT(*) FROM lti_login_state WHERE state = ?", state) > 0;
    }

    /** A login state that expired two hours ago, as a browser that never came back leaves it. */
    private String expiredLoginState() throws SQLException {
        String state = "killed-expired-" + Instant.now().toEpochMilli();
        Instant expired = Instant.now().minus(Duration.ofHours(2));
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("INSERT INTO lti_login_state"
                + " (state, nonce, registration_id, target_link_uri, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, state);
            insert.setString(2, "nonce-" + state);
            insert.setLong(3, registered.id());
            insert.setString(4, testbed.tool() + "/lti/launch");
            insert.setTimestamp(5, Timestamp.from(expired.minus(Duration.ofMinutes(10))));
            insert.setTimestamp(6, Timestamp.from(expired));
            insert.executeUpdate();
        }
        return state;
    }

    private long count(String query, Object... parameters) {
        try (Connection db = database(); PreparedStatement select = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("samenspraak.it.pg.url"),
                System.getProperty("samenspraak.it.pg.user"), System.getProperty("samenspraak.it.pg.password"));
    }

    private static void until(String what, Duration patience, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not so within " + patience + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }
}
