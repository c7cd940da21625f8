package nl.samenspraak.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
 * and it stops by itself when the time is up. Given the server's process id it also prints the server's CPU
 * time per chain; in the "launch POSTs only" mode it prepares logins and id_tokens in rounds and counts the
 * server's CPU only while the launches are posted.
 */
public final class LaunchBenchmark {

    /** Launches each client prepares per round in the POSTs-only mode: each leaves a state cookie until posted. */
    private static final int PREPARED_PER_ROUND = 4;

    private final BenchmarkOptions options;
    private final PrintStream out;
    private final Optional<ServerCpu> serverCpu;

    LaunchBenchmark(BenchmarkOptions options, PrintStream out, Optional<ServerCpu> serverCpu) {
        this.options = options;
        this.out = out;
        this.serverCpu = serverCpu;
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
        Optional<ServerCpu> serverCpu;
        try {
            serverCpu = options.serverPid().isPresent()
                    ? Optional.of(new ServerCpu(options.serverPid().getAsLong(), clockTicksPerSecond()))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new LaunchBenchmark(options, System.out, serverCpu).run();
    }

    /** The kernel's clock tick, the unit of the CPU times in {@code /proc/<pid>/stat}. */
    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(answer) : 100;
        } catch (IOException | NumberFormatException e) {
            // Linux's CLK_TCK has been 100 on every common architecture.
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
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
            if (options.mode() == BenchmarkOptions.Mode.POSTS) {
                reportPosts(postsOnly(platform, browsers));
            } else {
                Optional<Duration> before = serverCpu.map(ServerCpu::used);
                Run measured = run(platform, browsers, options.duration());
                Optional<Duration> cpu = before.map(start -> serverCpu.orElseThrow().used().minus(start));
                report(measured, cpu);
            }
        }
    }

    private record PostsRun(Latencies launches, int failures, List<String> failureSamples, Duration posting,
                            Optional<Duration> serverCpu) {
    }

    /**
     * Rounds of: every client prepares a few launches (not counted), then all post them at once (counted),
     * until the posting has taken the measured time.
     */
    private PostsRun postsOnly(EmulatedPlatform platform, List<HttpBrowser> browsers)
            throws InterruptedException, ExecutionException {
        AtomicLong nextUser = new AtomicLong();
        List<LaunchPoster> posters = browsers.stream()
                .map(browser -> new LaunchPoster(platform, browser, nextUser, options.users())).toList();
        ExecutorService clients = Executors.newFixedThreadPool(browsers.size());
        try {
            Latencies launches = new Latencies();
            int failures = 0;
            List<String> failureSamples = new ArrayList<>();
            long posting = 0;
            Optional<Duration> cpu = serverCpu.map(reader -> Duration.ZERO);
            while (posting < options.duration().toNanos()) {
                all(clients, posters.stream().map(poster -> poster.prepare(PREPARED_PER_ROUND)).toList());
                Optional<Duration> before = serverCpu.map(ServerCpu::used);
                long start = System.nanoTime();
                List<LaunchPoster.Result> results = all(clients, posters.stream().map(LaunchPoster::post).toList());
                posting += System.nanoTime() - start;
                cpu = cpu.map(sum -> sum.plus(serverCpu.orElseThrow().used().minus(before.orElseThrow())));
                for (LaunchPoster.Result result : results) {
                    launches.addAll(result.launches());
                    failures += result.failures();
                    if (failureSamples.size() < 3) {
                        failureSamples.addAll(result.firstFailures());
                    }
                }
            }
            return new PostsRun(launches, failures, failureSamples, Duration.ofNanos(posting), cpu);
        } finally {
            clients.shutdownNow();
        }
    }

    private static <T> List<T> all(ExecutorService clients, List<Callable<T>> work)
            throws InterruptedException, ExecutionException {
        List<T> results = new ArrayList<>();
        for (Future<T> future : clients.invokeAll(work)) {
            results.add(future.get());
        }
        return results;
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

    private void report(Run run, Optional<Duration> serverCpu) {
        double seconds = run.took().toNanos() / 1e9;
        out.printf("Measured: %d launches in %.1f s with %d clients: %.1f launches/s, %d failed%n",
                run.chains().count(), seconds, options.clients(), run.chains().count() / seconds, run.failures());
        serverCpu.ifPresent(cpu -> out.printf("  server CPU: %.1f s in the window, %.2f ms per chain, %.2f of a core%n",
                cpu.toNanos() / 1e9, perLaunch(cpu, run.chains().count()), cpu.toNanos() / 1e9 / seconds));
        out.println("  chain  (login + token + launch): " + run.chains().summary());
        out.println("  login  (GET /lti/login -> 302):   " + run.logins().summary());
        out.println("  launch (POST /lti/launch -> 303, code exchanged): " + run.launches().summary());
        run.failureSamples().forEach(failure -> out.println("  failure: " + failure));
    }

    private void reportPosts(PostsRun run) {
        double seconds = run.posting().toNanos() / 1e9;
        out.printf("Measured: %d launch POSTs in %.1f s of posting with %d clients: %.1f launch POSTs/s, %d failed%n",
                run.launches().count(), seconds, options.clients(), run.launches().count() / seconds, run.failures());
        run.serverCpu().ifPresent(cpu -> out.printf("  server CPU: %.1f s while posting, %.2f ms per launch POST%n",
                cpu.toNanos() / 1e9, perLaunch(cpu, run.launches().count())));
        out.println("  launch (POST /lti/launch -> 303, code exchanged): " + run.launches().summary());
        run.failureSamples().forEach(failure -> out.println("  failure: " + failure));
    }

    private static double perLaunch(Duration cpu, int launches) {
        return launches == 0 ? 0 : cpu.toNanos() / 1e6 / launches;
    }
}
