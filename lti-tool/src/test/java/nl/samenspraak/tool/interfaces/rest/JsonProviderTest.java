package nl.samenspraak.tool.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.samenspraak.tool.infrastructure.web.RequestSizeFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests are read strictly: a value of the wrong JSON type is refused, not converted. */
class JsonProviderTest {

    record Body(String text, Integer value, List<String> ids) {
    }

    private final ObjectMapper mapper = new JsonProvider().locateMapper(Body.class, MediaType.APPLICATION_JSON_TYPE);

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": 5}", "{\"text\": 2.5}", "{\"text\": true}", "{\"ids\": [5]}",
        "{\"value\": \"3\"}", "{\"value\": 2.5}", "{\"value\": true}", "{\"text\": {}}", "{\"unknown\": 1}"})
    void aValueOfTheWrongTypeOrAnUnknownFieldIsRefused(String json) {
        assertThrows(JsonMappingException.class, () -> mapper.readValue(json, Body.class));
    }

    /** A body longer than the cap, sent without a true Content-Length, is stopped while it is read: 413. */
    @Test
    void aDocumentLongerThanTheCapIsRefusedAsTooLarge() {
        // Jackson counts whole read buffers (8 KB), so the cap bites at most one buffer late.
        String json = "{\"text\": \"" + "a".repeat(RequestSizeFilter.MAX_JSON_BYTES + 16 * 1024) + "\"}";

        JsonProcessingException refused = assertThrows(JsonProcessingException.class,
                () -> mapper.readValue(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Body.class));

        assertEquals(413, new JsonBodyErrorMapper().problem(refused, "/api/x").status());
    }

    @Test
    void aDocumentWithinTheCapIsRead() throws Exception {
        String text = "a".repeat(RequestSizeFilter.MAX_JSON_BYTES - 20);
        String json = "{\"text\": \"" + text + "\"}";

        assertEquals(text, mapper.readValue(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                Body.class).text());
    }

    @Test
    void valuesOfTheirOwnTypeAreRead() throws Exception {
        assertEquals(new Body("5", 3, List.of("a")), mapper.readValue("{\"text\": \"5\", \"value\": 3, \"ids\": [\"a\"]}",
                Body.class));
    }
}
