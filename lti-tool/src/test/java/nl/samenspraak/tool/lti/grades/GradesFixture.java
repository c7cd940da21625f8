package nl.samenspraak.tool.lti.grades;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.tool.application.Transactions;
import nl.samenspraak.tool.infrastructure.persistence.JdbiTransactions;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.security.TestSecrets;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.PlatformGradebook;
import nl.samenspraak.tool.lti.keys.JdbcToolKeys;
import nl.samenspraak.tool.lti.keys.ToolKeyRing;
import nl.samenspraak.tool.lti.token.AccessTokens;
import nl.samenspraak.tool.lti.token.ClientCredentialsTokenClient;
import nl.samenspraak.tool.lti.token.JdbcAccessTokenCache;
import nl.samenspraak.tool.work.application.ProgressCause;
import nl.samenspraak.tool.work.application.ProgressChanged;
import nl.samenspraak.tool.work.application.WorkScope;
import nl.samenspraak.tool.texts.Texts;
import org.jdbi.v3.core.Jdbi;

/**
 * The grades chain without a server: the tool's real token client, outbox and worker on a migrated database,
 * sending to the platform emulator's grade book. Each fixture has a platform, course and link of its own.
 */
final class GradesFixture implements AutoCloseable {

    static final Progress NOT_STARTED = new Progress(ProgressState.NOT_STARTED, 0);
    static final Progress IN_PROGRESS = new Progress(ProgressState.IN_PROGRESS, 0.3);
    static final Progress SUBMITTED = new Progress(ProgressState.SUBMITTED, 0.8);
    static final Progress COMPLETED = new Progress(ProgressState.COMPLETED, 1);

    final Sql sql;
    final Transactions transactions;
    final Clock clock = Clock.systemUTC();
    final EmulatedPlatform platform;
    final PlatformGradebook gradebook;
    final JdbcGradeOutbox outbox;
    final GradeOutboxObserver observer;
    final ScoreSender sender;
    final CountingMetrics metrics = new CountingMetrics();
    final ExecutorService senders = Executors.newFixedThreadPool(OutboxWorker.IN_FLIGHT);
    final long registrationId;
    final long contextId;
    final String assignmentId = "a-" + UUID.randomUUID().toString().substring(0, 8);

    GradesFixture(DataSource dataSource, PlatformGradebook.Flavour flavour) {
        Jdbi jdbi = Jdbi.create(dataSource);
        sql = new Sql(jdbi);
        transactions = new JdbiTransactions(jdbi);
        ToolKeyRing keyRing = new ToolKeyRing(new JdbcToolKeys(sql, TestSecrets.box(TestSecrets.SHARED_KEY)), clock);
        platform = EmulatedPlatform.start(URI.create("http://127.0.0.1:9"));
        gradebook = PlatformGradebook.on(platform, flavour, keyRing::publicKeySet);
        outbox = new JdbcGradeOutbox(sql);
        observer = new GradeOutboxObserver(outbox, new Texts());
        AccessTokens tokens = new AccessTokens(new JdbcAccessTokenCache(sql),
                new ClientCredentialsTokenClient(keyRing, clock), clock);
        sender = new ScoreSender(HttpClient.newHttpClient(), Duration.ofMillis(700), tokens, outbox, clock);
        Instant now = clock.instant();
        registrationId = sql.insert("INSERT INTO platform_registration (issuer, client_id, name, authorization_url,"
                        + " token_url, jwks_url, enabled, registered_by, token_audience, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, TRUE, 'MANUAL', ?, ?, ?)", platform.issuer(), platform.clientId(),
                "Emulated " + flavour, platform.authorizationUrl(), platform.tokenUrl(), platform.jwksUrl(),
                flavour == PlatformGradebook.Flavour.BRIGHTSPACE ? PlatformGradebook.BRIGHTSPACE_AUDIENCE : null,
                now, now);
        contextId = sql.insert("INSERT INTO lti_context (registration_id, deployment_id, context_key, title,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)", registrationId, platform.deploymentId(),
                "course-1", "Cursus", now, now);
    }

    /** A link of the course to the assignment, with what the launch's AGS claim said. */
    long link(String linkKey, String scopes, URI lineItem, boolean withContainer) {
        Instant now = clock.instant();
        return sql.insert("INSERT INTO lti_resource_link (registration_id, deployment_id, link_key, context_id, title,"
                        + " assignment_id, lineitems_url, lineitem_url, ags_scopes, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", registrationId, platform.deploymentId(), linkKey,
                contextId, "Kennismakingsgesprek", assignmentId, withContainer ? gradebook.lineItemsUrl() : null,
                lineItem, scopes, now, now);
    }

    /** A link as Deep Linking made it: its title, maximum score and due date, as its launches write them. */
    long deepLinked(String linkKey, String scopes, String title, double scoreMaximum, Instant dueAt) {
        long link = link(linkKey, scopes, null, true);
        sql.update("UPDATE lti_resource_link SET title = ?, score_maximum = ?, due_at = ? WHERE id = ?", title,
                scoreMaximum, dueAt, link);
        return link;
    }

    static String scopes(String... scopes) {
        return String.join(" ", scopes);
    }

    /** A teacher of the course, known by the platform's subject. */
    long teacher(String subject, String locale) {
        Instant now = clock.instant();
        return sql.insert("INSERT INTO lti_user (registration_id, subject, locale, created_at, last_launch_at)"
                + " VALUES (?, ?, ?, ?, ?)", registrationId, subject, locale, now, now);
    }

    /** The work's use case firing the event, as the teacher-work service does inside its transaction. */
    void change(long userId, Progress before, Progress after) {
        change(userId, before, after, ProgressCause.TEACHER_WORK);
    }

    /** The same for a use case with another cause (a trainer's decision). */
    void change(long userId, Progress before, Progress after, ProgressCause cause) {
        observer.progressChanged(new ProgressChanged(new WorkScope(userId, Optional.of(contextId)), assignmentId,
                before, after, clock.instant(), cause));
    }

    OutboxWorker worker(String owner, RetryPolicy policy) {
        return new OutboxWorker(outbox, sender, policy, clock, owner, senders, metrics);
    }

    OutboxWorker worker(String owner, RetryPolicy policy, Duration lease) {
        return new OutboxWorker(outbox, sender, policy, clock, owner, senders, metrics, lease);
    }

    /** Retries a few milliseconds apart, parked after {@code maxAttempts}. */
    static RetryPolicy fast(int maxAttempts) {
        return new RetryPolicy(Duration.ofMillis(5), Duration.ofMillis(50), maxAttempts, RandomGenerator.getDefault());
    }

    /** Runs worker rounds until the condition holds; fails after a minute (generous: the machine may be busy). */
    static void untilTrue(OutboxWorker worker, BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not done within a minute");
            }
            worker.drain();
        }
    }

    List<String> statuses(long userId) {
        return sql.list("SELECT status FROM grade_outbox WHERE user_id = ? ORDER BY id", row -> row.getString(1), userId);
    }

    @Override
    public void close() {
        senders.shutdownNow();
        platform.close();
    }

    /** Counts what the worker reports, as /metrics would. */
    static final class CountingMetrics implements GradeMetrics {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger retried = new AtomicInteger();
        final AtomicInteger parked = new AtomicInteger();

        @Override
        public void sent() {
            sent.incrementAndGet();
        }

        @Override
        public void refused() {
            refused.incrementAndGet();
        }

        @Override
        public void retried() {
            retried.incrementAndGet();
        }

        @Override
        public void parked() {
            parked.incrementAndGet();
        }
    }
}
