package nl.samenspraak.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.security.TestSecrets;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.PlatformGradebook;
import nl.samenspraak.tool.lti.grades.GradeMetrics;
import nl.samenspraak.tool.lti.grades.JdbcGradeOutbox;
import nl.samenspraak.tool.lti.grades.OutboxWorker;
import nl.samenspraak.tool.lti.grades.RetryPolicy;
import nl.samenspraak.tool.lti.grades.ScoreRule;
import nl.samenspraak.tool.lti.grades.ScoreRules;
import nl.samenspraak.tool.lti.grades.ScoreSender;
import nl.samenspraak.tool.lti.grades.StateChange;
import nl.samenspraak.tool.lti.keys.JdbcToolKeys;
import nl.samenspraak.tool.lti.keys.ToolKeyRing;
import nl.samenspraak.tool.lti.token.AccessTokens;
import nl.samenspraak.tool.lti.token.ClientCredentialsTokenClient;
import nl.samenspraak.tool.lti.token.JdbcAccessTokenCache;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.ProgressCause;
import nl.samenspraak.tool.work.application.ProgressChanged;
import nl.samenspraak.tool.work.application.WorkScope;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The grade outbox at full speed: the tool's own outbox, worker and token client on a fresh database (the
 * embedded one, or a PostgreSQL schema of its own), sending to the platform emulator's grade book over HTTP
 * on this machine. Three phases: a backlog of scores drained (scores per second, token requests per 1,000
 * scores); single state changes on an idle outbox; and state changes at a steady rate while the worker keeps
 * up (both: time from the state change to the platform receiving the score, p50 to max). The worker polls
 * every 200 ms as the server's does.
 */
public final class GradeOutboxBenchmark {

    static final String USAGE = """
            java -cp 'bench/target/samenspraak-bench.jar:bench/target/lib/*' nl.samenspraak.bench.GradeOutboxBenchmark
                [--backlog=5000] [--idle=50] [--rate=200] [--duration=20s]
                [--db-url=jdbc:postgresql://127.0.0.1:55432/samenspraak --db-user=... --db-password=...]""";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Progress SUBMITTED = new Progress(ProgressState.SUBMITTED, 0.8);
    private static final Progress COMPLETED = new Progress(ProgressState.COMPLETED, 1);
    private static final ScoreRule COMPLETION = ScoreRules.rule(StateChange.COMPLETED, new Texts());

    private final Clock clock = Clock.systemUTC();
    private final Sql sql;
    private final EmulatedPlatform platform = EmulatedPlatform.start(URI.create("http://127.0.0.1:9"));
    private final PlatformGradebook gradebook;
    private final JdbcGradeOutbox outbox;
    private final OutboxWorker worker;
    private final ExecutorService senders = Executors.newFixedThreadPool(8);
    private final long registrationId;
    private final long contextId;
    private int users;

    private GradeOutboxBenchmark(HikariDataSource dataSource) {
        sql = new Sql(Jdbi.create(dataSource));
        ToolKeyRing keyRing = new ToolKeyRing(new JdbcToolKeys(sql, TestSecrets.box()), clock);
        gradebook = PlatformGradebook.on(platform, PlatformGradebook.Flavour.MOODLE, keyRing::publicKeySet);
        outbox = new JdbcGradeOutbox(sql);
        AccessTokens tokens = new AccessTokens(new JdbcAccessTokenCache(sql),
                new ClientCredentialsTokenClient(keyRing, clock), clock);
        worker = new OutboxWorker(outbox, new ScoreSender(HttpClient.newHttpClient(), tokens, outbox, clock),
                RetryPolicy.standard(), clock, "bench", senders, new Uncounted());
        Instant now = clock.instant();
        registrationId = sql.insert("INSERT INTO platform_registration (issuer, client_id, name, authorization_url,"
                        + " token_url, jwks_url, enabled, registered_by, created_at, updated_at)"
                        + " VALUES (?, ?, 'Benchmark', ?, ?, ?, TRUE, 'MANUAL', ?, ?)", platform.issuer(),
                platform.clientId(), platform.authorizationUrl(), platform.tokenUrl(), platform.jwksUrl(), now, now);
        contextId = sql.insert("INSERT INTO lti_context (registration_id, deployment_id, context_key, created_at,"
                + " updated_at) VALUES (?, ?, 'bench-course', ?, ?)", registrationId, platform.deploymentId(), now, now);
        sql.insert("INSERT INTO lti_resource_link (registration_id, deployment_id, link_key, context_id, title,"
                        + " assignment_id, lineitems_url, lineitem_url, ags_scopes, created_at, updated_at)"
                        + " VALUES (?, ?, 'bench-link', ?, 'Benchmark', 'bench-assignment', ?, ?, ?, ?, ?)",
                registrationId, platform.deploymentId(), contextId, gradebook.lineItemsUrl(),
                gradebook.addLineItem("Benchmark", "bench-link"),
                PlatformGradebook.SCORE_SCOPE + " " + PlatformGradebook.LINE_ITEM_SCOPE, now, now);
    }

    public static void main(String[] arguments) throws InterruptedException {
        Arguments options;
        try {
            options = Arguments.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        try (HikariDataSource dataSource = dataSource(options)) {
            System.out.println("Grade outbox benchmark on " + (options.text("db-url", null) == null
                    ? "the embedded database" : "PostgreSQL") + ", sending to the emulator's grade book");
            GradeOutboxBenchmark benchmark = new GradeOutboxBenchmark(dataSource);
            try {
                benchmark.run(options.number("backlog", 5000), options.number("idle", 50), options.number("rate", 200),
                        options.seconds("duration", 20));
            } finally {
                benchmark.senders.shutdownNow();
                benchmark.platform.close();
            }
        }
    }

    private void run(int backlog, int idle, int rate, Duration duration) throws InterruptedException {
        // Warm-up: the JIT compiler, the pool, the token and the line item, none counted.
        enqueue(500);
        untilAllReceived();
        int tokensBefore = gradebook.tokenRequests();

        enqueue(backlog);
        long start = System.nanoTime();
        untilAllReceived();
        double seconds = (System.nanoTime() - start) / 1e9;
        int tokens = gradebook.tokenRequests() - tokensBefore;
        System.out.printf("backlog:  %d scores drained in %.2f s = %.0f scores/s; %d token request(s), %.2f per 1,000"
                + " scores (the token lives 3600 s, renewed 60 s before)%n", backlog, seconds, backlog / seconds,
                tokens, tokens * 1000.0 / backlog);

        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleWithFixedDelay(worker::drain, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
        try {
            Latencies quiet = new Latencies();
            for (int i = 0; i < idle; i++) {
                Map<String, Instant> changed = enqueue(1);
                untilReceived(changed);
                latencies(changed, quiet);
                LockSupport.parkNanos(Duration.ofMillis(137).toNanos());
            }
            System.out.println("idle:     " + quiet.count() + " single state changes, change to platform "
                    + quiet.summary());

            Latencies busy = new Latencies();
            Map<String, Instant> changed = new HashMap<>();
            long interval = 1_000_000_000L / rate;
            long next = System.nanoTime();
            long end = next + duration.toNanos();
            while (System.nanoTime() < end) {
                changed.putAll(enqueue(1));
                next += interval;
                LockSupport.parkNanos(next - System.nanoTime());
            }
            untilReceived(changed);
            latencies(changed, busy);
            System.out.println("load:     " + busy.count() + " state changes at " + rate + "/s for "
                    + duration.toSeconds() + " s, change to platform " + busy.summary());
        } finally {
            scheduler.shutdownNow();
        }
        System.out.println("problems the grade book found: " + gradebook.problems().size()
                + "; counted: scores the grade book accepted over HTTP, each checked as the tests check them");
    }

    /** New teachers each complete the assignment, as their use cases would write it; when each change happened. */
    private Map<String, Instant> enqueue(int count) {
        Map<String, Instant> changed = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String subject = "bench-user-" + users++;
            Instant now = clock.instant();
            long userId = sql.insert("INSERT INTO lti_user (registration_id, subject, created_at, last_launch_at)"
                    + " VALUES (?, ?, ?, ?)", registrationId, subject, now, now);
            outbox.enqueue(new ProgressChanged(new WorkScope(userId, Optional.of(contextId)), "bench-assignment",
                    SUBMITTED, COMPLETED, now, ProgressCause.TEACHER_WORK), COMPLETION);
            changed.put(subject, now);
        }
        return changed;
    }

    private void latencies(Map<String, Instant> changed, Latencies into) {
        for (PlatformGradebook.ReceivedScore score : gradebook.received()) {
            Instant at = changed.get(score.userId());
            if (at != null) {
                into.add(Duration.between(at, score.receivedAt()).toNanos());
            }
        }
    }

    /** Runs worker rounds here until every score enqueued so far arrived (one score per teacher). */
    private void untilAllReceived() {
        Instant deadline = Instant.now().plusSeconds(300);
        while (gradebook.received().size() < users) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The grade book received " + gradebook.received().size() + " of "
                        + users + " scores; problems: " + gradebook.problems());
            }
            worker.drain();
        }
    }

    /** Waits, without sending itself, until the scheduled worker delivered these changes. */
    private void untilReceived(Map<String, Instant> changed) {
        Instant deadline = Instant.now().plusSeconds(300);
        while (gradebook.received().stream().filter(score -> changed.containsKey(score.userId())).count()
                < changed.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Scores did not arrive; problems: " + gradebook.problems());
            }
            LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
        }
    }

    private static HikariDataSource dataSource(Arguments options) {
        HikariConfig config = new HikariConfig();
        String url = options.text("db-url", null);
        if (url == null) {
            config.setJdbcUrl("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            config.setUsername("sa");
        } else {
            String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            config.setUsername(options.text("db-user", null));
            config.setPassword(options.text("db-password", null));
        }
        config.setMaximumPoolSize(12);
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).schemas(url == null ? new String[0] : new String[] {
                config.getJdbcUrl().substring(config.getJdbcUrl().indexOf("currentSchema=") + 14)})
                .locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    /** The benchmark counts what the grade book received, not what the worker thinks it sent. */
    private static final class Uncounted implements GradeMetrics {
        @Override
        public void sent() {
        }

        @Override
        public void refused() {
        }

        @Override
        public void retried() {
        }

        @Override
        public void parked() {
        }
    }
}
