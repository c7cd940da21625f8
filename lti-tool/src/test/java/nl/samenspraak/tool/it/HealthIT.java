package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class HealthIT {

    private final ToolClient tool = new ToolClient();

    @Test
    void readyWhenTheDatabaseAnswers() {
        ToolClient.Answer ready = tool.get("/health/ready");

        assertEquals(200, ready.status(), ready.body());
        assertEquals("UP", ready.json().path("status").asText());
        JsonNode database = findCheck(ready.json(), "database");
        assertEquals("UP", database.path("status").asText());
        assertEquals(ToolClient.database(), database.path("data").path("kind").asText());
    }

    @Test
    void readyOnlyOnceTheProgramIsLoaded() {
        JsonNode program = findCheck(tool.get("/health/ready").json(), "program");

        assertEquals("UP", program.path("status").asText());
        assertTrue(program.path("data").path("assignments").asInt() >= 8, program.toString());
    }

    private static JsonNode findCheck(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (check.path("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no health check named " + name + " in " + health);
    }
}
