package nl.samenspraak.program.content;

import java.util.Objects;

/** A point to pay attention to in a peer-coaching conversation ("Zorg dat je ..."). */
public record ChecklistItem(String id, LocalizedText text) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
