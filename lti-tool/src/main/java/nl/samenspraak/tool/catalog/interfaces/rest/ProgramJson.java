package nl.samenspraak.tool.catalog.interfaces.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.samenspraak.program.content.Language;

/** Renders the program's records as JSON trees in one language. */
@Singleton
public class ProgramJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .registerModule(new ProgramJsonModule())
            .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);

    public JsonNode toTree(Object value, Language language) {
        ObjectWriter writer = mapper.writer().withAttribute(ProgramJsonModule.LANGUAGE, language);
        try (TokenBuffer buffer = new TokenBuffer(mapper, false)) {
            writer.writeValue(buffer, value);
            return mapper.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
