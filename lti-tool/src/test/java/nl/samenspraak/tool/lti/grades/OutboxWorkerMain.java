package nl.samenspraak.tool.lti.grades;

import nl.samenspraak.tool.infrastructure.security.TestSecrets;
import org.jdbi.v3.core.Jdbi;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.lti.keys.JdbcToolKeys;
import nl.samenspraak.tool.lti.keys.ToolKeyRing;
import nl.samenspraak.tool.lti.token.AccessTokens;
import nl.samenspraak.tool.lti.token.ClientCredentialsTokenClient;
import nl.samenspraak.tool.lti.token.JdbcAccessTokenCache;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A server's outbox worker alone in a process of its own, for the test that kills it with SIGKILL mid-send:
 * arguments are the PostgreSQL URL, user, password, the worker's name and its lease in milliseconds.
 */
public final class OutboxWorkerMain {

    private OutboxWorkerMain() {
    }

    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(args[0]);
        dataSource.setUser(args[1]);
        dataSource.setPassword(args[2]);
        Sql sql = new Sql(Jdbi.create(dataSource));
        Clock clock = Clock.systemUTC();
        ToolKeyRing keyRing = new ToolKeyRing(new JdbcToolKeys(sql, TestSecrets.box(TestSecrets.SHARED_KEY)), clock);
        JdbcGradeOutbox outbox = new JdbcGradeOutbox(sql);
        AccessTokens tokens = new AccessTokens(new JdbcAccessTokenCache(sql),
                new ClientCredentialsTokenClient(keyRing, clock), clock);
        ScoreSender sender = new ScoreSender(HttpClient.newHttpClient(), Duration.ofSeconds(10), tokens, outbox, clock);
        OutboxWorker worker = new OutboxWorker(outbox, sender, GradesFixture.fast(20), clock, args[3],
                Executors.newFixedThreadPool(OutboxWorker.IN_FLIGHT), new GradesFixture.CountingMetrics(),
                Duration.ofMillis(Long.parseLong(args[4])));
        System.out.println("worker " + args[3] + " running");
        while (true) {
            worker.drain();
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
