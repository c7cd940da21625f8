package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.work.application.PeerCoachingStore.Inviting;

/**
 * Consent between coaching partners: a teacher invites a colleague of the course, who accepts (the pair and
 * its observations are made then) or declines; the sender may withdraw the invitation while it is open.
 * Both see where it stands.
 */
@Singleton
public class PartnerInvitations {

    private final PeerParticipants participants;
    private final TeacherWorkStore works;
    private final PeerCoachingStore store;
    private final Clock clock;
    private final WorkTransactions transactions;

    @Inject
    public PartnerInvitations(ProgramCatalogService catalog, TeacherWorkStore works, PeerCoachingStore store,
                              CourseRoster roster, Clock clock, WorkTransactions transactions) {
        this.participants = new PeerParticipants(catalog, works, store, roster);
        this.works = works;
        this.store = store;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Invites a colleague of the course to become the teacher's coaching partner. */
    public void invite(WorkScope scope, String assignmentId, Long colleagueId) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        if (colleagueId == null) {
            throw WorkRejectedException.invalid("userId", LocalizedText.of("Zeg welke collega je uitnodigt: userId.",
                    "Say which colleague you invite: userId."));
        }
        if (colleagueId == asker.userId()) {
            throw WorkRejectedException.invalid("userId", LocalizedText.of("Nodig een collega uit, niet jezelf.",
                    "Invite a colleague, not yourself."));
        }
        CourseRoster.Participant colleague = asker.learners().get(colleagueId);
        if (colleague == null) {
            throw PeerTexts.unknownColleague();
        }
        LocalizedText name = PeerTexts.name(colleague);
        transactions.run(affected -> {
            Instant now = clock.instant();
            Inviting inviting = store.invite(asker.contextId(), assignmentId, asker.userId(), colleagueId, now);
            refuseUnlessSent(inviting, asker, name);
            works.ensure(scope, assignmentId, now);
            return null;
        });
    }

    private static void refuseUnlessSent(Inviting inviting, PeerParticipants.Asker asker, LocalizedText name) {
        switch (inviting) {
            case SENT -> {
                // the invitation is sent: nothing to refuse
            }
            case ALREADY_PARTNERS -> throw PeerTexts.alreadyThere(LocalizedText.of(name.nl() + " is al je coachingspartner.",
                    name.in(Language.EN) + " is your coaching partner already."));
            case ALREADY_INVITED -> throw PeerTexts.alreadyThere(LocalizedText.of(
                    "Er staat al een uitnodiging open tussen jou en " + name.nl() + ".",
                    "An invitation between you and " + name.in(Language.EN) + " is open already."));
            case INVITER_FULL -> throw PeerTexts.alreadyThere(LocalizedText.of("Je hebt al "
                            + PeerTexts.partners(asker.maxPartners(), Language.NL)
                            + " of wacht op antwoord; trek een uitnodiging in om iemand anders te vragen.",
                    "You have " + PeerTexts.partners(asker.maxPartners(), Language.EN)
                            + " or are waiting for an answer; withdraw an invitation to ask someone else."));
            case INVITEE_FULL -> throw PeerTexts.alreadyThere(LocalizedText.of(
                    name.nl() + " heeft al genoeg coachingspartners. Nodig een andere collega uit.",
                    name.in(Language.EN) + " has enough coaching partners already. Invite another colleague."));
        }
    }

    /**
     * The invited colleague accepts: the two become a pair, with an empty observation each way, and the other
     * invitations either of them sent or received are withdrawn (each is in one group at a time).
     */
    public void accept(WorkScope scope, String assignmentId, long invitationId) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        PartnerInvitation invitation = received(asker, invitationId);
        LocalizedText inviter = PeerTexts.name(asker.person(invitation.inviterId()));
        transactions.run(affected -> {
            Instant now = clock.instant();
            // The two memberships first, as every change of groups takes them: accepting withdraws the other
            // open invitations, so taking this invitation's row before them would deadlock two acceptances.
            List<Long> pair = List.of(invitation.inviterId(), asker.userId());
            store.lockMembers(asker.contextId(), pair);
            if (!store.answer(invitationId, PartnerInvitation.Status.ACCEPTED, now)) {
                throw noLongerOpen();
            }
            refuseUnlessFree(store.groupOfMember(asker.contextId(), assignmentId), invitation.inviterId(), asker,
                    inviter);
            store.form(new PeerCoachingStore.NewGroup(asker.contextId(), assignmentId, pair,
                    CoachingGroup.FormedBy.INVITATION, invitation.inviterId(),
                    ObservationCircle.of(pair, asker.assignment().observations()), OptionalLong.empty()), now);
            store.withdrawOpenInvitations(asker.contextId(), assignmentId, pair, now);
            works.ensure(scope, assignmentId, now);
            asker.affectsBoth(affected, invitation.inviterId());
            return null;
        });
    }

    /** Refuses unless neither the inviter nor the teacher who accepts is in a group by now. */
    private static void refuseUnlessFree(Map<Long, Long> groupOfMember, long inviterId, PeerParticipants.Asker asker,
                                         LocalizedText inviter) {
        Long invitersGroup = groupOfMember.get(inviterId);
        if (invitersGroup != null && invitersGroup.equals(groupOfMember.get(asker.userId()))) {
            throw PeerTexts.alreadyThere(LocalizedText.of(
                    inviter.nl() + " is al je coachingspartner.", inviter.in(Language.EN) + " is your coaching partner already."));
        }
        if (invitersGroup != null) {
            throw PeerTexts.alreadyThere(LocalizedText.of(
                    inviter.nl() + " heeft inmiddels genoeg coachingspartners. Wijs de uitnodiging af.",
                    inviter.in(Language.EN) + " has enough coaching partners by now. Decline the invitation."));
        }
        if (groupOfMember.containsKey(asker.userId())) {
            throw PeerTexts.alreadyThere(LocalizedText.of("Je hebt al "
                            + PeerTexts.partners(asker.maxPartners(), Language.NL) + "; wijs de uitnodiging af.",
                    "You have " + PeerTexts.partners(asker.maxPartners(), Language.EN)
                            + " already; decline the invitation."));
        }
    }

    /** The invited colleague declines; the sender sees it declined and may invite someone else. */
    public void decline(WorkScope scope, String assignmentId, long invitationId) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        PartnerInvitation invitation = received(asker, invitationId);
        answer(invitation, PartnerInvitation.Status.DECLINED);
    }

    /** The sender takes back an invitation that is still open. */
    public void withdraw(WorkScope scope, String assignmentId, long invitationId) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        PartnerInvitation invitation = mine(asker, invitationId);
        if (invitation.inviterId() != asker.userId()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN, LocalizedText.of(
                    "Alleen wie uitnodigt, trekt de uitnodiging in; je kunt hem wel afwijzen.",
                    "Only the sender withdraws an invitation; you can decline it."));
        }
        answer(invitation, PartnerInvitation.Status.WITHDRAWN);
    }

    private void answer(PartnerInvitation invitation, PartnerInvitation.Status status) {
        transactions.run(affected -> {
            if (!store.answer(invitation.id(), status, clock.instant())) {
                throw noLongerOpen();
            }
            return null;
        });
    }

    /** An open invitation the teacher received; the same refusal for every other id. */
    private PartnerInvitation received(PeerParticipants.Asker asker, long invitationId) {
        PartnerInvitation invitation = mine(asker, invitationId);
        if (invitation.inviteeId() != asker.userId()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN, LocalizedText.of(
                    "Alleen de uitgenodigde collega neemt de uitnodiging aan of wijst hem af.",
                    "Only the invited colleague accepts or declines the invitation."));
        }
        return invitation;
    }

    /** An open invitation the teacher sent or received in this assignment and course. */
    private PartnerInvitation mine(PeerParticipants.Asker asker, long invitationId) {
        PartnerInvitation invitation = store.invitation(asker.contextId(), asker.assignment().id(), invitationId)
                .filter(found -> found.inviterId() == asker.userId() || found.inviteeId() == asker.userId())
                .orElseThrow(() -> {
                    LocalizedText unknown = LocalizedText.of("Uitnodiging " + invitationId
                                    + " is niet aan of van jou in deze opdracht.",
                            "Invitation " + invitationId + " is not to or from you in this assignment.");
                    return new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART, unknown,
                            List.of(new WorkRejectedException.FieldIssue("invitationId", unknown)));
                });
        if (!invitation.open()) {
            throw noLongerOpen();
        }
        return invitation;
    }

    private static WorkRejectedException noLongerOpen() {
        return new WorkRejectedException(WorkRejectedException.Reason.ALREADY_THERE, LocalizedText.of(
                "Deze uitnodiging is al beantwoord of ingetrokken.",
                "This invitation has been answered or withdrawn already."));
    }
}
