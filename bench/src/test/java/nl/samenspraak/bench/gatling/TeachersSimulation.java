package nl.samenspraak.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.tool.it.platform.AuthorizationRequest;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.LoginParameters;
import nl.samenspraak.tool.it.platform.ToolAdmin;

/**
 * Teachers at work, as many at once as asked, for as long as asked: each launches the tool through the
 * platform emulator (login, the platform's signed id_token, launch), reads an assignment, types answers
 * that autosave every few seconds while also reporting a film's watching, and submits. Then a new teacher
 * takes the place. Every request is checked; the goal is no errors and an autosave p99 under 200 ms.
 * <p>
 * Settings (system properties): {@code samenspraak.bench.url} (the tool's public address, or the load
 * balancer's), {@code samenspraak.bench.password} (the administrator's, to register the platform),
 * {@code samenspraak.bench.teachers} (200), {@code samenspraak.bench.duration} (PT10M),
 * {@code samenspraak.bench.session} (each teacher's time at work, PT2M), {@code samenspraak.bench.autosave}
 * (PT3S), {@code samenspraak.bench.autosaveP99Millis} (200; 0 judges errors only).
 */
public class TeachersSimulation extends Simulation {

    private static final String READING = "klavertje-vier";
    private static final String FILM = "bedeesde-ouder-film";
    private static final String ANSWER = "Bij ons op school nodigen we ouders uit voor een kennismakingsgesprek"
            + " aan het begin van het jaar, en we luisteren eerst naar wat zij over hun kind vertellen.";

    private final URI tool = URI.create(System.getProperty("samenspraak.bench.url", "http://localhost:9080"));
    private final int teachers = Integer.getInteger("samenspraak.bench.teachers", 200);
    private final Duration duration = Duration.parse(System.getProperty("samenspraak.bench.duration", "PT10M"));
    private final Duration session = Duration.parse(System.getProperty("samenspraak.bench.session", "PT2M"));
    private final Duration autosave = Duration.parse(System.getProperty("samenspraak.bench.autosave", "PT3S"));
    /** 0 for no latency goal, as in the smoke run on a shared machine. */
    private final int autosaveP99Millis = Integer.getInteger("samenspraak.bench.autosaveP99Millis", 200);
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final EmulatedPlatform platform = EmulatedPlatform.start(tool);

    private final HttpProtocolBuilder protocol = http.baseUrl(tool.toString()).disableFollowRedirect()
            .acceptHeader("application/json").userAgentHeader("Samenspraak Gatling");

    /** Login, the platform's answer, launch, and the page's exchange of the launch's one-time code for the session token. */
    private final ChainBuilder launch = exec(session -> {
        String user = "gatling-" + run + "-" + session.userId();
        return session.set("user", user).set("login", platform.login(user));
    }).exec(http("login").get(session -> "/lti/login?" + session.<LoginParameters>get("login").encoded())
            .check(status().is(302), header("Location").saveAs("authorization"))
    ).exec(session -> {
        AuthorizationRequest request = AuthorizationRequest.from(URI.create(session.getString("authorization")))
                .verify(platform.authorizationUrl(), platform.clientId(), platform.redirectUri(),
                        session.get("login"));
        return session.set("state", request.state())
                .set("idToken", platform.signedToken(request, session.getString("user"), claims -> claims));
    }).exec(http("launch").post("/lti/launch").formParam("id_token", "#{idToken}").formParam("state", "#{state}")
            .check(status().is(303), header("Location").transform(location ->
                    URI.create(location).getRawFragment().substring("code=".length())).saveAs("code"))
    ).exec(http("session").post("/api/session/exchange").body(StringBody("{\"code\": \"#{code}\"}")).asJson()
            .check(status().is(200), jsonPath("$.token").saveAs("token")));

    private final ChainBuilder read = exec(http("assignment").get("/api/assignments/" + READING)
            .header("Authorization", "Bearer #{token}")
            .check(status().is(200), jsonPath("$.assignment.questions[*].id").findAll().saveAs("questions")));

    /** One keystroke pause's autosave of the answer being typed, and the film's watching report beside it. */
    private final ChainBuilder work = exec(session -> {
        List<String> questions = session.getList("questions");
        int step = session.getInt("step");
        return session.set("question", questions.get(step % questions.size()))
                .set("typed", ANSWER.substring(0, Math.min(ANSWER.length(), 40 + step * 7)))
                .set("from", step * 5 % 100).set("to", step * 5 % 100 + 5);
    }).exec(http("autosave").put("/api/assignments/" + READING + "/answers/#{question}")
            .header("Authorization", "Bearer #{token}")
            .body(StringBody("{\"text\": \"#{typed}\"}")).asJson()
            .check(status().is(200))
    ).exec(http("watching").post("/api/assignments/" + FILM + "/watched")
            .header("Authorization", "Bearer #{token}")
            .body(StringBody("{\"intervals\": [{\"from\": #{from}, \"to\": #{to}}]}")).asJson()
            .check(status().is(200)));

    /** Every question answered in full, then submitted. */
    private final ChainBuilder submit = exec(session -> session.set("typed", ANSWER))
            .foreach("#{questions}", "question").on(
                    exec(http("autosave").put("/api/assignments/" + READING + "/answers/#{question}")
                            .header("Authorization", "Bearer #{token}")
                            .body(StringBody("{\"text\": \"#{typed}\"}")).asJson()
                            .check(status().is(200))))
            .exec(http("submit").post("/api/assignments/" + READING + "/submit")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200)));

    private final ScenarioBuilder teacher = scenario("teacher")
            .exec(launch, read)
            .exec(session -> session.set("step", 0))
            .during(session).on(exec(work).pause(autosave).exec(session -> session.set("step", session.getInt("step") + 1)))
            .exec(submit);

    {
        ToolAdmin.signIn(tool, System.getProperty("samenspraak.bench.password", "demo")).register(platform);
        Duration ramp = duration.compareTo(Duration.ofMinutes(2)) >= 0 ? Duration.ofSeconds(30) : Duration.ofSeconds(5);
        setUp(teacher.injectClosed(rampConcurrentUsers(0).to(teachers).during(ramp),
                constantConcurrentUsers(teachers).during(duration.minus(ramp))))
                .protocols(protocol)
                .assertions(autosaveP99Millis == 0 ? List.of(global().failedRequests().count().is(0L))
                        : List.of(global().failedRequests().count().is(0L),
                        details("autosave").responseTime().percentile(99.0).lt(autosaveP99Millis)));
    }

    @Override
    public void after() {
        platform.close();
    }
}
