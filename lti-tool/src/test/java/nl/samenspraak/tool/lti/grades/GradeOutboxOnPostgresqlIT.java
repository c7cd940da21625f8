package nl.samenspraak.tool.lti.grades;

import static nl.samenspraak.tool.it.platform.PlatformGradebook.LINE_ITEM_SCOPE;
import static nl.samenspraak.tool.it.platform.PlatformGradebook.SCORE_SCOPE;
import static nl.samenspraak.tool.lti.grades.GradesFixture.COMPLETED;
import static nl.samenspraak.tool.lti.grades.GradesFixture.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import nl.samenspraak.tool.it.platform.PlatformGradebook;
import nl.samenspraak.tool.it.platform.PlatformGradebook.ReceivedScore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The outbox on the integration tests' PostgreSQL, in a schema of each test's own (so the test server's worker
 * does not take part): two workers never send the same score, and a worker process killed with SIGKILL while
 * sending loses no score and makes the platform store none twice.
 */
class GradeOutboxOnPostgresqlIT {

    private final String url = System.getProperty("samenspraak.it.pg.url");
    private final String user = System.getProperty("samenspraak.it.pg.user");
    private final String password = System.getProperty("samenspraak.it.pg.password");
    private final List<Process> processes = new ArrayList<>();
    private GradesFixture fixture;
    private String schemaUrl;

    private GradesFixture fixture() {
        String schema = "grades_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(schemaUrl);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").load().migrate();
        fixture = new GradesFixture(dataSource, PlatformGradebook.Flavour.MOODLE);
        return fixture;
    }

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void twoWorkersNeverSendTheSameScore() {
        GradesFixture f = fixture();
        f.link("link-1", GradesFixture.scopes(SCORE_SCOPE, LINE_ITEM_SCOPE), f.gradebook.addLineItem("K", "link-1"), true);
        int teachers = 200;
        for (int i = 0; i < teachers; i++) {
            f.change(f.teacher("user-" + i, "nl"), SUBMITTED, COMPLETED);
        }
        // Leases longer than the test, so that only the claiming keeps the workers apart, however slow the machine.
        OutboxWorker first = f.worker("first", GradesFixture.fast(5), Duration.ofMinutes(30));
        OutboxWorker second = f.worker("second", GradesFixture.fast(5), Duration.ofMinutes(30));

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(first::drain);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(second::drain);

        assertEquals(teachers, one.join() + two.join(), "every score claimed once between the two");
        assertEquals(teachers, f.gradebook.received().size());
        assertEquals(teachers, f.gradebook.scorePosts(), "no score posted twice");
        assertEquals(List.of(), f.gradebook.problems());
    }

    @Test
    void aWorkerKilledMidSendLosesNothingAndSendsNothingTwice() throws IOException, InterruptedException {
        GradesFixture f = fixture();
        f.link("link-1", GradesFixture.scopes(SCORE_SCOPE, LINE_ITEM_SCOPE), f.gradebook.addLineItem("K", "link-1"), true);
        int teachers = 40;
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < teachers; i++) {
            long teacher = f.teacher("user-" + i, "nl");
            users.add(teacher);
            f.change(teacher, GradesFixture.NOT_STARTED, GradesFixture.IN_PROGRESS);
            f.change(teacher, GradesFixture.IN_PROGRESS, SUBMITTED);
        }
        // Slow answers, so that sends are in flight when the worker dies.
        f.gradebook.delayNext(30, Duration.ofMillis(700));

        Process doomed = worker("doomed");
        until(() -> f.gradebook.received().size() >= 3, Duration.ofSeconds(60));
        for (long teacher : users.subList(0, 10)) {
            f.change(teacher, SUBMITTED, COMPLETED);
        }
        doomed.destroyForcibly();
        assertTrue(doomed.waitFor(10, TimeUnit.SECONDS));
        int leased = f.sql.one("SELECT COUNT(*) FROM grade_outbox WHERE lease_owner = 'doomed'",
                row -> row.getInt(1)).orElseThrow();
        assertTrue(leased > 0, "the kill left scores in flight");

        worker("successor");
        until(() -> f.sql.one("SELECT COUNT(*) FROM grade_outbox WHERE status = 'PENDING'", row -> row.getInt(1))
                .orElseThrow() == 0, Duration.ofSeconds(90));

        List<ReceivedScore> received = f.gradebook.received();
        Set<String> perChange = received.stream().map(s -> s.userId() + "/" + s.gradingProgress())
                .collect(Collectors.toSet());
        assertEquals(received.size(), perChange.size(), "no state change stored twice: " + received);
        for (int i = 0; i < teachers; i++) {
            String expected = i < 10 ? "user-" + i + "/FullyGraded" : "user-" + i + "/Pending";
            assertTrue(perChange.contains(expected), "arrived: " + expected);
        }
        assertEquals(List.of(), f.gradebook.problems());
        assertEquals(0, f.sql.one("SELECT COUNT(*) FROM grade_outbox WHERE status NOT IN ('SENT', 'SUPERSEDED')",
                row -> row.getInt(1)).orElseThrow());
    }

    private Process worker(String name) throws IOException {
        Path log = Files.createTempFile("outbox-worker-" + name, ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OutboxWorkerMain.class.getName(),
                schemaUrl, user, password, name, "5000")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        return process;
    }

    private static void until(BooleanSupplier condition, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not so within " + within);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

}
