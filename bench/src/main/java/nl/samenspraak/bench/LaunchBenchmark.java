package nl.samenspraak.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.ToolAdmin;

/**
 * Registers an emulated platform with a running server through the admin API, warms the server up, then
 * lets N clients run full login and launch chains for a while, and prints launches per second and the
 * latency percentiles of the chain and of login and launch alone. Its requests go to the given server only,
 * and it stops by itself when the time is up.
 */
public final class LaunchBenchmark {

    private final BenchmarkOptions options;
    private final PrintStream out;

    LaunchBenchmark(BenchmarkOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] arguments) throws InterruptedException, ExecutionException {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(arguments, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        // Every client keeps its connection open, as a browser does; the JDK keeps 5 per server otherwise.
        System.setProperty("http.maxConnections", String.valueOf(2 * options.clients()));
        new LaunchBenchmark(options, System.out).run();
    }

    void run() throws InterruptedException, ExecutionException {
        out.println("Launch benchmark: " + options);
        try (EmulatedPlatform platform = EmulatedPlatform.start(options.server())) {
            // The platform's key set may be cached, as real platforms allow, so that the run measures launches.
            platform.cacheControl("public, max-age=3600");
            ToolAdmin admin = ToolAdmin.signIn(options.server(), options.adminPassword());
            long registration = admin.register(platform);
            out.println("Registered " + platform + " as registration " + registration);

            List<HttpBrowser> browsers = new ArrayList<>();
            for (int i = 0; i < options.clients(); i++) {
                browsers.add(HttpBrowser.withCookies(options.server()));
            }
            Run warmUp = run(platform, browsers, options.warmUp());
            out.printf("Warm-up: %d launches in %d s, %d failed%n", warmUp.chains().count(),
                    options.warmUp().toSeconds(), warmUp.failures());
            Run measured = run(platform, browsers, options.duration());
            report(measured);
        }
    }

    private record Run(Latencies chains, Latencies logins, Latencies launches, int failures,
                       List<String> failureSamples, Duration took) {
    }

    private Run run(EmulatedPlatform platform, List<HttpBrowser> browsers, Duration duration)
            throws InterruptedException, ExecutionException {
        AtomicLong nextUser = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(browsers.size());
        try {
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            List<Future<LaunchClient.Result>> results = new ArrayList<>();
            for (HttpBrowser browser : browsers) {
                results.add(clients.submit(new LaunchClient(platform, browser, nextUser, options.users(), deadline,
                        options.interval().toNanos())));
            }
            Latencies chains = new Latencies();
            Latencies logins = new Latencies();
            Latencies launches = new Latencies();
            int failures = 0;
            List<String> failureSamples = new ArrayList<>();
            for (Future<LaunchClient.Result> result : results) {
                LaunchClient.Result client = result.get();
                chains.addAll(client.chains());
                logins.addAll(client.logins());
                launches.addAll(client.launches());
                failures += client.failures();
                failureSamples.addAll(client.firstFailures());
            }
            return new Run(chains, logins, launches, failures, failureSamples, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            clients.shutdownNow();
        }
    }

    private void report(Run run) {
        double seconds = run.took().toNanos() / 1e9;
        out.printf("Measured: %d launches in %.1f s with %d clients: %.1f launches/s, %d failed%n",
                run.chains().count(), seconds, options.clients(), run.chains().count() / seconds, run.failures());
        out.println("  chain  (login + token + launch): " + run.chains().summary());
        out.println("  login  (GET /lti/login -> 302):   " + run.logins().summary());
        out.println("  launch (POST /lti/launch -> 303, code exchanged): " + run.launches().summary());
        run.failureSamples().forEach(failure -> out.println("  failure: " + failure));
    }
}
