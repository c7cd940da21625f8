package nl.samenspraak.tool.it.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One response of the tool, with readers for what a login or launch answers.
 *
 * @param headers the response headers, their names in any case
 */
public record ToolAnswer(int status, Map<String, List<String>> headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE_FRAGMENT = "code=";

    public Optional<String> header(String name) {
        return headers.getOrDefault(name, List.of()).stream().findFirst();
    }

    public List<String> setCookies() {
        return headers.getOrDefault("Set-Cookie", List.of());
    }

    public Optional<URI> location() {
        return header("Location").map(URI::create);
    }

    /**
     * The one-time code of a completed launch: the 303 to {@code /app/#code=<code>}, or to a page under it (a
     * deep-linking launch opens {@code /app/deep-linking/<id>}), which the page exchanges for the session token
     * ({@link HttpBrowser#sessionToken}).
     */
    public Optional<String> launchCode() {
        return location().filter(location -> status == 303 && location.getPath().startsWith("/app/"))
                .map(URI::getRawFragment)
                .filter(fragment -> fragment != null && fragment.startsWith(CODE_FRAGMENT))
                .map(fragment -> fragment.substring(CODE_FRAGMENT.length()));
    }

    /**
     * The session of a completed launch, its one-time code exchanged at the tool that the Location names, as
     * the page does it; for tests that hold the launch's answer but not the browser that got it.
     */
    public Optional<String> sessionToken() {
        return location().filter(location -> launchCode().isPresent())
                .flatMap(location -> HttpBrowser.withCookies(location.resolve("/")).sessionToken(this));
    }

    /** Whether the answer hands out a session in any way: a Location with a code or token, or one in the body. */
    public boolean grantsSession() {
        return header("Location").filter(location -> location.contains("#code") || location.contains("#session"))
                .isPresent() || body.contains("#code=") || body.contains("#session=");
    }

    public ErrorPage errorPage() {
        return ErrorPage.parse(body);
    }

    /** The JSON in the page's {@code <script type="application/json" id="...">} element. */
    public JsonNode scriptData(String id) {
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"" + Pattern.quote(id) + "\">(.*?)</script>",
                Pattern.DOTALL).matcher(body);
        if (!data.find()) {
            throw new IllegalStateException("No " + id + " in the page (HTTP " + status + "): " + body);
        }
        return parse(data.group(1));
    }

    public JsonNode json() {
        return parse(body);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Status, location and the start of the body; never the whole token. */
    @Override
    public String toString() {
        return "HTTP " + status + header("Location").map(location -> " -> " + location.replaceAll("#(code|session)=.*",
                "#$1=…")).orElse("") + " " + body.substring(0, Math.min(body.length(), 300));
    }
}
