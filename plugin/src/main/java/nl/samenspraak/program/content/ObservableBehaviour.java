package nl.samenspraak.program.content;

import java.util.Objects;

/** A behaviour an observer looks for; its id is unique within the observation form. */
public record ObservableBehaviour(String id, LocalizedText text) {

    public ObservableBehaviour {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
