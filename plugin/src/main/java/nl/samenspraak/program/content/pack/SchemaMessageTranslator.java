package nl.samenspraak.program.content.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Turns the validator's messages into problems a pack author understands: the path points at the field
 * itself (also for a missing or unknown field), and the message says what to write instead of naming
 * JSON Schema keywords.
 */
final class SchemaMessageTranslator {

    static final String ID_RULE =
            "use 2 to 63 characters: lowercase letters a-z, digits and hyphens, starting with a letter or digit";

    private final JsonNode schemaDocument;

    /** @param schemaDocument the schema itself, to list the fields that are allowed where an unknown one is found */
    SchemaMessageTranslator(JsonNode schemaDocument) {
        this.schemaDocument = schemaDocument;
    }

    List<PackProblem> translate(String file, Collection<ValidationMessage> messages) {
        // The schema uses anyOf/oneOf only to say "give this field or that one"; the validator reports
        // that as one "required" error per alternative, which is merged here into one problem.
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        for (ValidationMessage message : messages) {
            combinator(message).ifPresent(key -> alternatives.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(message.getProperty()));
        }
        List<PackProblem> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (ValidationMessage message : messages) {
            Optional<String> key = combinator(message);
            if ("anyOf".equals(message.getType())) {
                continue; // the errors of its alternatives are merged into one problem instead
            }
            if (key.isEmpty()) {
                problems.add(translate(file, message));
            } else if (key.get().contains(".anyOf[") && reported.add(key.get())) {
                problems.add(new PackProblem(file, location(message),
                        "Give at least one of " + quoted(alternatives.get(key.get()), "or") + "."));
            }
        }
        return problems;
    }

    /**
     * For an error inside an alternative of anyOf or oneOf: the location plus the combinator's evaluation
     * path, which is the same for all alternatives. The oneOf error itself carries its own message.
     */
    private static Optional<String> combinator(ValidationMessage message) {
        String evaluation = message.getEvaluationPath().toString();
        for (String keyword : List.of(".anyOf[", ".oneOf[")) {
            int at = evaluation.indexOf(keyword);
            if (at >= 0) {
                return Optional.of(location(message) + " " + evaluation.substring(0, at + keyword.length()));
            }
        }
        return Optional.empty();
    }

    private PackProblem translate(String file, ValidationMessage message) {
        String at = location(message);
        Object[] arguments = message.getArguments();
        JsonNode schemaNode = message.getSchemaNode();
        String definition = definition(message);
        return switch (message.getType()) {
            case "required" -> new PackProblem(file, JsonPaths.field(at, message.getProperty()),
                    "The field '" + message.getProperty() + "' is missing; it is required here.");
            case "additionalProperties" -> new PackProblem(file, JsonPaths.field(at, message.getProperty()),
                    "Unknown field '" + message.getProperty() + "'; check the spelling. Allowed here: "
                            + String.join(", ", allowedFields(message)) + ".");
            case "false" -> new PackProblem(file, at, "The field '" + arguments[0] + "' is not allowed here.");
            case "type" -> new PackProblem(file, at, "text".equals(definition)
                    ? "A text is written as {\"nl\": \"...\", \"en\": \"...\"}; found " + describe(arguments[0]) + "."
                    : "Expected " + describe(arguments[1]) + " here; found " + describe(arguments[0]) + ".");
            case "const" -> new PackProblem(file, at, "Must be " + schemaNode + "; found " + message.getInstanceNode() + ".");
            case "enum" -> new PackProblem(file, at, "Must be one of " + quoted(values(schemaNode), "or")
                    + "; found " + message.getInstanceNode() + ".");
            case "pattern" -> new PackProblem(file, at, patternMessage(definition, message.getInstanceNode().asText()));
            case "propertyNames" -> new PackProblem(file, JsonPaths.field(at, String.valueOf(arguments[0])),
                    "'" + arguments[0] + "' is not a valid question id: " + ID_RULE + ".");
            case "minimum" -> new PackProblem(file, at, "Must be at least " + arguments[0] + ".");
            case "maximum" -> new PackProblem(file, at, "Must be at most " + arguments[0] + ".");
            case "exclusiveMinimum" -> new PackProblem(file, at, "Must be more than " + arguments[0] + ".");
            case "exclusiveMaximum" -> new PackProblem(file, at, "Must be less than " + arguments[0] + ".");
            case "minItems" -> new PackProblem(file, at,
                    "Needs at least " + arguments[0] + " entries; found " + arguments[1] + ".");
            case "oneOf" -> new PackProblem(file, at, "0".equals(String.valueOf(arguments[0]))
                    ? "Give one of " + quoted(requiredAlternatives(schemaNode), "or") + "."
                    : "Give only one of " + quoted(requiredAlternatives(schemaNode), "or") + ", not both.");
            default -> new PackProblem(file, at, withoutLocation(message));
        };
    }

    private static String patternMessage(String definition, String value) {
        return switch (definition) {
            case "slug" -> "'" + value + "' is not a valid id: " + ID_RULE + ".";
            case "httpsUrl" -> "'" + value + "' is not a web address starting with https://.";
            default -> "Must not be empty.";
        };
    }

    /** The name under {@code $defs} of the schema the failing keyword is in, or "" when not in one. */
    private static String definition(ValidationMessage message) {
        JsonNodePath fragment = message.getSchemaLocation().getFragment();
        if (fragment.getNameCount() >= 2 && "$defs".equals(fragment.getElement(0))) {
            return String.valueOf(fragment.getElement(1));
        }
        return "";
    }

    /** The properties the object schema that rejected an unknown field does define. */
    private List<String> allowedFields(ValidationMessage message) {
        JsonNodePath fragment = message.getSchemaLocation().getFragment();
        JsonNode objectSchema = schemaDocument;
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            objectSchema = element instanceof Integer index ? objectSchema.path(index) : objectSchema.path(element.toString());
        }
        List<String> fields = new ArrayList<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    private static List<String> requiredAlternatives(JsonNode oneOf) {
        return StreamSupport.stream(oneOf.spliterator(), false)
                .flatMap(alternative -> values(alternative.path("required")).stream())
                .toList();
    }

    private static List<String> values(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String quoted(List<String> words, String conjunction) {
        List<String> quoted = words.stream().map(word -> "'" + word + "'").toList();
        if (quoted.size() < 2) {
            return String.join("", quoted);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " " + conjunction + " " + quoted.get(quoted.size() - 1);
    }

    private static String describe(Object jsonType) {
        return switch (String.valueOf(jsonType)) {
            case "string" -> "a text in quotes";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "object" -> "an object { ... }";
            case "array" -> "a list [ ... ]";
            case "null" -> "null";
            default -> String.valueOf(jsonType);
        };
    }

    private static String withoutLocation(ValidationMessage message) {
        String text = message.getMessage();
        String prefix = message.getInstanceLocation() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private static String location(ValidationMessage message) {
        JsonNodePath path = message.getInstanceLocation();
        String rendered = JsonPaths.ROOT;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            rendered = element instanceof Integer index
                    ? JsonPaths.index(rendered, index)
                    : JsonPaths.field(rendered, element.toString());
        }
        return rendered;
    }
}
