package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Two learners of a course who coach each other in one peer-coaching assignment, with the observation each
 * gives the other.
 *
 * @param chosenBy     the user who chose the other
 * @param observations the two observations, one per observer
 */
public record Partnership(long id, long firstUserId, long secondUserId, long chosenBy, Instant since,
                          List<StoredObservation> observations) {

    public Partnership {
        Objects.requireNonNull(since, "since");
        observations = List.copyOf(observations);
    }

    /** The other one of the pair. */
    public long partnerOf(long userId) {
        return userId == firstUserId ? secondUserId : firstUserId;
    }

    /** The observation the user gives the partner. */
    public StoredObservation observationBy(long observerId) {
        return observations.stream().filter(observation -> observation.observerId() == observerId).findFirst()
                .orElseThrow(() -> new IllegalStateException("Partnership " + id + " has no observation by " + observerId));
    }

    public boolean anySubmitted() {
        return observations.stream().anyMatch(StoredObservation::submitted);
    }
}
