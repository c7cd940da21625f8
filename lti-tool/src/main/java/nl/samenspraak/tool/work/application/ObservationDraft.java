package nl.samenspraak.tool.work.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.program.progress.BehaviourMark;
import nl.samenspraak.program.progress.Observation;

/**
 * An observation form as the observer filled it in so far: per behaviour of the form a mark (once chosen)
 * and an example of what they saw, one compliment and one tip. An example may come before the mark, so a
 * behaviour can have an example without a mark, which the plugin's {@link Observation} cannot hold.
 *
 * @param behaviours behaviour id to what was noted; behaviours with nothing noted are absent
 * @param compliment the compliment; empty while not written
 * @param tip        the tip; empty while not written
 */
public record ObservationDraft(Map<String, BehaviourEntry> behaviours, String compliment, String tip) {

    /** What was noted for one behaviour. */
    public record BehaviourEntry(Optional<String> markId, Optional<String> example) {

        public BehaviourEntry {
            Objects.requireNonNull(markId, "markId");
            Objects.requireNonNull(example, "example");
        }
    }

    public ObservationDraft {
        behaviours = Map.copyOf(behaviours);
        Objects.requireNonNull(compliment, "compliment");
        Objects.requireNonNull(tip, "tip");
    }

    public static ObservationDraft empty() {
        return new ObservationDraft(Map.of(), "", "");
    }

    /** The form as the plugin's progress rule reads it: the behaviours that have a mark. */
    public Observation toObservation() {
        Map<String, BehaviourMark> marks = new LinkedHashMap<>();
        behaviours.forEach((behaviourId, entry) -> entry.markId().ifPresent(markId ->
                marks.put(behaviourId, new BehaviourMark(markId, entry.example()))));
        return new Observation(marks, compliment, tip);
    }
}
