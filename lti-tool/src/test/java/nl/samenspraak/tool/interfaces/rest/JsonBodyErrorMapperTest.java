package nl.samenspraak.tool.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A body that is not the JSON asked for: malformed JSON is said to be so, a wrong field is named. */
class JsonBodyErrorMapperTest {

    record Body(String text, Integer value) {
    }

    private final ObjectMapper json = new JsonProvider().locateMapper(Body.class, MediaType.APPLICATION_JSON_TYPE);
    private final JsonBodyErrorMapper mapper = new JsonBodyErrorMapper();

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": \"half", "{\"text\": \"heel\"", "{text: \"x\"}", "geen JSON", "{\"value\": 3,}"})
    void malformedJsonIsSaidToBeSoWithoutNamingAField(String body) {
        Problem problem = problem(body);

        assertEquals(400, problem.status());
        assertTrue(problem.detail().startsWith("The body is not valid JSON (line 1, column "), problem.detail());
        assertNull(problem.errors());
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        Problem problem = problem("{\"value\": \"drie\"}");

        assertEquals(List.of(new Problem.FieldError("value", "has the wrong type")), problem.errors());
    }

    @Test
    void anUnknownFieldIsNamed() {
        Problem problem = problem("{\"txt\": \"x\"}");

        assertEquals(List.of(new Problem.FieldError("txt", "is not a field of this request")), problem.errors());
    }

    private Problem problem(String body) {
        JsonProcessingException refused = assertThrows(JsonProcessingException.class, () -> json.readValue(body, Body.class));
        return mapper.problem(refused, "/api/assignments/a/answers/q");
    }
}
