package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The embedded test server logs JSON lines on its console (WLP_LOGGING_CONSOLE_FORMAT=json in its environment,
 * as the container image does): a refused login's correlation id is a field of its own there.
 */
class JsonLogIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE_ON_THE_PAGE = Pattern.compile("<code>([0-9a-f]{12})</code>");

    private final ToolClient tool = new ToolClient();
    private final String consoleLog = System.getProperty("samenspraak.it.consoleLog");

    @Test
    void aRefusedLoginsCorrelationIdIsAFieldOfItsLogLine() throws IOException {
        assumeTrue("embedded".equals(ToolClient.database()) && consoleLog != null, "only the embedded server logs JSON");

        ToolClient.Answer refused = tool.get("/lti/login?iss=" + encoded("https://onbekend.example")
                + "&client_id=vreemd&login_hint=iemand&target_link_uri=" + encoded(tool.baseUrl() + "/lti/launch"));
        Matcher code = CODE_ON_THE_PAGE.matcher(refused.body());
        assertEquals(400, refused.status());
        assertTrue(code.find(), refused.body());
        String correlationId = code.group(1);

        JsonNode line = awaitLineWith(correlationId, Duration.ofSeconds(30));

        assertEquals("WARNING", line.path("loglevel").asText(), line.toString());
        assertTrue(line.path("message").asText().contains("login.UNKNOWN_PLATFORM"), line.toString());
        assertEquals("samenspraak", line.path("ext_appName").asText(), line.toString());
    }

    /** Polls the console log until a JSON line's ext_correlationId is the id, or the deadline passes. */
    private JsonNode awaitLineWith(String correlationId, Duration patience) throws IOException {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            Optional<JsonNode> line = Files.readAllLines(Path.of(consoleLog)).stream()
                    .filter(text -> text.startsWith("{"))
                    .map(JsonLogIT::parse)
                    .filter(json -> correlationId.equals(json.path("ext_correlationId").asText()))
                    .findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no JSON line with \"ext_correlationId\":\"" + correlationId + "\" in "
                        + consoleLog + " within " + patience);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
