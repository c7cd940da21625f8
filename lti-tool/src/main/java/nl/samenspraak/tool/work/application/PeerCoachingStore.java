package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Invitations, coaching groups and their observations. Every change that depends on the state (a member
 * not yet in a group, an observation not yet submitted) checks it in the same statement or transaction, so
 * that two requests at once cannot both get past it. A change of an observation is refused (false, or empty)
 * when it was submitted or its group ended meanwhile.
 */
public interface PeerCoachingStore {

    /** What inviting a colleague came to. */
    enum Inviting {
        SENT,
        ALREADY_PARTNERS,
        /** An invitation between the two, either way, is open. */
        ALREADY_INVITED,
        /** The inviter is in a group or waits for the answer to an invitation they sent. */
        INVITER_FULL,
        /** The colleague is in a group. */
        INVITEE_FULL
    }

    /**
     * A group to form: the members in circle order and the observations to make (an observation of the group
     * it succeeds moves to it when its direction is among these, with its planning and draft).
     */
    record NewGroup(long contextId, String assignmentId, List<Long> members, CoachingGroup.FormedBy formedBy,
                    long chosenBy, List<ObservationCircle.Direction> directions, OptionalLong succeeds) {

        public NewGroup {
            members = List.copyOf(members);
            directions = List.copyOf(directions);
        }
    }

    /**
     * The invitations the user sent or received in the assignment in the course that are open or declined,
     * oldest first; accepted ones are partnerships, withdrawn ones are gone from view.
     */
    List<PartnerInvitation> invitations(long contextId, String assignmentId, long userId);

    /** One invitation in the assignment in the course, whoever it is between. */
    Optional<PartnerInvitation> invitation(long contextId, String assignmentId, long invitationId);

    /** Sends the invitation when neither is the other's partner or invited already and both have room. */
    Inviting invite(long contextId, String assignmentId, long inviter, long invitee, Instant now);

    /** Answers (or withdraws) an open invitation; false when it was no longer open. */
    boolean answer(long invitationId, PartnerInvitation.Status status, Instant now);

    /** The open invitations in the assignment in the course, oldest first. */
    List<PartnerInvitation> openInvitations(long contextId, String assignmentId);

    /** Withdraws every open invitation the users sent or received in the assignment in the course. */
    void withdrawOpenInvitations(long contextId, String assignmentId, Collection<Long> users, Instant now);

    /**
     * The groups the user is or was in (in the assignment in the course), oldest first, each with the
     * observations the user gives or receives in it.
     */
    List<CoachingGroup> groups(long contextId, String assignmentId, long userId);

    /** The active groups in the assignment in the course, oldest first, with all their observations. */
    List<CoachingGroup> activeGroups(long contextId, String assignmentId);

    /** The learners in an active group of the assignment, with their group's id. */
    Map<Long, Long> groupOfMember(long contextId, String assignmentId);

    /**
     * Locks the users' memberships of the course, the lower id first, until the transaction ends: two
     * changes with a person in common wait for each other, so neither puts that person in a group unseen.
     */
    void lockMembers(long contextId, Collection<Long> users);

    /** Forms the group with its observations; the caller has locked and checked the members. */
    long form(NewGroup group, Instant now);

    /** Ends an active group; its observations stay. False when it had ended already. */
    boolean end(long groupId, Instant now);

    /** Ends an active group when none of its observations is submitted; false otherwise. */
    boolean endUnlessSubmitted(long groupId, Instant now);

    /**
     * Replaces the planning (which also undoes a cancellation) and counts the change; false when the
     * observation was submitted meanwhile.
     */
    boolean plan(long observationId, Optional<Instant> plannedAt, String note, Optional<ConversationKind> kind,
                 OptionalInt minutes);

    /** Calls the planned conversation off and counts the change; false when submitted, unplanned or cancelled. */
    boolean cancel(long observationId, Instant now);

    /** Locks the observation until the transaction ends, so that a save and a submission do not interleave. */
    void lock(long observationId);

    /** Replaces the observer's form; its new version, or empty when it was submitted meanwhile. */
    OptionalLong saveForm(long observationId, ObservationDraft form, Instant now);

    /** @return false when it was submitted already */
    boolean submit(long observationId, Instant now);
}
