package nl.samenspraak.tool.it.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A browser between platform and tool: it keeps cookies (unless it blocks them, as browsers that block
 * third-party cookies do in an LMS's iframe) and does not follow redirects, so every step can be checked.
 * <p>
 * It speaks plain {@link HttpURLConnection} with keep-alive, which costs far less CPU per request than
 * {@code java.net.http.HttpClient}: the launch benchmark runs many browsers on the server's machine.
 */
public final class HttpBrowser {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;
    private static final String FORM = "application/x-www-form-urlencoded";

    private final URI tool;
    private final CookieManager cookies;

    private HttpBrowser(URI tool, CookiePolicy policy) {
        this(tool, new LoopbackCookieManager(policy));
    }

    private HttpBrowser(URI tool, CookieManager cookies) {
        this.tool = tool;
        this.cookies = cookies;
    }

    /** A browser that keeps the tool's cookies. */
    public static HttpBrowser withCookies(URI tool) {
        return new HttpBrowser(tool, CookiePolicy.ACCEPT_ALL);
    }

    /** A browser that keeps no cookie, as in a third-party iframe where cookies are blocked. */
    public static HttpBrowser blockingCookies(URI tool) {
        return new HttpBrowser(tool, CookiePolicy.ACCEPT_NONE);
    }

    public URI tool() {
        return tool;
    }

    /**
     * This browser, with its cookies, talking to the tool at another address: another server of the same
     * tool, as a load balancer may pick one for each request. Cookies go by host name, not by port.
     */
    public HttpBrowser at(URI otherTool) {
        return new HttpBrowser(otherTool, cookies);
    }

    /** Forgets every cookie, as a new browser would. */
    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    /** The platform's login initiation as a GET with query parameters. */
    public ToolAnswer loginWithGet(LoginParameters parameters) {
        return send("GET", "/lti/login?" + parameters.encoded(), null, null);
    }

    /** The platform's login initiation as a form POST. */
    public ToolAnswer loginWithPost(LoginParameters parameters) {
        return send("POST", "/lti/login", parameters.encoded(), FORM);
    }

    /** The form the platform's authorization endpoint makes the browser post to the redirect URI. */
    public ToolAnswer launch(String idToken, String state) {
        return send("POST", "/lti/launch", encode("id_token", idToken) + "&" + encode("state", state), FORM);
    }

    /** The second step of a launch without a state cookie, as the tool's page sends it. */
    public ToolAnswer confirm(String launch, String state) {
        return send("POST", "/lti/launch/confirm", encode("launch", launch) + "&" + encode("state", state), FORM);
    }

    /** The session a completed launch hands over: its one-time code exchanged, as the tool's page does it. */
    public Optional<String> sessionToken(ToolAnswer launch) {
        return launch.launchCode().map(this::exchange).filter(answer -> answer.status() == 200)
                .map(answer -> answer.json().path("token").asText());
    }

    /** {@code POST /api/session/exchange} with a launch's one-time code. */
    public ToolAnswer exchange(String code) {
        return send("POST", "/api/session/exchange", "{\"code\":\"" + code.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}", "application/json");
    }

    /** {@code GET /api/session} with the session token. */
    public ToolAnswer session(String token) {
        return get("/api/session", "Authorization", "Bearer " + token);
    }

    /** A GET with extra headers, given as name, value, name, value, ... */
    public ToolAnswer get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    private static String encode(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private ToolAnswer send(String method, String path, String body, String contentType, String... headers) {
        URI uri = tool.resolve(path);
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            connection.setReadTimeout(READ_TIMEOUT_MILLIS);
            for (int i = 0; i + 1 < headers.length; i += 2) {
                connection.setRequestProperty(headers[i], headers[i + 1]);
            }
            for (Map.Entry<String, List<String>> cookie : cookies.get(uri, Map.of()).entrySet()) {
                if (!cookie.getValue().isEmpty()) {
                    connection.setRequestProperty(cookie.getKey(), String.join("; ", cookie.getValue()));
                }
            }
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", contentType);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            Map<String, List<String>> received = connection.getHeaderFields();
            cookies.put(uri, received);
            Map<String, List<String>> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            received.forEach((name, values) -> {
                if (name != null) {
                    responseHeaders.put(name, values);
                }
            });
            return new ToolAnswer(status, responseHeaders, body(connection, status));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri.getPath() + " failed", e);
        }
    }

    /** The whole body, read to the end so that the connection can be kept alive for the next request. */
    private static String body(HttpURLConnection connection, int status) throws IOException {
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            if (in == null) {
                return "";
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
