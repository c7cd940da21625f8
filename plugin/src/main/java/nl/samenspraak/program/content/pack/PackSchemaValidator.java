package nl.samenspraak.program.content.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Checks a pack against {@code content-pack.schema.json}, the same file that documents the format. */
final class PackSchemaValidator {

    static final String SCHEMA_RESOURCE = "samenspraak/packs/content-pack.schema.json";

    private final JsonSchema schema;
    private final SchemaMessageTranslator translator;

    PackSchemaValidator(JsonNode schemaDocument) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.LEGACY).build();
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaDocument, config);
        this.translator = new SchemaMessageTranslator(schemaDocument);
    }

    /** The schema as packaged with the plugin; a missing schema is a broken build, hence unchecked. */
    static PackSchemaValidator fromClassPath(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The content-pack schema " + SCHEMA_RESOURCE + " is not on the class path");
            }
            return new PackSchemaValidator(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content-pack schema " + SCHEMA_RESOURCE, e);
        }
    }

    List<PackProblem> validate(String file, JsonNode pack) {
        return translator.translate(file, schema.validate(pack));
    }
}
