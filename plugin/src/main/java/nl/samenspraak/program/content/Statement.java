package nl.samenspraak.program.content;

import java.util.Objects;

/** A quickscan statement the teacher rates on the scale; its id is unique within its sector. */
public record Statement(String id, LocalizedText text) {

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
