package nl.samenspraak.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How a run is set up: the server and its administrator password, how many clients launch at once, how long
 * to warm up and to measure, and over how many users the launches are spread. Options on the command line
 * ({@code --url=...}) win over the environment ({@code SAMENSPRAAK_BENCH_URL}, {@code SAMENSPRAAK_ADMIN_PASSWORD}).
 */
record BenchmarkOptions(URI server, String adminPassword, int clients, Duration warmUp, Duration duration, int users,
                        int rate, Mode mode, OptionalLong serverPid) {

    /** What is timed: whole chains, or only the launch POSTs of logins and id_tokens prepared beforehand. */
    enum Mode {
        CHAINS, POSTS;

        static Mode parse(String value) {
            return switch (value) {
                case "chains" -> CHAINS;
                case "posts" -> POSTS;
                default -> throw new IllegalArgumentException("--mode must be chains or posts");
            };
        }
    }

    static final String USAGE = """
            java -jar bench/target/samenspraak-bench.jar [--url=http://localhost:9080] [--password=...]
                [--clients=16] [--warmup=120s] [--duration=30s] [--users=500] [--rate=0]
                [--mode=chains|posts] [--server-pid=PID]
            The password may come from SAMENSPRAAK_ADMIN_PASSWORD, the address from SAMENSPRAAK_BENCH_URL.""";

    BenchmarkOptions {
        if (clients < 1 || users < 1 || rate < 0 || duration.isZero() || duration.isNegative() || warmUp.isNegative()) {
            throw new IllegalArgumentException("clients and users must be at least 1, the rate 0 or more, the duration"
                    + " longer than 0");
        }
        if (mode == Mode.POSTS && rate != 0) {
            throw new IllegalArgumentException("--rate sets the start of whole chains: use it with --mode=chains");
        }
    }

    /** @throws IllegalArgumentException naming the option that is wrong or missing */
    static BenchmarkOptions parse(String[] arguments, Map<String, String> environment) {
        Arguments options = Arguments.parse(arguments);
        String password = options.text("password", environment.get("SAMENSPRAAK_ADMIN_PASSWORD"));
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("The administrator password is missing: --password=... or"
                    + " SAMENSPRAAK_ADMIN_PASSWORD");
        }
        return new BenchmarkOptions(
                URI.create(options.text("url", environment.getOrDefault("SAMENSPRAAK_BENCH_URL",
                        "http://localhost:9080"))),
                password,
                options.number("clients", 16),
                options.seconds("warmup", 120),
                options.seconds("duration", 30),
                options.number("users", 500),
                options.number("rate", 0),
                Mode.parse(options.text("mode", "chains")),
                options.text("server-pid", "").isEmpty() ? OptionalLong.empty()
                        : OptionalLong.of(options.number("server-pid", 0)));
    }

    /** The time between the starts of one client's chains; zero when the clients run flat out. */
    Duration interval() {
        return rate == 0 ? Duration.ZERO : Duration.ofNanos(1_000_000_000L * clients / rate);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return server + ", " + clients + " clients, " + warmUp.toSeconds() + " s warm-up, " + duration.toSeconds()
                + " s measured, " + users + " users" + (rate == 0 ? ", as fast as they can" : ", " + rate + " launches/s")
                + (mode == Mode.POSTS ? ", launch POSTs only" : ", whole chains")
                + (serverPid.isPresent() ? ", server CPU of process " + serverPid.getAsLong() : "");
    }
}
