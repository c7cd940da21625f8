package nl.samenspraak.tool.it.platform;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * An LTI 1.3 platform on the loopback interface: its issuer is {@code http://<host>:<port>}, it serves its key
 * set at {@code /jwks} with a Cache-Control it is told, and it drives logins and launches of the tool through
 * a {@link HttpBrowser}. For a real browser it also serves a course page that shows the tool in an iframe
 * ({@link CoursePage}) and an authorization endpoint that answers with a self-posting form. Close it to stop
 * its endpoints.
 */
public final class EmulatedPlatform implements AutoCloseable {

    private final URI tool;
    private final HttpServer server;
    // A thread per request at once: a grade book holding score posts (PlatformGradebook.holdScores) must not
    // keep the platform's logins and token requests waiting.
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String issuer;
    private final String clientId;
    private final String deploymentId;
    private final PlatformKeys keys = new PlatformKeys();
    private final AtomicInteger keySetRequests = new AtomicInteger();
    private volatile String cacheControl = "max-age=300";
    private volatile boolean keySetAvailable = true;
    private final DeepLinkingReturn deepLinkingReturn = new DeepLinkingReturn(this);
    private final Memberships memberships = new Memberships(this);
    /** The token endpoint's answer for the scopes other than the roster's (the grade book's), once there is one. */
    private volatile HttpHandler otherTokens = memberships::token;
    private volatile UnaryOperator<LaunchClaims> browserLaunches = UnaryOperator.identity();
    private final Map<String, UnaryOperator<LaunchClaims>> people = new ConcurrentHashMap<>();

    private EmulatedPlatform(URI tool, String host) {
        this.tool = tool;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("The platform cannot listen on 127.0.0.1", e);
        }
        server.createContext("/jwks", this::serveKeySet);
        server.createContext("/course", exchange -> respond(exchange, CoursePage.html(this, query(exchange))));
        server.createContext("/authorize", exchange -> respond(exchange, CoursePage.autoPost(this,
                AuthorizationRequest.from(authorizationUrl().resolve(exchange.getRequestURI())))));
        server.createContext("/deep-linking/return", deepLinkingReturn::handle);
        server.createContext("/memberships", memberships::memberships);
        server.createContext("/token", this::token);
        server.setExecutor(executor);
        server.start();
        issuer = "http://" + host + ":" + server.getAddress().getPort();
        String id = UUID.randomUUID().toString().substring(0, 8);
        clientId = "emulator-client-" + id;
        deploymentId = "emulator-deployment-" + id;
    }

    /** A new platform for the tool at this address; it is not registered with the tool yet. */
    public static EmulatedPlatform start(URI tool) {
        return new EmulatedPlatform(tool, "127.0.0.1");
    }

    /**
     * A new platform named by another loopback host name, such as {@code localhost} for a tool on
     * 127.0.0.1: to a browser the two are different sites, so the tool in the platform's iframe is a
     * third party, as in a school's LMS.
     */
    public static EmulatedPlatform start(URI tool, String host) {
        return new EmulatedPlatform(tool, host);
    }

    /**
     * The course page with the tool in an iframe for a user, launched with this {@code lti_message_hint}:
     * {@code deep-linking} for "Select content" by a trainer, {@code item-N} for the link the latest deep-linking
     * response's item N made.
     */
    public URI coursePage(String user, String hint) {
        return URI.create(issuer + "/course?user=" + user + "&storage=false&hint=" + hint);
    }

    /** The course page with the tool in an iframe, for a user; with or without the LTI platform storage. */
    public URI coursePage(String user, boolean offersStorage) {
        return URI.create(issuer + "/course?user=" + user + "&storage=" + offersStorage);
    }

    /** The same course page opened by the course's trainer, whom the launch gives the Instructor role. */
    public URI coursePageAsTrainer(String user) {
        return URI.create(issuer + "/course?user=" + user + "&storage=false&role=instructor");
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public URI authorizationUrl() {
        return URI.create(issuer + "/authorize");
    }

    public URI tokenUrl() {
        return URI.create(issuer + "/token");
    }

    public URI jwksUrl() {
        return URI.create(issuer + "/jwks");
    }

    public PlatformKeys keys() {
        return keys;
    }

    /** Serves more of the platform (its grade book, its roster) under a path of this platform's address. */
    public void serve(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, handler);
    }

    /**
     * Answers token requests for the scopes other than the roster's: a platform has one token endpoint for
     * all its services, so the grade book's tokens come from the same {@code /token} as the roster's.
     */
    public void serveTokens(HttpHandler handler) {
        otherTokens = handler;
    }

    private void token(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        exchange.setStreams(new ByteArrayInputStream(body), null);
        boolean roster = URLDecoder.decode(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .contains(Memberships.SCOPE);
        if (roster) {
            memberships.token(exchange);
        } else {
            otherTokens.handle(exchange);
        }
    }

    /** How the launches of the course page (a real browser) differ from the default, such as a grade service. */
    public void browserLaunches(UnaryOperator<LaunchClaims> changes) {
        browserLaunches = changes;
    }

    UnaryOperator<LaunchClaims> browserLaunches() {
        return browserLaunches;
    }

    /**
     * How the course page launches this user, on top of {@link #browserLaunches}: a person of their own (a
     * name, a language) among the colleagues of the course, rather than the page's default teacher.
     */
    public void person(String user, UnaryOperator<LaunchClaims> changes) {
        people.put(user, changes);
    }

    UnaryOperator<LaunchClaims> person(String user) {
        return people.getOrDefault(user, UnaryOperator.identity());
    }

    /** What the key set's Cache-Control header says from now on; null for no header. */
    public void cacheControl(String value) {
        cacheControl = value;
    }

    /** Whether the key set answers, or the platform is down (HTTP 503). */
    public void keySetAvailable(boolean available) {
        keySetAvailable = available;
    }

    /** How often the key set was fetched. */
    public int keySetRequests() {
        return keySetRequests.get();
    }

    /** Where the platform's links point: the tool's page. */
    public URI targetLinkUri() {
        return tool.resolve("/app/");
    }

    /** The deep-linking responses this platform received at {@code /deep-linking/return}. */
    public DeepLinkingReturn deepLinkingReturn() {
        return deepLinkingReturn;
    }

    /** The course's roster (NRPS) at {@code /memberships}, with the roster's scope on the shared {@code /token}. */
    public Memberships memberships() {
        return memberships;
    }

    /** The tool's public key set, which verifies its deep-linking responses and client assertions. */
    public URI toolJwksUrl() {
        return tool.resolve("/lti/jwks");
    }

    /** The tool's login initiation URL. */
    public URI loginUrl() {
        return tool.resolve("/lti/login");
    }

    /** The tool's redirect URI, registered for this client. */
    public URI redirectUri() {
        return tool.resolve("/lti/launch");
    }

    /** A complete login initiation for this platform, for a user clicking a link. */
    public LoginParameters login(String loginHint) {
        return new LoginParameters(Map.of(
                "iss", issuer, "login_hint", loginHint, "target_link_uri", targetLinkUri().toString(),
                "lti_message_hint", "link-1", "client_id", clientId, "lti_deployment_id", deploymentId));
    }

    /**
     * The platform's authorization endpoint receiving the browser the tool redirected: reads and checks
     * the request.
     *
     * @throws IllegalStateException when the login did not redirect properly or the request is wrong
     */
    public AuthorizationRequest authorize(ToolAnswer login, LoginParameters sent) {
        URI next;
        if (login.status() == 302) {
            next = login.location().orElseThrow(() -> new IllegalStateException("A 302 without Location"));
        } else if (login.status() == 200 && login.body().contains("id=\"login-data\"")) {
            next = URI.create(login.scriptData("login-data").path("next").asText());
        } else {
            throw new IllegalStateException("The login was not accepted: " + login);
        }
        return AuthorizationRequest.from(next).verify(authorizationUrl(), clientId, redirectUri(), sent);
    }

    /** The claims of a resource-link launch answering the request; change them before signing. */
    public LaunchClaims claims(AuthorizationRequest request) {
        return LaunchClaims.resourceLink(issuer, clientId, deploymentId, request.nonce(), targetLinkUri());
    }

    /**
     * The whole chain for one user: login (GET), the authorization request checked, a signed id_token with
     * the changed claims, and the launch posted back. Returns the tool's answer to the launch.
     */
    public ToolAnswer launch(HttpBrowser browser, String loginHint, UnaryOperator<LaunchClaims> changes) {
        AuthorizationRequest request = authorizedLogin(browser, loginHint);
        return browser.launch(signedToken(request, loginHint, changes), request.state());
    }

    /** A user's login (GET) in the browser, and the authentication request it sent the browser to, checked. */
    public AuthorizationRequest authorizedLogin(HttpBrowser browser, String loginHint) {
        LoginParameters parameters = login(loginHint);
        return authorize(browser.loginWithGet(parameters), parameters);
    }

    /** The id_token answering the request for the user: the default launch with the changes, signed properly. */
    public String signedToken(AuthorizationRequest request, String user, UnaryOperator<LaunchClaims> changes) {
        return keys.sign(changes.apply(claims(request).subject(user)).build());
    }

    /** The deployments of the tool on this platform, which its registration lists: one. */
    public List<String> deploymentIds() {
        return List.of(deploymentId);
    }

    private Map<String, String> query(HttpExchange exchange) {
        return AuthorizationRequest.from(URI.create(issuer).resolve(exchange.getRequestURI())).parameters();
    }

    private static void respond(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void serveKeySet(HttpExchange exchange) throws IOException {
        keySetRequests.incrementAndGet();
        if (!keySetAvailable) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        byte[] body = keys.publicKeySetJson().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        String caching = cacheControl;
        if (caching != null) {
            exchange.getResponseHeaders().set("Cache-Control", caching);
        }
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "EmulatedPlatform[" + issuer + ", client_id " + clientId + "]";
    }
}
