package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;

/**
 * The trainer's coaching groups for a peer-coaching assignment in their course (docs/peer-groups.md): the
 * groups with their observations and who is in none; arranging everybody without a group; forming, changing
 * and ending one group. The caller has checked that the session is a trainer of the course. Changing or
 * ending never deletes what anyone wrote: the group ends and its observations stay with their authors.
 */
@Singleton
public class PeerGroups {

    private static final LocalizedText NOT_PEER_COACHING = LocalizedText.of(
            "Deze opdracht is geen intercollegiale coaching.", "This assignment is not a peer-coaching assignment.");

    private final WorkAccess access;
    private final PeerCoachingStore store;
    private final CourseRoster roster;
    private final WorkTransactions transactions;
    private final Clock clock;

    @Inject
    public PeerGroups(ProgramCatalogService catalog, TeacherWorkStore works, PeerCoachingStore store,
                      CourseRoster roster, WorkTransactions transactions, Clock clock) {
        this.access = new WorkAccess(catalog, works);
        this.store = store;
        this.roster = roster;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A learner of the course as the trainer's list shows them.
     *
     * @param launched       they opened the tool in the course (else the roster alone lists them)
     * @param openInvitation they sent or received an invitation that is still open
     */
    public record Member(CourseRoster.Participant person, boolean launched, boolean openInvitation) {
    }

    /** An active group with its members in circle order. */
    public record Group(CoachingGroup group, List<Member> members) {

        public Group {
            members = List.copyOf(members);
        }
    }

    /** The assignment's groups, oldest first, and the learners in none, by name. */
    public record Overview(PeerCoachingAssignment assignment, List<Group> groups, List<Member> ungrouped) {

        public Overview {
            groups = List.copyOf(groups);
            ungrouped = List.copyOf(ungrouped);
        }
    }

    /** The groups of the assignment in the course, read in one transaction with one query per table. */
    public Overview overview(long courseId, String assignmentId) {
        PeerCoachingAssignment assignment = assignment(assignmentId);
        return transactions.run(affected -> read(courseId, assignment));
    }

    private Overview read(long courseId, PeerCoachingAssignment assignment) {
        String assignmentId = assignment.id();
        List<CourseRoster.Participant> learners = roster.learners(courseId);
        Set<Long> launched = roster.launched(courseId);
        Set<Long> invited = new HashSet<>();
        store.openInvitations(courseId, assignmentId).forEach(invitation -> {
            invited.add(invitation.inviterId());
            invited.add(invitation.inviteeId());
        });
        Map<Long, CourseRoster.Participant> byId = learners.stream()
                .collect(Collectors.toMap(CourseRoster.Participant::userId, person -> person));
        List<CoachingGroup> active = store.activeGroups(courseId, assignmentId);
        Set<Long> grouped = active.stream().flatMap(group -> group.members().stream()).collect(Collectors.toSet());
        List<Group> groups = active.stream().map(group -> new Group(group, group.members().stream()
                .map(member -> new Member(byId.getOrDefault(member, formerParticipant(member)),
                        launched.contains(member), invited.contains(member))).toList())).toList();
        List<Member> ungrouped = learners.stream().filter(person -> !grouped.contains(person.userId()))
                .map(person -> new Member(person, launched.contains(person.userId()), invited.contains(person.userId())))
                .toList();
        return new Overview(assignment, groups, ungrouped);
    }

    /** Puts every learner without a group into new groups of the size asked (2 or 3), never one alone. */
    public Overview arrange(long courseId, long trainerId, String assignmentId, Integer size) {
        PeerCoachingAssignment assignment = assignment(assignmentId);
        if (size == null || size != 2 && size != 3) {
            throw WorkRejectedException.invalid("size", LocalizedText.of(
                    "Kies groepen van 2 of 3: size.", "Choose groups of 2 or 3: size."));
        }
        return transactions.run(affected -> {
            Map<Long, CourseRoster.Participant> learners = learners(courseId);
            store.lockMembers(courseId, learners.keySet());
            Map<Long, Long> grouped = store.groupOfMember(courseId, assignmentId);
            List<Long> ungrouped = learners.keySet().stream().filter(learner -> !grouped.containsKey(learner)).toList();
            if (ungrouped.size() == 1) {
                LocalizedText name = PeerTexts.name(learners.get(ungrouped.get(0)));
                throw WorkRejectedException.invalid("size", LocalizedText.of("Alleen " + name.nl()
                                + " heeft nog geen groep, en alleen vormt niemand een groep: zet "
                                + name.nl() + " bij een bestaande groep.",
                        "Only " + name.in(Language.EN) + " has no group yet, and nobody forms a group alone: add "
                                + name.in(Language.EN) + " to an existing group."));
            }
            Instant now = clock.instant();
            for (List<Long> members : GroupSizes.split(ungrouped, size)) {
                formGroup(courseId, trainerId, assignment, members, OptionalLong.empty(), now, affected);
            }
            return read(courseId, assignment);
        });
    }

    /**
     * Forms a group of two or three learners. A member who is in another group moves: see
     * {@link #takeOut}.
     */
    public Overview form(long courseId, long trainerId, String assignmentId, List<Long> members) {
        PeerCoachingAssignment assignment = assignment(assignmentId);
        List<Long> chosen = checkedMembers(members);
        return transactions.run(affected -> {
            refuseStrangers(learners(courseId), chosen);
            store.lockMembers(courseId, chosen);
            Instant now = clock.instant();
            takeOut(courseId, trainerId, assignment, chosen, OptionalLong.empty(), now, affected);
            formGroup(courseId, trainerId, assignment, chosen, OptionalLong.empty(), now, affected);
            return read(courseId, assignment);
        });
    }

    /**
     * Changes a group's members: the group ends and a new one is made. Each observation whose direction
     * (observer, observed) the new circle has too moves along, with its planning and draft; the others stay
     * with the ended group: submitted ones keep counting, drafts stay readable by their author. A member who
     * is in another group moves: see {@link #takeOut}.
     */
    public Overview change(long courseId, long trainerId, String assignmentId, long groupId, List<Long> members) {
        PeerCoachingAssignment assignment = assignment(assignmentId);
        List<Long> chosen = checkedMembers(members);
        return transactions.run(affected -> {
            refuseStrangers(learners(courseId), chosen);
            CoachingGroup group = activeGroup(courseId, assignmentId, groupId);
            Set<Long> everyone = new LinkedHashSet<>(group.members());
            everyone.addAll(chosen);
            store.lockMembers(courseId, everyone);
            Instant now = clock.instant();
            if (!store.end(groupId, now)) {
                throw unknownGroup(groupId);
            }
            group.members().forEach(member -> affected.add(scope(member, courseId), assignmentId));
            takeOut(courseId, trainerId, assignment, chosen, OptionalLong.of(groupId), now, affected);
            formGroup(courseId, trainerId, assignment, chosen, OptionalLong.of(groupId), now, affected);
            return read(courseId, assignment);
        });
    }

    /** Ends a group; what its members wrote stays with them, and submitted observations keep counting. */
    public Overview end(long courseId, String assignmentId, long groupId) {
        PeerCoachingAssignment assignment = assignment(assignmentId);
        return transactions.run(affected -> {
            CoachingGroup group = activeGroup(courseId, assignmentId, groupId);
            store.lockMembers(courseId, group.members());
            if (!store.end(groupId, clock.instant())) {
                throw unknownGroup(groupId);
            }
            group.members().forEach(member -> affected.add(scope(member, courseId), assignmentId));
            return read(courseId, assignment);
        });
    }

    private void formGroup(long courseId, long trainerId, PeerCoachingAssignment assignment, List<Long> members,
                           OptionalLong succeeds, Instant now, AffectedWork affected) {
        store.form(new PeerCoachingStore.NewGroup(courseId, assignment.id(), members, CoachingGroup.FormedBy.TRAINER,
                trainerId, ObservationCircle.of(members, assignment.observations()), succeeds), now);
        store.withdrawOpenInvitations(courseId, assignment.id(), members, now);
        members.forEach(member -> affected.add(scope(member, courseId), assignment.id()));
    }

    /** Two or three user ids, none twice: the shape of the request, before anything is read. */
    private static List<Long> checkedMembers(List<Long> members) {
        LocalizedText twoOrThree = LocalizedText.of("Zeg wie in de groep zitten: members, twee of drie deelnemers.",
                "Say who is in the group: members, two or three participants.");
        if (members == null || members.size() < 2 || members.size() > 3) {
            throw WorkRejectedException.invalid("members", twoOrThree);
        }
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) == null) {
                throw WorkRejectedException.invalid("members[" + i + "]", twoOrThree);
            }
        }
        if (Set.copyOf(members).size() != members.size()) {
            throw WorkRejectedException.invalid("members", LocalizedText.of(
                    "Iemand staat twee keer in de groep; noem ieder \u00e9\u00e9n keer.",
                    "Someone is in the group twice; name each person once."));
        }
        return List.copyOf(members);
    }

    /** Refuses the request when a member is no learner of the course (another course's, the trainer, unknown). */
    private static void refuseStrangers(Map<Long, CourseRoster.Participant> learners, List<Long> members) {
        List<WorkRejectedException.FieldIssue> strangers = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            long member = members.get(i);
            if (!learners.containsKey(member)) {
                strangers.add(new WorkRejectedException.FieldIssue("members[" + i + "]", LocalizedText.of(
                        "Gebruiker " + member + " is geen deelnemer van deze cursus.",
                        "User " + member + " is not a participant of this course.")));
            }
        }
        if (!strangers.isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.INVALID_INPUT, LocalizedText.of(
                    "Alleen deelnemers van deze cursus vormen een groep.",
                    "Only participants of this course form a group."), strangers);
        }
    }

    /**
     * Takes the members out of the other groups they are in, so that each is in one group at a time: such a
     * group ends, and the members who stay (two or more) go on as a new group in the same order, with the
     * observations between them; one who would be left alone is in no group. Saved work stays with its
     * author either way. The members being placed are locked; the ones who stay are locked here.
     */
    private void takeOut(long courseId, long trainerId, PeerCoachingAssignment assignment, List<Long> members,
                         OptionalLong changing, Instant now, AffectedWork affected) {
        Map<Long, Long> grouped = store.groupOfMember(courseId, assignment.id());
        Set<Long> left = members.stream().map(grouped::get).filter(group -> group != null
                && (changing.isEmpty() || group != changing.getAsLong())).collect(Collectors.toSet());
        if (left.isEmpty()) {
            return;
        }
        for (CoachingGroup group : store.activeGroups(courseId, assignment.id())) {
            if (!left.contains(group.id())) {
                continue;
            }
            List<Long> staying = group.members().stream().filter(member -> !members.contains(member)).toList();
            store.lockMembers(courseId, staying);
            store.end(group.id(), now);
            group.members().forEach(member -> affected.add(scope(member, courseId), assignment.id()));
            if (staying.size() >= 2) {
                formGroup(courseId, trainerId, assignment, staying, OptionalLong.of(group.id()), now, affected);
            }
        }
    }

    private CoachingGroup activeGroup(long courseId, String assignmentId, long groupId) {
        return store.activeGroups(courseId, assignmentId).stream().filter(group -> group.id() == groupId)
                .findFirst().orElseThrow(() -> unknownGroup(groupId));
    }

    private static WorkRejectedException unknownGroup(long groupId) {
        LocalizedText unknown = LocalizedText.of("Groep " + groupId + " is geen lopende groep van deze opdracht in deze cursus.",
                "Group " + groupId + " is not an active group of this assignment in this course.");
        return new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART, unknown,
                List.of(new WorkRejectedException.FieldIssue("groupId", unknown)));
    }

    private Map<Long, CourseRoster.Participant> learners(long courseId) {
        return roster.learners(courseId).stream().collect(Collectors.toMap(CourseRoster.Participant::userId,
                person -> person, (first, second) -> first, LinkedHashMap::new));
    }

    private PeerCoachingAssignment assignment(String assignmentId) {
        return access.assignment(assignmentId, PeerCoachingAssignment.class, NOT_PEER_COACHING);
    }

    private static WorkScope scope(long userId, long courseId) {
        return new WorkScope(userId, Optional.of(courseId));
    }

    private static CourseRoster.Participant formerParticipant(long userId) {
        return new CourseRoster.Participant(userId, Optional.empty(), Optional.empty());
    }
}
