package nl.samenspraak.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import nl.samenspraak.tool.it.platform.AuthorizationRequest;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.LoginParameters;
import nl.samenspraak.tool.it.platform.ToolAnswer;

/**
 * One browser launching the tool again and again until a deadline: the login (302 to the platform), the
 * platform's signed id_token for it, the launch (303 to the tool's page with a one-time code, which is exchanged for the session). Each step is
 * checked; a chain that fails is counted, not timed.
 */
final class LaunchClient implements Callable<LaunchClient.Result> {

    /** The timings of the chains that worked, and the first few failures. */
    record Result(Latencies chains, Latencies logins, Latencies launches, int failures, List<String> firstFailures) {
    }

    private static final int FAILURES_SHOWN = 3;

    private final EmulatedPlatform platform;
    private final HttpBrowser browser;
    private final AtomicLong nextUser;
    private final int users;
    private final long deadline;
    private final long interval;

    /**
     * @param nextUser  shared by all clients, so that they spread over the users in turn
     * @param deadline  {@link System#nanoTime()} after which no new chain starts
     * @param interval  nanoseconds from one chain's planned start to the next; 0 to start each at once
     */
    LaunchClient(EmulatedPlatform platform, HttpBrowser browser, AtomicLong nextUser, int users, long deadline,
                 long interval) {
        this.platform = platform;
        this.browser = browser;
        this.nextUser = nextUser;
        this.users = users;
        this.deadline = deadline;
        this.interval = interval;
    }

    @Override
    public Result call() {
        Latencies chains = new Latencies();
        Latencies logins = new Latencies();
        Latencies launches = new Latencies();
        List<String> firstFailures = new ArrayList<>();
        int failures = 0;
        long planned = System.nanoTime();
        // At a set rate the planned starts fall behind a server slower than the rate: the deadline is also
        // checked against the clock, or a run would go on until every planned chain had been made.
        while (planned < deadline && System.nanoTime() < deadline) {
            // At a set rate a chain is timed from its planned start, so a slow server is not hidden by a late start.
            LockSupport.parkNanos(planned - System.nanoTime());
            String user = "bench-user-" + nextUser.getAndIncrement() % users;
            long start = interval == 0 ? System.nanoTime() : planned;
            try {
                LoginParameters login = platform.login(user);
                ToolAnswer loginAnswer = browser.loginWithGet(login);
                long loggedIn = System.nanoTime();
                AuthorizationRequest request = platform.authorize(loginAnswer, login);
                String idToken = platform.signedToken(request, user, claims -> claims);
                long signed = System.nanoTime();
                ToolAnswer launch = browser.launch(idToken, request.state());
                // The page trades the launch's one-time code for its session at once: part of the launch.
                if (browser.sessionToken(launch).isEmpty()) {
                    throw new IllegalStateException("The launch made no session: " + launch);
                }
                long launched = System.nanoTime();
                logins.add(loggedIn - start);
                launches.add(launched - signed);
                chains.add(launched - start);
            } catch (RuntimeException e) {
                failures++;
                if (firstFailures.size() < FAILURES_SHOWN) {
                    firstFailures.add(e.getMessage());
                }
            }
            planned = interval == 0 ? System.nanoTime() : planned + interval;
        }
        return new Result(chains, logins, launches, failures, firstFailures);
    }
}
