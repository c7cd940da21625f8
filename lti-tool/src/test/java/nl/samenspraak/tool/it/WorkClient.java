package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work API as one launched user calls it: every request carries the session token of their launch as
 * {@code Authorization: Bearer}, JSON bodies as {@code application/json}.
 */
final class WorkClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ToolClient tool;
    private final String authorization;

    private WorkClient(ToolClient tool, String authorization) {
        this.tool = tool;
        this.authorization = authorization;
    }

    /** A client sending this token, whatever it is. */
    static WorkClient withToken(String token) {
        return withAuthorization("Bearer " + token);
    }

    /** A client sending this Authorization header; none when null. */
    static WorkClient withAuthorization(String authorization) {
        return new WorkClient(new ToolClient(), authorization);
    }

    /** A client of another server a test started itself, sending this token. */
    static WorkClient at(URI server, String token) {
        return new WorkClient(new ToolClient(server.toString()), "Bearer " + token);
    }

    /** The tool's id of the session's course: the session token's {@code ctx} claim. */
    long courseId() {
        String token = authorization.substring("Bearer ".length());
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("ctx").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code GET /api/courses/{id}/matrix} of the session's course (a trainer's), expected to answer 200. */
    JsonNode matrix() {
        return ok(get("/api/courses/" + courseId() + "/matrix"));
    }

    /** The course member of this name in the trainer's matrix. */
    JsonNode member(String name) {
        for (JsonNode member : matrix().path("members")) {
            if (member.path("name").asText().equals(name)) {
                return member;
            }
        }
        throw new AssertionError("No learner " + name + " in the trainer's course");
    }

    /** {@code GET /api/assignments/{id}}, expected to answer 200. */
    JsonNode assignment(String assignmentId) {
        return ok(get("/api/assignments/" + assignmentId));
    }

    /**
     * Answers every question of the assignment so that it counts: an open question with a text long
     * enough, a scale with its lowest value, a choice with its first option.
     */
    void answerEveryQuestion(String assignmentId) {
        JsonNode assignment = assignment(assignmentId).path("assignment");
        List<JsonNode> questions = new ArrayList<>();
        assignment.path("questions").forEach(questions::add);
        assignment.path("reflectionQuestions").forEach(questions::add);
        assignment.path("viewingQuestions").forEach(viewing -> questions.add(viewing.path("question")));
        for (JsonNode question : questions) {
            String body = switch (question.path("kind").asText()) {
                case "open" -> json("text", "Een antwoord dat lang genoeg is. ".repeat(
                        question.path("minLength").asInt() / 20 + 1));
                case "scale" -> json("value", question.at("/scale/min").asInt());
                case "choice" -> json("optionIds", List.of(question.at("/options/0/id").asText()));
                default -> throw new AssertionError("A question of an unknown kind: " + question);
            };
            ok(answer(assignmentId, question.path("id").asText(), body));
        }
    }

    /** {@code PUT} of an answer. */
    ToolClient.Answer answer(String assignmentId, String questionId, String json) {
        return put("/api/assignments/" + assignmentId + "/answers/" + questionId, json);
    }

    ToolClient.Answer get(String path) {
        return send("GET", path, null, null);
    }

    ToolClient.Answer put(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    ToolClient.Answer post(String path, String json) {
        return send("POST", path, json == null ? null : "application/json", json);
    }

    ToolClient.Answer delete(String path) {
        return send("DELETE", path, null, null);
    }

    /**
     * Any request; a null body sends none, a null content type no Content-Type header; more headers as
     * name, value, name, value, ...
     */
    ToolClient.Answer send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = tool.request(path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return tool.send(request.build());
    }

    /** The JSON of an answer that must be 200. */
    static JsonNode ok(ToolClient.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    /** The JSON of an answer that must be 201 Created. */
    static JsonNode created(ToolClient.Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        return answer.json();
    }

    /** A JSON object of these names and values, written as a client would: {@code json("value", 3)}. */
    static String json(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Never the token. */
    @Override
    public String toString() {
        return "WorkClient[" + (authorization == null ? "anonymous" : "with a token") + "]";
    }
}
