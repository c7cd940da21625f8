package nl.samenspraak.tool.lti.registration.dynamic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Reading the JSON documents platforms send: lenient about form (a number for a string), strict about content. */
final class JsonFields {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFields() {
    }

    /** The document as an object; empty when it is not JSON or not an object. */
    static Optional<JsonNode> object(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** A string (or number) member, stripped; empty when absent or blank. */
    static Optional<String> text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !(value.isTextual() || value.isNumber()) || value.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    /** The strings of an array member; empty when the member is not an array. */
    static Optional<List<String>> strings(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isArray()) {
            return Optional.empty();
        }
        List<String> strings = new ArrayList<>();
        value.forEach(item -> {
            if (item.isTextual() && !item.asText().isBlank()) {
                strings.add(item.asText().strip());
            }
        });
        return Optional.of(strings);
    }

    /**
     * The object member with this name, also when the platform wrote the name with spaces around it: the
     * specification's own example, and Moodle copying it, once had a space after the platform
     * configuration's name.
     */
    static Optional<JsonNode> member(JsonNode object, String field) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.strip().equals(field) && object.get(name).isObject()) {
                return Optional.of(object.get(name));
            }
        }
        return Optional.empty();
    }
}
