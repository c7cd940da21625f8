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
     * A colleague of the teacher's group with the observation the teacher gives them and the one they give the
     * teacher, where the group's circle has one that way (in a trio asked one each way, one of the two is
     * empty). The received one carries the colleague's form only once it is submitted.
     *
     * @param canEnd            whether the teacher can end the group: a pair they made by invitation, with
     *                          nothing between them submitted
     * @param formerParticipant the partner is no longer among the course's learners (erased): what they
     *                          submitted stays, from "a former participant"
     */
    public record Partner(CourseRoster.Participant person, boolean chosenByMe, Instant since,
                          Optional<StoredObservation> given, Optional<StoredObservation> received, boolean canEnd,
                          boolean formerParticipant) {
    }

    /** The teacher's group: its members (the teacher too) in circle order, and how it came about. */
    public record Group(long id, CoachingGroup.FormedBy formedBy, Instant since, List<CourseRoster.Participant> members) {

        public Group {
            members = List.copyOf(members);
        }
    }

    /**
     * The teacher's peer coaching in an assignment.
     *
     * @param maxPartners   how many colleagues a teacher invites: one, as an invitation makes a pair
     * @param canChoose     whether the teacher can invite: in no group, and no invitation sent waits for an answer
     * @param group         the teacher's group, if they are in one
     * @param endedPartners the colleagues of ended groups with what stays readable: the teacher's own
     *                      observation of them (read-only) and theirs of the teacher once it was submitted
     */
    public record PeerCoaching(PeerCoachingAssignment assignment, int maxPartners, boolean canChoose,
                               List<Colleague> colleagues, Optional<Group> group, List<Partner> partners,
                               List<Partner> endedPartners, List<Invitation> sent, List<Invitation> received) {

        public PeerCoaching {
            colleagues = List.copyOf(colleagues);
            partners = List.copyOf(partners);
            endedPartners = List.copyOf(endedPartners);
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
        long me = asker.userId();
        List<CoachingGroup> groups = participants.groups(asker);
        List<CoachingGroup> active = groups.stream().filter(CoachingGroup::active).toList();
        Map<Long, Long> grouped = store.groupOfMember(asker.contextId(), assignmentId);
        List<PartnerInvitation> invitations = store.invitations(asker.contextId(), assignmentId, me);
        List<PartnerInvitation> open = invitations.stream().filter(PartnerInvitation::open).toList();
        long openSent = open.stream().filter(invitation -> invitation.inviterId() == me).count();
        boolean canChoose = active.size() + openSent < asker.maxPartners();
        List<Long> partnerIds = active.stream().flatMap(group -> group.colleaguesOf(me).stream()).toList();
        List<Colleague> colleagues = asker.learners().values().stream()
                .filter(person -> person.userId() != me)
                .map(person -> {
                    boolean partner = partnerIds.contains(person.userId());
                    boolean invited = open.stream().anyMatch(invitation -> invitation.otherThan(me) == person.userId());
                    boolean hasRoom = !grouped.containsKey(person.userId());
                    return new Colleague(person, partner, invited, !partner && !invited && canChoose && hasRoom);
                }).toList();
        List<Invitation> invitationsReceived = open.stream().filter(invitation -> invitation.inviteeId() == me)
                .map(invitation -> invitation(asker, invitation)).toList();
        List<Invitation> invitationsSent = sentToShow(asker, invitations, partnerIds).stream()
                .map(invitation -> invitation(asker, invitation)).toList();
        List<Partner> partners = active.stream().flatMap(group -> group.colleaguesOf(me).stream()
                .map(colleague -> partner(asker, group, colleague))).toList();
        List<Partner> ended = groups.stream().filter(group -> !group.active())
                .flatMap(group -> group.colleaguesOf(me).stream().map(colleague -> partner(asker, group, colleague)))
                .filter(partner -> partner.given().isPresent() || partner.received().isPresent()).toList();
        Optional<Group> group = active.stream().findFirst().map(found -> new Group(found.id(), found.formedBy(),
                found.since(), found.members().stream().map(asker::person).toList()));
        return new PeerCoaching(asker.assignment(), asker.maxPartners(), canChoose, colleagues, group, partners,
                ended, invitationsSent, invitationsReceived);
    }

    /**
     * A colleague of a group as the teacher sees them: a received observation carries its form once submitted.
     * Of an ended group what stays in view is the teacher's own observation once begun and the colleague's
     * once submitted.
     */
    private static Partner partner(PeerParticipants.Asker asker, CoachingGroup group, long colleague) {
        long me = asker.userId();
        Optional<StoredObservation> received = group.observation(colleague, me)
                .filter(observation -> group.active() || observation.submitted())
                .map(observation -> observation.submitted() ? observation : observation.withoutForm());
        boolean canEnd = group.active() && group.formedBy() == CoachingGroup.FormedBy.INVITATION
                && group.members().size() == 2 && !group.anySubmitted();
        Optional<StoredObservation> given = group.observation(me, colleague)
                .filter(observation -> group.active() || observation.started());
        return new Partner(asker.person(colleague), group.chosenBy() == me, group.since(), given, received, canEnd,
                !asker.learners().containsKey(colleague));
    }

    /**
     * The invitations the teacher sent that are still worth showing: the open ones, and the latest declined
     * one per colleague who is neither a partner nor invited again since.
     */
    private static List<PartnerInvitation> sentToShow(PeerParticipants.Asker asker, List<PartnerInvitation> invitations,
                                                      List<Long> partnerIds) {
        List<PartnerInvitation> sent = invitations.stream()
                .filter(invitation -> invitation.inviterId() == asker.userId()).toList();
        return sent.stream().filter(invitation -> invitation.open() || sent.stream()
                        .filter(later -> later.inviteeId() == invitation.inviteeId())
                        .reduce((first, second) -> second).orElseThrow() == invitation
                        && !partnerIds.contains(invitation.inviteeId()))
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
        List<CoachingGroup> groups = store.groups(scope.contextId().get(), assignment.id(), me);
        // What counts: the active group's observations, and the submitted ones of ended groups.
        List<StoredObservation> counting = groups.stream().flatMap(group -> group.observations().stream()
                .filter(observation -> group.active() || observation.submitted())).toList();
        List<StoredObservation> given = counting.stream().filter(observation -> observation.observerId() == me).toList();
        List<StoredObservation> received = counting.stream().filter(observation -> observation.observedId() == me)
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
        if (groups.stream().noneMatch(CoachingGroup::active)) {
            issues.add(new WorkRejectedException.FieldIssue("partners", LocalizedText.of(
                    "Nodig een coachingspartner uit en observeer elkaar.",
                    "Invite a coaching partner and observe each other.")));
        } else if (issues.isEmpty()) {
            // The group's circle holds fewer observations than the assignment asks: a pair where two are asked.
            issues.add(new WorkRejectedException.FieldIssue("partners", LocalizedText.of(
                    "Deze opdracht vraagt meer observaties dan je groep kan geven; vraag je trainer om een groep van drie.",
                    "This assignment asks more observations than your group can give; ask your trainer for a group of three.")));
        }
        return issues;
    }

    private static LocalizedText name(Map<Long, CourseRoster.Participant> learners, long userId) {
        return PeerTexts.name(learners.getOrDefault(userId,
                new CourseRoster.Participant(userId, Optional.empty(), Optional.empty())));
    }
}
