package nl.samenspraak.program.content;

import java.util.Objects;

/** A WebVTT caption file for a video, one per language. */
public record Caption(Language language, LocalizedText label, MediaLink link) {

    public Caption {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(link, "link");
    }
}
