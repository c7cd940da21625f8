package nl.samenspraak.program.content;

import java.util.Objects;

/** A document linked from a reading assignment. */
public record ReadingDocument(LocalizedText title, MediaLink link) {

    public ReadingDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
    }
}
