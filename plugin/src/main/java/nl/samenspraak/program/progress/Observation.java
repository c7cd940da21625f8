package nl.samenspraak.program.progress;

import java.util.Map;

/**
 * An observation form as an observer filled it in.
 *
 * @param marks      behaviour id to the mark given
 * @param compliment the one compliment; empty when not (yet) written
 * @param tip        the one tip; empty when not (yet) written
 */
public record Observation(Map<String, BehaviourMark> marks, String compliment, String tip) {

    public Observation {
        marks = Map.copyOf(marks);
        compliment = compliment == null ? "" : compliment;
        tip = tip == null ? "" : tip;
    }
}
