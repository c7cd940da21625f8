package nl.samenspraak.tool.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks HTTP to the server under test, whose address failsafe passes as {@code samenspraak.it.baseUrl}. */
final class ToolClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // as browsers speak to the tool; no h2c upgrade
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    /** The server under test. */
    ToolClient() {
        this(System.getProperty("samenspraak.it.baseUrl", "http://127.0.0.1:9080"));
    }

    /** Another server a test started itself. */
    ToolClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response with its body read as JSON (or null when the body is empty or not JSON). */
    record Answer(int status, String contentType, String body, JsonNode json, HttpHeaders headers) {

        /** The Location header, or null. */
        String location() {
            return headers.firstValue("Location").orElse(null);
        }
    }

    Answer get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A POST with this body; headers as name, value pairs. */
    Answer post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A request to a path of the server under test, for {@link #send(HttpRequest)}. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20));
    }

    String baseUrl() {
        return baseUrl;
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
            return new Answer(response.statusCode(), type, response.body(), json, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String database() {
        return System.getProperty("samenspraak.it.database", "embedded");
    }
}
