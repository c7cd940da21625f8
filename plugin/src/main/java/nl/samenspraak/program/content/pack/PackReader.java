package nl.samenspraak.program.content.pack;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspraak.program.content.ContentPack;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one pack file through the checks in order: JSON syntax, the schema, then the semantic rules.
 * Each step only runs on what the previous one accepted, so authors get the root cause first instead of
 * follow-up errors. Rules that need other packs are the {@link CatalogAssembler}'s.
 */
public final class PackReader {

    private final PackJsonParser parser;
    private final PackSchemaValidator schema;
    private final PackRules rules;

    PackReader(PackJsonParser parser, PackSchemaValidator schema, PackRules rules) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** A reader that validates against the schema packaged on this class loader's class path. */
    public static PackReader create(ClassLoader classLoader) {
        return new PackReader(new PackJsonParser(), PackSchemaValidator.fromClassPath(classLoader), PackRules.all());
    }

    public Checked<LoadedPack> read(PackSource source) {
        Optional<PackFile> file = source.files().find(source.fileName());
        if (file.isEmpty()) {
            return Checked.failed(new PackProblem(source.name(), JsonPaths.ROOT, "The pack file was not found."));
        }
        byte[] content;
        try (InputStream in = file.get().open()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            return Checked.failed(new PackProblem(source.name(), JsonPaths.ROOT,
                    "The pack file could not be read: " + e.getMessage()));
        }
        Checked<JsonNode> json = parser.parse(source.name(), content);
        if (json.value().isEmpty()) {
            return Checked.failed(json.problems());
        }
        JsonNode tree = json.value().get();
        List<PackProblem> problems = schema.validate(source.name(), tree);
        List<PackProblem> warnings = List.of();
        if (problems.isEmpty()) {
            Findings findings = rules.check(source.name(), PackNode.root(tree), source.files());
            problems = findings.problems();
            warnings = findings.warnings();
        }
        if (!problems.isEmpty()) {
            return Checked.failed(problems);
        }
        ContentPack pack = PackMapper.map(tree);
        return Checked.ok(new LoadedPack(pack, source.name(), source.files(), warnings));
    }
}
