package nl.samenspraak.program.content;

import java.util.List;
import java.util.Objects;

/** A part of the quickscan (for example primary or secondary education) with its themes. */
public record Sector(String id, LocalizedText title, List<Theme> themes) {

    public Sector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        themes = List.copyOf(themes);
    }
}
