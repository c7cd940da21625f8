package nl.samenspraak.program.content;

import java.util.List;
import java.util.Objects;

/** A phase of the observed conversation (for example the opening) with the behaviours to look for in it. */
public record ObservationPhase(String id, LocalizedText title, List<ObservableBehaviour> behaviours) {

    public ObservationPhase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        behaviours = List.copyOf(behaviours);
    }
}
