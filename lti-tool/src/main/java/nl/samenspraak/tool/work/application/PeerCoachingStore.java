package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Partnerships and their observations. Every change that depends on the state (room for another partner,
 * an observation not yet submitted) checks it in the same statement or transaction, so that two requests at
 * once cannot both get past it.
 */
public interface PeerCoachingStore {

    /** What pairing two learners came to. */
    enum Pairing {
        PAIRED,
        ALREADY_PARTNERS,
        /** The one who chooses has as many partners as the assignment allows. */
        CHOOSER_FULL,
        /** The one chosen has as many partners as the assignment allows. */
        PARTNER_FULL
    }

    /** What inviting a colleague came to. */
    enum Inviting {
        SENT,
        ALREADY_PARTNERS,
        /** An invitation between the two, either way, is open. */
        ALREADY_INVITED,
        /** The inviter's partners and open invitations fill the places the assignment allows. */
        INVITER_FULL,
        /** The colleague has as many partners as the assignment allows. */
        INVITEE_FULL
    }

    /**
     * The invitations the user sent or received in the assignment in the course that are open or declined,
     * oldest first; accepted ones are partnerships, withdrawn ones are gone from view.
     */
    List<PartnerInvitation> invitations(long contextId, String assignmentId, long userId);

    /** One invitation in the assignment in the course, whoever it is between. */
    Optional<PartnerInvitation> invitation(long contextId, String assignmentId, long invitationId);

    /** Sends the invitation when neither is the other's partner or invited already and both have room. */
    Inviting invite(long contextId, String assignmentId, long inviter, long invitee, int maxPartners, Instant now);

    /** Answers (or withdraws) an open invitation; false when it was no longer open. */
    boolean answer(long invitationId, PartnerInvitation.Status status, Instant now);

    /** The user's partnerships in the assignment in the course, oldest first, with both observations. */
    List<Partnership> partnerships(long contextId, String assignmentId, long userId);

    /** How many partners each learner of the course has in the assignment; those without are absent. */
    Map<Long, Integer> partnerCounts(long contextId, String assignmentId);

    /** Makes the pair, with an empty observation each way, when both have room for another partner. */
    Pairing pair(long contextId, String assignmentId, long chooser, long partner, int maxPartners, Instant now);

    /** Ends the partnership, its observations with it; false when one of them was submitted (or it is gone). */
    boolean end(long partnershipId);

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
