package nl.samenspraak.program.content.pack;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A node of a pack's JSON tree together with its JSON path, so every check can say where it found a problem. */
record PackNode(JsonNode json, String path) {

    PackNode {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(path, "path");
    }

    static PackNode root(JsonNode json) {
        return new PackNode(json, JsonPaths.ROOT);
    }

    /** The named field; a missing node (not null) when absent, so walks over optional parts stay simple. */
    PackNode get(String name) {
        return new PackNode(json.path(name), JsonPaths.field(path, name));
    }

    boolean has(String name) {
        return json.has(name);
    }

    String text(String name) {
        return json.path(name).asText();
    }

    /** The elements of an array; none when this is no array. */
    List<PackNode> items() {
        List<PackNode> items = new ArrayList<>();
        for (int i = 0; i < json.size() && json.isArray(); i++) {
            items.add(new PackNode(json.get(i), JsonPaths.index(path, i)));
        }
        return items;
    }

    /** The fields of an object by name, in the order of the file; none when this is no object. */
    Map<String, PackNode> fields() {
        Map<String, PackNode> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            fields.put(field.getKey(), new PackNode(field.getValue(), JsonPaths.field(path, field.getKey())));
        }
        return Collections.unmodifiableMap(fields);
    }
}
