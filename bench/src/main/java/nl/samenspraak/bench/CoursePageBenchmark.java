package nl.samenspraak.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.ToolAdmin;

/**
 * How fast the trainer's course page answers for a full course: registers an emulated platform, launches
 * a trainer and N members into one course, lets every member work through the API (every open question of
 * the reading assignments answered and submitted, a film's first viewing question answered, the quickscan's
 * sector and responses, an action in the plan), then asks for the course page
 * ({@code GET /api/courses/{id}/matrix}) again and again and prints p50/p90/p99/max of its time on the
 * loopback, with the size of the answer, and of the server's own time and the statements it ran as its
 * {@code Server-Timing} header tells them. It does so for each course size asked (50, 100 and 200 members by
 * default), adding members to the same course between them, and fails when the number of statements differs
 * between the sizes. Against a server with {@code bench/packs} as its packs folder the program has 12
 * assignments.
 */
public final class CoursePageBenchmark {

    static final String USAGE = """
            java -cp bench/target/samenspraak-bench.jar nl.samenspraak.bench.CoursePageBenchmark
                [--url=http://localhost:9080] [--password=...] [--members=50,100,200] [--requests=100] [--warmup=50]
            The password may come from SAMENSPRAAK_ADMIN_PASSWORD, the address from SAMENSPRAAK_BENCH_URL.""";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "In het kennismakingsgesprek laat ik ouders eerst vertellen over hun kind. ";
    /** {@code app;dur=41.2, db;dur=12.9;desc="10 queries"}, as the tool's {@code ServerTimingFilter} writes it. */
    private static final Pattern SERVER_TIMING = Pattern.compile(
            "app;dur=([0-9.]+), db;dur=([0-9.]+);desc=\"(\\d+) queries\"");

    private final URI server;
    // HTTP/1.1 as a browser's fetch of the page mostly is here; Liberty ends long HTTP/2 connections with GOAWAY.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final PrintStream out;

    private CoursePageBenchmark(URI server, PrintStream out) {
        this.server = server;
        this.out = out;
    }

    public static void main(String[] arguments) throws InterruptedException, ExecutionException {
        URI url;
        String password;
        List<Integer> sizes = new ArrayList<>();
        int requests;
        int warmUp;
        try {
            Arguments options = Arguments.parse(arguments);
            url = URI.create(options.text("url", System.getenv().getOrDefault("SAMENSPRAAK_BENCH_URL", "http://localhost:9080")));
            password = options.text("password", System.getenv("SAMENSPRAAK_ADMIN_PASSWORD"));
            for (String size : options.text("members", "50,100,200").split(",")) {
                sizes.add(Integer.parseInt(size.strip()));
            }
            requests = options.number("requests", 100);
            warmUp = options.number("warmup", 50);
            if (password == null || password.isEmpty() || sizes.stream().anyMatch(size -> size < 1) || requests < 1
                    || warmUp < 0) {
                throw new IllegalArgumentException("Give the administrator password, at least 1 member and 1 request");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        new CoursePageBenchmark(url, System.out).run(password, sizes.stream().sorted().toList(), requests, warmUp);
    }

    private void run(String password, List<Integer> sizes, int requests, int warmUp) throws InterruptedException,
            ExecutionException {
        out.printf("Course-page benchmark: %s, %s members, %d requests after %d of warm-up%n", server, sizes,
                requests, warmUp);
        try (EmulatedPlatform platform = EmulatedPlatform.start(server)) {
            platform.cacheControl("public, max-age=3600");
            ToolAdmin.signIn(server, password).register(platform);
            String trainer = launch(platform, "bench-trainer", "Tineke Trainer", true);
            long course = claims(trainer).path("ctx").asLong();
            List<JsonNode> assignments = assignments(trainer);
            Set<Integer> statements = new TreeSet<>();
            int seeded = 0;
            for (int size : sizes) {
                seed(platform, seeded, size, assignments);
                seeded = size;
                statements.add(measure(trainer, "/api/courses/" + course + "/matrix", requests, warmUp));
            }
            if (statements.size() > 1) {
                throw new IllegalStateException("The number of statements grew with the members: " + statements);
            }
        }
    }

    /** Members {@code from} to {@code to} (exclusive) launched into the course, each with their work. */
    private void seed(EmulatedPlatform platform, int from, int to, List<JsonNode> assignments)
            throws InterruptedException, ExecutionException {
        long seeding = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int member = i;
                work.add(pool.submit(() -> work(launch(platform, "bench-member-" + member,
                        "Deelnemer " + String.format("%03d", member), false), member, assignments)));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        out.printf("Seeded members %d to %d with work in %.1f s%n", from + 1, to, (System.nanoTime() - seeding) / 1e9);
    }

    /** Times the page at the client and by its Server-Timing header; the numbers of statements seen. */
    /**
     * @return the number of statements most requests made: opening the page also refreshes the course's roster
     *     from Names and Roles at most every five minutes, so one request in a run may make a few more, the
     *     same for any number of members
     */
    private int measure(String trainer, String matrix, int requests, int warmUp) {
        HttpResponse<String> first = get(trainer, matrix);
        JsonNode page = read(first.body());
        int columns = 0;
        for (JsonNode module : page.path("modules")) {
            columns += module.path("assignments").size();
        }
        for (int i = 0; i < warmUp; i++) {
            get(trainer, matrix);
        }
        Latencies client = new Latencies();
        Latencies app = new Latencies();
        Latencies database = new Latencies();
        Map<Integer, Integer> statements = new TreeMap<>();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = get(trainer, matrix);
            client.add(System.nanoTime() - start);
            String timing = answer.headers().firstValue("Server-Timing").orElseThrow(() ->
                    new IllegalStateException("No Server-Timing header: a server older than the benchmark?"));
            Matcher found = SERVER_TIMING.matcher(timing);
            if (!found.matches()) {
                throw new IllegalStateException("Server-Timing not understood: " + timing);
            }
            app.add(Math.round(Double.parseDouble(found.group(1)) * 1e6));
            database.add(Math.round(Double.parseDouble(found.group(2)) * 1e6));
            statements.merge(Integer.parseInt(found.group(3)), 1, Integer::sum);
        }
        out.printf("%d members x %d assignments, %d KB of JSON, statements per request (count: requests) %s:%n",
                page.path("members").size(), columns, first.body().length() / 1024, statements);
        out.println("  client (loopback)  " + client.summary());
        out.println("  server (app)       " + app.summary());
        out.println("  server (database)  " + database.summary());
        return statements.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The program's assignments in full, read once with the trainer's session. */
    private List<JsonNode> assignments(String token) {
        List<JsonNode> assignments = new ArrayList<>();
        for (JsonNode module : read(get(token, "/api/catalog").body()).path("modules")) {
            for (JsonNode assignment : module.path("assignments")) {
                assignments.add(read(get(token, "/api/assignments/" + assignment.path("id").asText()).body())
                        .path("assignment"));
            }
        }
        return assignments;
    }

    /** One member's work: most cells of the page get a work row, the reading assignments submitted. */
    private void work(String token, int member, List<JsonNode> assignments) {
        for (JsonNode full : assignments) {
            String base = "/api/assignments/" + full.path("id").asText();
            switch (full.path("type").asText()) {
                case "reading" -> {
                    for (JsonNode question : full.path("questions")) {
                        if ("open".equals(question.path("kind").asText())) {
                            send(token, "PUT", base + "/answers/" + question.path("id").asText(),
                                    "{\"text\": \"" + LONG.repeat(2) + "\"}");
                        }
                    }
                    boolean allOpen = true;
                    for (JsonNode question : full.path("questions")) {
                        allOpen &= "open".equals(question.path("kind").asText());
                    }
                    if (member % 2 == 0 && allOpen) {
                        send(token, "POST", base + "/submit", null);
                    }
                }
                case "video" -> {
                    JsonNode viewing = full.at("/viewingQuestions/0/question/id");
                    if (viewing.isTextual()) {
                        send(token, "PUT", base + "/answers/" + viewing.asText(), "{\"text\": \"" + LONG + "\"}");
                    }
                }
                case "quickscan" -> {
                    send(token, "PUT", base + "/quickscan/sector", "{\"sectorId\": \"po\"}");
                    JsonNode statements = full.at("/sectors/0/themes/0/statements");
                    for (int i = 0; i < Math.min(3, statements.size()); i++) {
                        send(token, "PUT", base + "/quickscan/responses/" + statements.get(i).path("id").asText(),
                                "{\"value\": 3}");
                    }
                }
                case "action-plan" -> send(token, "POST", base + "/actions",
                        "{\"optionId\": \"" + full.at("/actions/0/id").asText() + "\"}");
                default -> {
                    // Peer coaching needs a partner: left not started, as in a course where pairs form later.
                }
            }
        }
    }

    private String launch(EmulatedPlatform platform, String subject, String name, boolean trainer) {
        return platform.launch(HttpBrowser.withCookies(server), subject, claims -> {
            LaunchClaims named = claims.set("name", name);
            return trainer ? named.roles(LaunchClaims.INSTRUCTOR) : named;
        }).sessionToken().orElseThrow(() -> new IllegalStateException("No session for " + subject));
    }

    private HttpResponse<String> get(String token, String path) {
        return send(token, "GET", path, null);
    }

    private HttpResponse<String> send(String token, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode claims(String token) {
        return read(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1])));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
