package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.Map;

/** The admin API of the server under test, with or without an admin token. */
final class AdminClient {

    /** The administrator password of the test servers (src/it/server-env). */
    static final String PASSWORD = "it-admin-password";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ToolClient tool = new ToolClient();

    ToolClient tool() {
        return tool;
    }

    /** Signs in with the right password and returns the admin token. */
    String signIn() {
        ToolClient.Answer signedIn = signIn(PASSWORD);
        assertEquals(200, signedIn.status(), signedIn.body());
        return signedIn.json().path("token").asText();
    }

    ToolClient.Answer signIn(String password, String... headers) {
        return call("POST", "/api/admin/session", null, Map.of("password", password), headers);
    }

    /**
     * One request: {@code body} is sent as JSON (a String as it is, anything else serialised), {@code token}
     * as {@code Authorization: Bearer} when not null, and the headers as name-value pairs.
     */
    ToolClient.Answer call(String method, String path, String token, Object body, String... headers) {
        HttpRequest.Builder request = tool.request(path).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json(body)));
        }
        return tool.send(request.build());
    }

    private static String json(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
