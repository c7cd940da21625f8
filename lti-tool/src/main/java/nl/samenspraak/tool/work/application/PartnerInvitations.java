package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
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
    private final Texts texts;

    @Inject
    public PartnerInvitations(ProgramCatalogService catalog, TeacherWorkStore works, PeerCoachingStore store,
                              CourseRoster roster, Clock clock, WorkTransactions transactions, Texts texts) {
        this.participants = new PeerParticipants(catalog, works, store, roster, texts);
        this.works = works;
        this.store = store;
        this.clock = clock;
        this.transactions = transactions;
        this.texts = texts;
    }

    /** Invites a colleague of the course to become the teacher's coaching partner. */
    public void invite(WorkScope scope, String assignmentId, Long colleagueId) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        if (colleagueId == null) {
            throw WorkRejectedException.invalid("userId", texts.of(TextKey.PARTNER_INVITATIONS_SAY_WHICH_COLLEAGUE));
        }
        if (colleagueId == asker.userId()) {
            throw WorkRejectedException.invalid("userId", texts.of(TextKey.PARTNER_INVITATIONS_NOT_YOURSELF));
        }
        CourseRoster.Participant colleague = asker.learners().get(colleagueId);
        if (colleague == null) {
            throw PeerTexts.unknownColleague(texts);
        }
        LocalizedText name = PeerTexts.name(texts, colleague);
        transactions.run(affected -> {
            Instant now = clock.instant();
            Inviting inviting = store.invite(asker.contextId(), assignmentId, asker.userId(), colleagueId, now);
            refuseUnlessSent(inviting, asker, name);
            works.ensure(scope, assignmentId, now);
            return null;
        });
    }

    private void refuseUnlessSent(Inviting inviting, PeerParticipants.Asker asker, LocalizedText name) {
        switch (inviting) {
            case SENT -> {
                // the invitation is sent: nothing to refuse
            }
            case ALREADY_PARTNERS -> throw PeerTexts.alreadyThere(
                    texts.of(TextKey.PARTNER_INVITATIONS_ALREADY_PARTNERS, name));
            case ALREADY_INVITED -> throw PeerTexts.alreadyThere(
                    texts.of(TextKey.PARTNER_INVITATIONS_ALREADY_INVITED, name));
            case INVITER_FULL -> throw PeerTexts.alreadyThere(
                    texts.of(TextKey.PARTNER_INVITATIONS_INVITER_FULL, asker.maxPartners()));
            case INVITEE_FULL -> throw PeerTexts.alreadyThere(
                    texts.of(TextKey.PARTNER_INVITATIONS_INVITEE_FULL, name));
        }
    }

    /**
     * The invited colleague accepts: the two become a pair, with an empty observation each way, and the other
     * invitations either of them sent or received are withdrawn (each is in one group at a time).
     */
    public void accept(WorkScope scope, String assignmentId, long invitationId) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        PartnerInvitation invitation = received(asker, invitationId);
        LocalizedText inviter = PeerTexts.name(texts, asker.person(invitation.inviterId()));
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
    private void refuseUnlessFree(Map<Long, Long> groupOfMember, long inviterId, PeerParticipants.Asker asker,
                                  LocalizedText inviter) {
        Long invitersGroup = groupOfMember.get(inviterId);
        if (invitersGroup != null && invitersGroup.equals(groupOfMember.get(asker.userId()))) {
            throw PeerTexts.alreadyThere(texts.of(TextKey.PARTNER_INVITATIONS_ALREADY_PARTNERS, inviter));
        }
        if (invitersGroup != null) {
            throw PeerTexts.alreadyThere(texts.of(TextKey.PARTNER_INVITATIONS_INVITER_FULL_BY_NOW, inviter));
        }
        if (groupOfMember.containsKey(asker.userId())) {
            throw PeerTexts.alreadyThere(
                    texts.of(TextKey.PARTNER_INVITATIONS_ACCEPTER_FULL, asker.maxPartners()));
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
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN, texts.of(TextKey.PARTNER_INVITATIONS_ONLY_SENDER_WITHDRAWS));
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
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN, texts.of(TextKey.PARTNER_INVITATIONS_ONLY_INVITEE_ANSWERS));
        }
        return invitation;
    }

    /** An open invitation the teacher sent or received in this assignment and course. */
    private PartnerInvitation mine(PeerParticipants.Asker asker, long invitationId) {
        PartnerInvitation invitation = store.invitation(asker.contextId(), asker.assignment().id(), invitationId)
                .filter(found -> found.inviterId() == asker.userId() || found.inviteeId() == asker.userId())
                .orElseThrow(() -> {
                    LocalizedText unknown = texts.of(TextKey.PARTNER_INVITATIONS_UNKNOWN_INVITATION, invitationId);
                    return new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART, unknown,
                            List.of(new WorkRejectedException.FieldIssue("invitationId", unknown)));
                });
        if (!invitation.open()) {
            throw noLongerOpen();
        }
        return invitation;
    }

    private WorkRejectedException noLongerOpen() {
        return new WorkRejectedException(WorkRejectedException.Reason.ALREADY_THERE,
                texts.of(TextKey.PARTNER_INVITATIONS_NO_LONGER_OPEN));
    }
}
