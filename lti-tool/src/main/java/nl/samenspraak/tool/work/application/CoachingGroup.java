package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Two or three learners of a course who coach each other in one peer-coaching assignment, with the
 * observations between them (those a reader may see: see {@link PeerCoachingStore}). A group that ended keeps
 * its observations with their authors; it is never deleted.
 *
 * @param members   the members in circle order, which decides who observes whom ({@link ObservationCircle})
 * @param formedBy  how the group came about
 * @param chosenBy  who formed it: the inviter of a pair, or the trainer
 * @param endedAt   when it ended (changed or ended by the trainer, or ended by a teacher); empty while active
 */
public record CoachingGroup(long id, List<Long> members, FormedBy formedBy, long chosenBy, Instant since,
                            Optional<Instant> endedAt, List<StoredObservation> observations) {

    /** How a group came about. */
    public enum FormedBy {
        /** An invitation the colleague accepted: always a pair. */
        INVITATION,
        /** The course's trainer formed it, as a pair or a trio. */
        TRAINER
    }

    public CoachingGroup {
        members = List.copyOf(members);
        Objects.requireNonNull(formedBy, "formedBy");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(endedAt, "endedAt");
        observations = List.copyOf(observations);
    }

    public boolean active() {
        return endedAt.isEmpty();
    }

    /** The other members, in circle order. */
    public List<Long> colleaguesOf(long userId) {
        return members.stream().filter(member -> member != userId).toList();
    }

    /** The observation the observer gives the observed member, if the circle has one that way. */
    public Optional<StoredObservation> observation(long observerId, long observedId) {
        return observations.stream().filter(observation -> observation.observerId() == observerId
                && observation.observedId() == observedId).findFirst();
    }

    public boolean anySubmitted() {
        return observations.stream().anyMatch(StoredObservation::submitted);
    }
}
