package nl.samenspraak.tool.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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

    @Test
    void valuesOfTheirOwnTypeAreRead() throws Exception {
        assertEquals(new Body("5", 3, List.of("a")), mapper.readValue("{\"text\": \"5\", \"value\": 3, \"ids\": [\"a\"]}",
                Body.class));
    }
}
