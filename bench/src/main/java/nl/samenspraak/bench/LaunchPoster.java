package nl.samenspraak.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import nl.samenspraak.tool.it.platform.AuthorizationRequest;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.LoginParameters;
import nl.samenspraak.tool.it.platform.ToolAnswer;

/**
 * One browser in the "launch POSTs only" mode: {@link #prepare} does the logins and has the platform sign
 * their id_tokens while the server's CPU is not counted; {@link #post} then only posts them (each launch's
 * one-time code exchanged for the session, as the page does), while it is.
 */
final class LaunchPoster {

    /** The timings of the launches that worked, and the first few failures. */
    record Result(Latencies launches, int failures, List<String> firstFailures) {
    }

    private static final int FAILURES_SHOWN = 3;

    private final EmulatedPlatform platform;
    private final HttpBrowser browser;
    private final AtomicLong nextUser;
    private final int users;
    private final List<PreparedLaunch> prepared = new ArrayList<>();

    LaunchPoster(EmulatedPlatform platform, HttpBrowser browser, AtomicLong nextUser, int users) {
        this.platform = platform;
        this.browser = browser;
        this.nextUser = nextUser;
        this.users = users;
    }

    /**
     * Logs in {@code count} times and keeps the signed id_tokens. Each login leaves its state cookie in the
     * browser until its launch, so a small count keeps the launch's Cookie header near a real browser's.
     */
    Callable<Void> prepare(int count) {
        return () -> {
            for (int i = 0; i < count; i++) {
                String user = "bench-user-" + nextUser.getAndIncrement() % users;
                LoginParameters login = platform.login(user);
                ToolAnswer loginAnswer = browser.loginWithGet(login);
                AuthorizationRequest request = platform.authorize(loginAnswer, login);
                prepared.add(new PreparedLaunch(platform.signedToken(request, user, claims -> claims), request.state()));
            }
            return null;
        };
    }

    /** Posts every prepared launch, one after the other, and times each. */
    Callable<Result> post() {
        return () -> {
            Latencies launches = new Latencies();
            List<String> firstFailures = new ArrayList<>();
            int failures = 0;
            for (PreparedLaunch launch : prepared) {
                long start = System.nanoTime();
                try {
                    ToolAnswer answer = browser.launch(launch.idToken(), launch.state());
                    if (browser.sessionToken(answer).isEmpty()) {
                        throw new IllegalStateException("The launch made no session: " + answer);
                    }
                    launches.add(System.nanoTime() - start);
                } catch (RuntimeException e) {
                    failures++;
                    if (firstFailures.size() < FAILURES_SHOWN) {
                        firstFailures.add(e.getMessage());
                    }
                }
            }
            prepared.clear();
            return new Result(launches, failures, firstFailures);
        };
    }
}
