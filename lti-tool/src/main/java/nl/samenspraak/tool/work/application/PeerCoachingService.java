package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;

/**
 * A teacher's peer coaching in an assignment as they see it: the colleagues to choose from, their partners
 * with the observation each way, and what they still owe before they can submit. Changes go through
 * {@link CoachingPartnerships}, {@link ObservationPlanning} and {@link ObservationForms}.
 */
@Singleton
public class PeerCoachingService {

    private final PeerParticipants participants;
    private final PeerCoachingStore store;

    @Inject
    public PeerCoachingService(ProgramCatalogService catalog, TeacherWorkStore works, PeerCoachingStore store,
                               CourseRoster roster) {
        this.participants = new PeerParticipants(catalog, works, store, roster);
        this.store = store;
    }

    /**
     * A learner of the course besides the teacher: already a partner, or with room for the teacher as one.
     *
     * @param invited   an invitation between the two, either way, is open
     * @param available the teacher can invite them now
     */
    public record Colleague(CourseRoster.Participant person, boolean partner, boolean invited, boolean available) {
    }

    /**
     * An invitation the teacher sent (open, or declined by the colleague) or received (open), with the other
     * person.
     */
    public record Invitation(long id, CourseRoster.Participant person, PartnerInvitation.Status status,
                             Instant sentAt) {
    }

    /**
     * A partner with the observation each way. The received one carries the partner's form only once it is
     * submitted.
     *
     * @param canEnd            whether the partnership can still be ended: nothing between them is submitted
     * @param formerParticipant the partner is no longer among the course's learners (erased): what they
     *                          submitted stays, from "a former participant"
     */
    public record Partner(CourseRoster.Participant person, boolean chosenByMe, Instant since, StoredObservation given,
                          StoredObservation received, boolean canEnd, boolean formerParticipant) {
    }

    /**
     * The teacher's peer coaching in an assignment.
     *
     * @param maxPartners how many partners a teacher can have: as many as observations to give or receive
     * @param canChoose   whether the teacher has room for another partner, counting open invitations sent
     */
    public record PeerCoaching(PeerCoachingAssignment assignment, int maxPartners, boolean canChoose,
                               List<Colleague> colleagues, List<Partner> partners, List<Invitation> sent,
                               List<Invitation> received) {

        public PeerCoaching {
            colleagues = List.copyOf(colleagues);
            partners = List.copyOf(partners);
            sent = List.copyOf(sent);
            received = List.copyOf(received);
        }
    }

    /** @throws WorkRejectedException (forbidden) for anyone who is not a learner of the session's course */
    public PeerCoaching state(WorkScope scope, String assignmentId) {
        return state(participants.asker(scope, assignmentId));
    }

    /** The teacher's peer coaching, or empty when they take no part: no course, or not a learner in it. */
    public Optional<PeerCoaching> find(WorkScope scope, String assignmentId) {
        return participants.participant(scope, participants.assignment(assignmentId)).map(this::state);
    }

    private PeerCoaching state(PeerParticipants.Asker asker) {
        String assignmentId = asker.assignment().id();
        List<Partnership> partnerships = participants.partnerships(asker);
        Map<Long, Integer> counts = store.partnerCounts(asker.contextId(), assignmentId);
        List<PartnerInvitation> invitations = store.invitations(asker.contextId(), assignmentId, asker.userId());
        List<PartnerInvitation> open = invitations.stream().filter(PartnerInvitation::open).toList();
        long openSent = open.stream().filter(invitation -> invitation.inviterId() == asker.userId()).count();
        boolean canChoose = partnerships.size() + openSent < asker.maxPartners();
        List<Colleague> colleagues = asker.learners().values().stream()
                .filter(person -> person.userId() != asker.userId())
                .map(person -> {
                    boolean partner = partnerships.stream().anyMatch(pair -> pair.partnerOf(asker.userId()) == person.userId());
                    boolean invited = open.stream().anyMatch(invitation -> invitation.otherThan(asker.userId()) == person.userId());
                    boolean hasRoom = counts.getOrDefault(person.userId(), 0) < asker.maxPartners();
                    return new Colleague(person, partner, invited, !partner && !invited && canChoose && hasRoom);
                }).toList();
        List<Invitation> invitationsReceived = open.stream().filter(invitation -> invitation.inviteeId() == asker.userId())
                .map(invitation -> invitation(asker, invitation)).toList();
        List<Invitation> invitationsSent = sentToShow(asker, invitations, partnerships).stream()
                .map(invitation -> invitation(asker, invitation)).toList();
        List<Partner> partners = partnerships.stream().map(pair -> {
            long partnerId = pair.partnerOf(asker.userId());
            StoredObservation received = pair.observationBy(partnerId);
            return new Partner(asker.person(partnerId), pair.chosenBy() == asker.userId(), pair.since(),
                    pair.observationBy(asker.userId()), received.submitted() ? received : received.withoutForm(),
                    !pair.anySubmitted(), !asker.learners().containsKey(partnerId));
        }).toList();
        return new PeerCoaching(asker.assignment(), asker.maxPartners(), canChoose, colleagues, partners,
                invitationsSent, invitationsReceived);
    }

    /**
     * The invitations the teacher sent that are still worth showing: the open ones, and the latest declined
     * one per colleague who is neither a partner nor invited again since.
     */
    private static List<PartnerInvitation> sentToShow(PeerParticipants.Asker asker, List<PartnerInvitation> invitations,
                                                      List<Partnership> partnerships) {
        List<PartnerInvitation> sent = invitations.stream()
                .filter(invitation -> invitation.inviterId() == asker.userId()).toList();
        return sent.stream().filter(invitation -> invitation.open() || sent.stream()
                        .filter(later -> later.inviteeId() == invitation.inviteeId())
                        .reduce((first, second) -> second).orElseThrow() == invitation
                        && partnerships.stream().noneMatch(pair -> pair.partnerOf(asker.userId()) == invitation.inviteeId()))
                .toList();
    }

    private static Invitation invitation(PeerParticipants.Asker asker, PartnerInvitation invitation) {
        return new Invitation(invitation.id(), asker.person(invitation.otherThan(asker.userId())), invitation.status(),
                invitation.sentAt());
    }

    /**
     * What the teacher still owes or waits for before submitting the assignment, which holds the closing
     * reflection: as many submitted observations given and received as the assignment asks, each missing one
     * naming the colleague. The reflection can be drafted before; only its submission waits.
     */
    List<WorkRejectedException.FieldIssue> stillOwed(WorkScope scope, PeerCoachingAssignment assignment) {
        if (scope.contextId().isEmpty()) {
            return List.of(new WorkRejectedException.FieldIssue("partners", PeerTexts.noCourse()));
        }
        long me = scope.userId();
        List<Partnership> partnerships = store.partnerships(scope.contextId().get(), assignment.id(), me);
        List<StoredObservation> given = partnerships.stream().map(pair -> pair.observationBy(me)).toList();
        List<StoredObservation> received = partnerships.stream().map(pair -> pair.observationBy(pair.partnerOf(me)))
                .toList();
        boolean gaveEnough = given.stream().filter(StoredObservation::submitted).count() >= assignment.observations().give();
        boolean receivedEnough = received.stream().filter(StoredObservation::submitted).count()
                >= assignment.observations().receive();
        if (gaveEnough && receivedEnough) {
            return List.of();
        }
        Map<Long, CourseRoster.Participant> learners = participants.learners(scope.contextId().get());
        List<WorkRejectedException.FieldIssue> issues = new ArrayList<>();
        if (!gaveEnough) {
            given.stream().filter(observation -> !observation.submitted()).forEach(observation -> {
                LocalizedText name = name(learners, observation.observedId());
                issues.add(new WorkRejectedException.FieldIssue("observations." + observation.id(), LocalizedText.of(
                        "Je moet " + name.nl() + " nog \u00e9\u00e9n observatie geven: vul die in en lever hem in.",
                        "You still owe " + name.in(Language.EN) + " one observation: fill it in and submit it.")));
            });
        }
        if (!receivedEnough) {
            received.stream().filter(observation -> !observation.submitted()).forEach(observation -> {
                LocalizedText name = name(learners, observation.observerId());
                issues.add(new WorkRejectedException.FieldIssue("observations." + observation.id(), LocalizedText.of(
                        name.nl() + " heeft jou nog niet geobserveerd; je reflectie lever je in na die observatie.",
                        name.in(Language.EN) + " has not observed you yet; you submit your reflection after that"
                                + " observation.")));
            });
        }
        int toChoose = Math.max(assignment.observations().give(), assignment.observations().receive())
                - partnerships.size();
        if (toChoose > 0) {
            issues.add(new WorkRejectedException.FieldIssue("partners", LocalizedText.of(
                    "Nodig " + (toChoose == 1 ? "een coachingspartner" : toChoose + " coachingspartners")
                            + " uit en observeer elkaar.",
                    "Invite " + (toChoose == 1 ? "a coaching partner" : toChoose + " coaching partners")
                            + " and observe each other.")));
        }
        return issues;
    }

    private static LocalizedText name(Map<Long, CourseRoster.Participant> learners, long userId) {
        return PeerTexts.name(learners.getOrDefault(userId,
                new CourseRoster.Participant(userId, Optional.empty(), Optional.empty())));
    }
}
