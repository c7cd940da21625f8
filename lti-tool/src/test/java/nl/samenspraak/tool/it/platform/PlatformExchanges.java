package nl.samenspraak.tool.it.platform;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading requests and writing answers for the emulated platform's services. */
final class PlatformExchanges {

    private PlatformExchanges() {
    }

    static String read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A form body or query string as names and values; empty for none. */
    static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /** The bearer token of the request, or an empty string without one. */
    static String bearer(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7) : "";
    }

    static void json(HttpExchange exchange, int status, Map<String, ?> body, String type) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) body;
        send(exchange, status, JSONObjectUtils.toJSONString(object), type);
    }

    static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Notes what the tool sent wrong and answers with it as JSON. */
    static void fail(HttpExchange exchange, List<String> problems, int status, String problem) throws IOException {
        problems.add(problem);
        send(exchange, status, "{\"error\":\"" + problem.replace("\"", "'") + "\"}", "application/json");
    }

    /** Answers with nothing but the status, as for an unknown address or a missing token. */
    static void status(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
