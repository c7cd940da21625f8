package nl.samenspraak.program.content;

import java.util.Objects;

/** A mark an observer can give a behaviour, such as "seen" or "not yet". */
public record ObservationMark(String id, LocalizedText label) {

    public ObservationMark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
