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
    private static final String SESSION_FRAGMENT = "session=";

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
     * The session token of a completed launch: the 303 to {@code /app/#session=<token>}, or to a page under it
     * (a deep-linking launch opens {@code /app/deep-linking/<id>}).
     */
    public Optional<String> sessionToken() {
        return location().filter(location -> status == 303 && location.getPath().startsWith("/app/"))
                .map(URI::getRawFragment)
                .filter(fragment -> fragment != null && fragment.startsWith(SESSION_FRAGMENT))
                .map(fragment -> fragment.substring(SESSION_FRAGMENT.length()));
    }

    /** Whether the answer hands out a session in any way: a Location with {@code #session}, or a token in the body. */
    public boolean grantsSession() {
        return header("Location").filter(location -> location.contains("#session")).isPresent()
                || body.contains("#session=");
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
        return "HTTP " + status + header("Location").map(location -> " -> " + location.replaceAll("#session=.*",
                "#session=…")).orElse("") + " " + body.substring(0, Math.min(body.length(), 300));
    }
}
