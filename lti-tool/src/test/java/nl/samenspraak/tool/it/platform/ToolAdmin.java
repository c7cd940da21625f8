package nl.samenspraak.tool.it.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tool's admin API as an administrator uses it to register platforms and look at their use. */
public final class ToolAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI tool;
    private final HttpClient http;
    private final String token;

    private ToolAdmin(URI tool, HttpClient http, String token) {
        this.tool = tool;
        this.http = http;
        this.token = token;
    }

    /** Signs in with the administrator's password. */
    public static ToolAdmin signIn(URI tool, String password) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode signedIn = send(http, HttpRequest.newBuilder(tool.resolve("/api/admin/session"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(body(Map.of("password", password))).build(), 200);
        return new ToolAdmin(tool, http, signedIn.path("token").asText());
    }

    /** The admin token; a test shows that it opens no session. */
    public String token() {
        return token;
    }

    /** Registers the platform with its own client_id and deployment; returns the registration's id. */
    public long register(EmulatedPlatform platform) {
        return register(platform, platform.clientId());
    }

    /** Registers the platform under another client_id, as an LMS with one issuer for many schools does. */
    public long register(EmulatedPlatform platform, String clientId) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("issuer", platform.issuer());
        form.put("clientId", clientId);
        form.put("name", "Emulator " + platform.issuer());
        form.put("authorizationUrl", platform.authorizationUrl().toString());
        form.put("tokenUrl", platform.tokenUrl().toString());
        form.put("jwksUrl", platform.jwksUrl().toString());
        form.put("deploymentIds", platform.deploymentIds());
        return send(http, authorized("/api/admin/registrations").header("Content-Type", "application/json")
                .POST(body(form)).build(), 201).path("id").asLong();
    }

    public JsonNode registration(long id) {
        return send(http, authorized("/api/admin/registrations/" + id).GET().build(), 200);
    }

    /** Users, courses, links and the last launch of a registration. */
    public JsonNode usage(long id) {
        return registration(id).path("usage");
    }

    /** The teachers with work and the courses of one deployment. */
    public JsonNode deploymentUsage(long id, String deploymentId) {
        return send(http, authorized("/api/admin/registrations/" + id + "/deployments/"
                + URLEncoder.encode(deploymentId, StandardCharsets.UTF_8).replace("+", "%20") + "/usage").GET().build(), 200);
    }

    public void setEnabled(long id, boolean enabled) {
        send(http, authorized("/api/admin/registrations/" + id + "/enabled").header("Content-Type", "application/json")
                .PUT(body(Map.of("enabled", enabled))).build(), 200);
    }

    /** The tool's keys with their status. */
    public List<JsonNode> keys() {
        List<JsonNode> keys = new java.util.ArrayList<>();
        send(http, authorized("/api/admin/keys").GET().build(), 200).forEach(keys::add);
        return keys;
    }

    /** Makes the next key current; returns the keys as they are afterwards. */
    public List<JsonNode> rotateKeys() {
        List<JsonNode> keys = new java.util.ArrayList<>();
        send(http, authorized("/api/admin/keys/rotate").POST(HttpRequest.BodyPublishers.noBody()).build(), 200)
                .forEach(keys::add);
        return keys;
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(tool.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static HttpRequest.BodyPublisher body(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode send(HttpClient http, HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Never the token. */
    @Override
    public String toString() {
        return "ToolAdmin[" + tool + "]";
    }
}
