package nl.samenspraak.program.progress;

import java.util.Objects;
import java.util.Optional;

/** The mark an observer gave one behaviour, with an optional example of what they saw. */
public record BehaviourMark(String markId, Optional<String> example) {

    public BehaviourMark {
        Objects.requireNonNull(markId, "markId");
        Objects.requireNonNull(example, "example");
    }

    public static BehaviourMark of(String markId) {
        return new BehaviourMark(markId, Optional.empty());
    }
}
