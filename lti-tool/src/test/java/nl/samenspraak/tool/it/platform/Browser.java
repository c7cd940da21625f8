package nl.samenspraak.tool.it.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser between platform and tool: it keeps cookies (unless it blocks them, as browsers that block
 * third-party cookies do in an LMS's iframe) and does not follow redirects, so every step can be checked.
 */
public final class Browser {

    private final URI tool;
    private final HttpClient http;
    private final CookieManager cookies;

    private Browser(URI tool, CookiePolicy policy) {
        this.tool = tool;
        this.cookies = new CookieManager(null, policy);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A browser that keeps the tool's cookies. */
    public static Browser withCookies(URI tool) {
        return new Browser(tool, CookiePolicy.ACCEPT_ALL);
    }

    /** A browser that keeps no cookie, as in a third-party iframe where cookies are blocked. */
    public static Browser blockingCookies(URI tool) {
        return new Browser(tool, CookiePolicy.ACCEPT_NONE);
    }

    public URI tool() {
        return tool;
    }

    /** Forgets every cookie, as a new browser would. */
    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    /** The platform's login initiation as a GET with query parameters. */
    public ToolAnswer loginWithGet(LoginParameters parameters) {
        return send(request("/lti/login?" + parameters.encoded()).GET().build());
    }

    /** The platform's login initiation as a form POST. */
    public ToolAnswer loginWithPost(LoginParameters parameters) {
        return send(form("/lti/login", parameters.encoded()));
    }

    /** The form the platform's authorization endpoint makes the browser post to the redirect URI. */
    public ToolAnswer launch(String idToken, String state) {
        return send(form("/lti/launch", encode("id_token", idToken) + "&" + encode("state", state)));
    }

    /** The second step of a launch without a state cookie, as the tool's page sends it. */
    public ToolAnswer confirm(String launch, String state) {
        return send(form("/lti/launch/confirm", encode("launch", launch) + "&" + encode("state", state)));
    }

    /** {@code GET /api/session} with the session token. */
    public ToolAnswer session(String token) {
        return get("/api/session", "Authorization", "Bearer " + token);
    }

    public ToolAnswer get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(tool.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    private HttpRequest form(String path, String body) {
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String encode(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private ToolAnswer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new ToolAnswer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri().getPath() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
