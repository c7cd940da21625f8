package nl.samenspraak.program.content.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * Reads a pack file as JSON. Duplicate keys and text after the closing brace are errors: in an edited
 * file they are almost always a mistake that would otherwise silently drop content.
 */
final class PackJsonParser {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    Checked<JsonNode> parse(String file, byte[] content) {
        try {
            JsonNode root = mapper.readTree(content);
            if (root == null || root.isMissingNode()) {
                return Checked.failed(new PackProblem(file, JsonPaths.ROOT, "The file is empty."));
            }
            return Checked.ok(root);
        } catch (JsonProcessingException e) {
            return Checked.failed(new PackProblem(file, JsonPaths.ROOT, syntaxMessage(e)));
        } catch (IOException e) {
            return Checked.failed(new PackProblem(file, JsonPaths.ROOT, "The file could not be read: " + e.getMessage()));
        }
    }

    private static String syntaxMessage(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return "The file is not valid JSON" + where + ": " + e.getOriginalMessage()
                + ". Look for a missing comma, quote or bracket just before this point.";
    }
}
