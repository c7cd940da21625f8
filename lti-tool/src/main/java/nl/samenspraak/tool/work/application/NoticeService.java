package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.application.Transactions;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * What needs the teacher now, for the top of their start page (issue 10): invitations to answer, a group the
 * trainer put them in lately, new feedback from the trainer, a colleague's observation of them not read yet,
 * observations planned in the coming days and work returned for revision. One use case in one transaction, so
 * the reads agree; each kind is one query for the whole course, never one per row.
 */
@Singleton
public class NoticeService {

    /** How far ahead a planned observation is worth a notice. */
    public static final Duration AHEAD = Duration.ofDays(7);

    private final NoticeStore notices;
    private final FeedbackStore feedback;
    private final CourseRoster roster;
    private final Transactions transactions;
    private final Clock clock;
    private final Texts texts;

    @Inject
    public NoticeService(NoticeStore notices, FeedbackStore feedback, CourseRoster roster, Transactions transactions,
                         Clock clock, Texts texts) {
        this.notices = notices;
        this.feedback = feedback;
        this.roster = roster;
        this.transactions = transactions;
        this.clock = clock;
        this.texts = texts;
    }

    /** The kinds of notice, in the order the page lists them. */
    public enum Kind {
        INVITATION,
        /** The trainer put the teacher in a group (in the last {@link #AHEAD}), with the colleagues named. */
        GROUP,
        RETURNED,
        FEEDBACK,
        /** A colleague submitted an observation of the teacher, which the teacher has not opened yet. */
        RECEIVED,
        OBSERVATION
    }

    /**
     * One thing that needs the teacher, in an assignment.
     *
     * @param colleague the colleague who invited, or the partner of the observation; empty otherwise
     * @param at        when the observation is planned, or when the invitation was sent; empty otherwise
     * @param observing for an observation: the teacher observes (else the colleague observes them)
     * @param count     for feedback: how many rounds are not read yet; 1 otherwise
     * @param observationId for a received observation: which, so that the page can open it; empty otherwise
     */
    public record Notice(Kind kind, String assignmentId, Optional<LocalizedText> colleague, Optional<Instant> at,
                         boolean observing, int count, Optional<Long> observationId) {

        Notice(Kind kind, String assignmentId, Optional<LocalizedText> colleague, Optional<Instant> at,
               boolean observing, int count) {
            this(kind, assignmentId, colleague, at, observing, count, Optional.empty());
        }
    }

    /** The teacher's notices in the session's course; none without a course. */
    public List<Notice> forTeacher(WorkScope teacher) {
        return teacher.contextId().map(course -> transactions.inTransaction(() -> notices(course, teacher.userId())))
                .orElse(List.of());
    }

    private List<Notice> notices(long course, long me) {
        Instant now = clock.instant();
        List<NoticeStore.OpenInvitation> invitations = notices.invitationsTo(course, me);
        List<NoticeStore.PlannedObservation> planned = notices.planned(course, me, now, now.plus(AHEAD));
        List<NoticeStore.TrainerGroup> grouped = notices.groupsFormedFor(course, me, now.minus(AHEAD));
        List<NoticeStore.ReceivedObservation> received = notices.unreadObservationsOf(course, me);
        Map<Long, CourseRoster.Participant> learners = invitations.isEmpty() && planned.isEmpty() && grouped.isEmpty()
                && received.isEmpty()
                ? Map.of()
                : roster.learners(course).stream().collect(Collectors.toMap(CourseRoster.Participant::userId,
                Function.identity(), (first, second) -> first));
        List<Notice> list = new ArrayList<>();
        invitations.forEach(invitation -> list.add(new Notice(Kind.INVITATION, invitation.assignmentId(),
                Optional.of(name(learners, invitation.inviterId())), Optional.of(invitation.sentAt()), false, 1)));
        grouped.forEach(group -> list.add(new Notice(Kind.GROUP, group.assignmentId(), Optional.of(names(learners,
                group.colleagues())), Optional.of(group.formedAt()), false, 1)));
        notices.returned(course, me).forEach(assignmentId -> list.add(
                new Notice(Kind.RETURNED, assignmentId, Optional.empty(), Optional.empty(), false, 1)));
        feedback.unseen(course, me).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(unseen -> list.add(
                new Notice(Kind.FEEDBACK, unseen.getKey(), Optional.empty(), Optional.empty(), false, unseen.getValue())));
        received.forEach(observation -> list.add(new Notice(Kind.RECEIVED, observation.assignmentId(),
                Optional.of(name(learners, observation.observerId())), Optional.of(observation.submittedAt()), false, 1,
                Optional.of(observation.observationId()))));
        planned.stream().sorted(Comparator.comparing(NoticeStore.PlannedObservation::plannedAt)).forEach(observation -> {
            boolean observing = observation.observerId() == me;
            long partner = observing ? observation.observedId() : observation.observerId();
            list.add(new Notice(Kind.OBSERVATION, observation.assignmentId(), Optional.of(name(learners, partner)),
                    Optional.of(observation.plannedAt()), observing, 1));
        });
        return List.copyOf(list);
    }

    /** "Bram Jansen en Carla Smit" / "Bram Jansen and Carla Smit". */
    private LocalizedText names(Map<Long, CourseRoster.Participant> learners, List<Long> userIds) {
        // A group has two members or more, so there is a colleague at least.
        return userIds.stream().map(userId -> name(learners, userId))
                .reduce((names, next) -> texts.of(TextKey.NOTICE_SERVICE_NAMES_AND, names, next)).orElseThrow();
    }

    private LocalizedText name(Map<Long, CourseRoster.Participant> learners, long userId) {
        return PeerTexts.name(texts, learners.getOrDefault(userId,
                new CourseRoster.Participant(userId, Optional.empty(), Optional.empty())));
    }
}
