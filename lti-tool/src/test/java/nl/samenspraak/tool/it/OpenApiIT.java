package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiIT {

    private final ToolClient tool = new ToolClient();

    @Test
    void describesTheJsonApiAndNotTheLtiProtocol() {
        JsonNode document = openapi();
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);

        assertTrue(paths.contains("/api/assignments/{assignmentId}"), paths.toString());
        assertTrue(paths.contains("/api/assignments/{assignmentId}/watched"), paths.toString());
        assertTrue(paths.contains("/api/progress"), paths.toString());
        assertTrue(paths.stream().allMatch(path -> path.startsWith("/api/")),
                "only the JSON API is described: " + paths);
    }

    @Test
    void viewsBuiltAsJsonTreesAreDescribedAsObjects() {
        // An array schema without items fails the document's validation, which logs an error at every start.
        JsonNode tree = openapi().path("components").path("schemas").path("JsonNode");

        assertEquals("object", tree.path("type").asText(), tree.toString());
    }

    @Test
    void everyOperationHasASummary() {
        List<String> without = new ArrayList<>();
        openapi().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getValue().isObject() && op.getValue().path("summary").asText().isBlank()) {
                without.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }));

        assertTrue(without.isEmpty(), "operations without a summary: " + without);
    }

    private JsonNode openapi() {
        ToolClient.Answer answer = tool.get("/openapi", "Accept", "application/json");
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }
}
