package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.Optional;

/** Whether the observed teacher has opened a colleague's submitted observation of them ({@link ObservationReading}). */
public interface ObservationReadStore {

    /**
     * The observation's parties, when it belongs to a peer-coaching group of the assignment in the course.
     *
     * @param submitted whether the observer has submitted it
     */
    record Parties(long observerId, long observedId, boolean submitted) {
    }

    Optional<Parties> parties(long contextId, String assignmentId, long observationId);

    /** Records the first reading; a later one leaves the first moment as it is. */
    void markRead(long observationId, Instant at);
}
