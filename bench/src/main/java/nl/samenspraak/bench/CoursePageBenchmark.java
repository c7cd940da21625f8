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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * loopback, with the size of the answer. Against a server with {@code bench/packs} as its packs folder the
 * program has 12 assignments.
 */
public final class CoursePageBenchmark {

    static final String USAGE = """
            java -cp bench/target/samenspraak-bench.jar nl.samenspraak.bench.CoursePageBenchmark
                [--url=http://localhost:9080] [--password=...] [--members=200] [--requests=100] [--warmup=50]
            The password may come from SAMENSPRAAK_ADMIN_PASSWORD, the address from SAMENSPRAAK_BENCH_URL.""";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "In het kennismakingsgesprek laat ik ouders eerst vertellen over hun kind. ";

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
        int members;
        int requests;
        int warmUp;
        try {
            Arguments options = Arguments.parse(arguments);
            url = URI.create(options.text("url", System.getenv().getOrDefault("SAMENSPRAAK_BENCH_URL", "http://localhost:9080")));
            password = options.text("password", System.getenv("SAMENSPRAAK_ADMIN_PASSWORD"));
            members = options.number("members", 200);
            requests = options.number("requests", 100);
            warmUp = options.number("warmup", 50);
            if (password == null || password.isEmpty() || members < 1 || requests < 1 || warmUp < 0) {
                throw new IllegalArgumentException("Give the administrator password, at least 1 member and 1 request");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        new CoursePageBenchmark(url, System.out).run(password, members, requests, warmUp);
    }

    private void run(String password, int members, int requests, int warmUp) throws InterruptedException,
            ExecutionException {
        out.printf("Course-page benchmark: %s, %d members, %d requests after %d of warm-up%n", server, members,
                requests, warmUp);
        try (EmulatedPlatform platform = EmulatedPlatform.start(server)) {
            platform.cacheControl("public, max-age=3600");
            ToolAdmin.signIn(server, password).register(platform);
            String trainer = launch(platform, "bench-trainer", "Tineke Trainer", true);
            long course = claims(trainer).path("ctx").asLong();
            List<JsonNode> assignments = assignments(trainer);
            long seeding = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int i = 0; i < members; i++) {
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
            out.printf("Seeded %d members with work in %.1f s%n", members, (System.nanoTime() - seeding) / 1e9);

            String matrix = "/api/courses/" + course + "/matrix";
            HttpResponse<String> first = get(trainer, matrix);
            JsonNode page = read(first.body());
            int columns = 0;
            for (JsonNode module : page.path("modules")) {
                columns += module.path("assignments").size();
            }
            out.printf("The page: %d members x %d assignments, %d KB of JSON%n", page.path("members").size(),
                    columns, first.body().length() / 1024);
            for (int i = 0; i < warmUp; i++) {
                get(trainer, matrix);
            }
            Latencies latencies = new Latencies();
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                get(trainer, matrix);
                latencies.add(System.nanoTime() - start);
            }
            out.println("GET " + matrix + ", one request at a time on the loopback:");
            out.println("  " + latencies.summary());
        }
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
