package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.List;

/**
 * What the teacher's notices read besides the feedback ({@link FeedbackStore#unseen}): each a single query
 * over the whole course for one teacher, so that the list of notices never loads per row.
 */
public interface NoticeStore {

    /** An open invitation the teacher received in a peer-coaching assignment. */
    record OpenInvitation(String assignmentId, long inviterId, Instant sentAt) {
    }

    /** An observation between the teacher and a partner, planned and neither cancelled nor submitted. */
    record PlannedObservation(String assignmentId, long observerId, long observedId, Instant plannedAt) {
    }

    /** A colleague's observation of the teacher, submitted and not opened by the teacher yet. */
    record ReceivedObservation(String assignmentId, long observationId, long observerId, Instant submittedAt) {
    }

    /** A group the trainer put the teacher in, with the other members in circle order. */
    record TrainerGroup(String assignmentId, Instant formedAt, List<Long> colleagues) {

        public TrainerGroup {
            colleagues = List.copyOf(colleagues);
        }
    }

    /** The active groups the trainer formed with the teacher in the course since the moment given, oldest first. */
    List<TrainerGroup> groupsFormedFor(long contextId, long userId, Instant since);

    /** The invitations to the teacher still open in the course, oldest first. */
    List<OpenInvitation> invitationsTo(long contextId, long userId);

    /** The teacher's observations, either way, planned from {@code from} (inclusive) until {@code until}. */
    List<PlannedObservation> planned(long contextId, long userId, Instant from, Instant until);

    /** The colleagues' submitted observations of the teacher in the course that the teacher has not read, oldest first. */
    List<ReceivedObservation> unreadObservationsOf(long contextId, long userId);

    /** The assignments whose work the trainer returned for revision and the teacher has not submitted again. */
    List<String> returned(long contextId, long userId);
}
