package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** What every refused request to the work API must show, and that it changed nothing of the work saved before. */
final class WorkRefusals {

    private WorkRefusals() {
    }

    /**
     * A refusal as problem+json: the status, a detail for the reader and exactly these fields named, in this
     * order (none for a refusal that is not about a field).
     */
    static JsonNode assertProblem(ToolClient.Answer answer, int status, String... fields) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType() + " " + answer.body());
        JsonNode problem = answer.json();
        assertEquals(status, problem.path("status").asInt(), answer.body());
        assertFalse(problem.path("detail").asText().isBlank(), answer.body());
        List<String> named = new ArrayList<>();
        problem.path("errors").forEach(error -> named.add(error.path("field").asText()));
        assertEquals(List.of(fields), named, answer.body());
        return problem;
    }

    /**
     * The request refused as {@link #assertProblem}, and the owner's assignment (answers, watching,
     * quickscan, actions, progress) the same afterwards as before.
     */
    static JsonNode assertRefused(WorkClient owner, String assignmentId, Supplier<ToolClient.Answer> request,
                                  int status, String... fields) {
        JsonNode before = owner.assignment(assignmentId);
        ToolClient.Answer answer = request.get();
        JsonNode problem = assertProblem(answer, status, fields);
        assertEquals(before, owner.assignment(assignmentId), "the refused request changed the work: " + answer.body());
        return problem;
    }
}
