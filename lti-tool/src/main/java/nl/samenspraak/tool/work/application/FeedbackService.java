package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * Feedback on a teacher's assignment, in rounds: the trainer saves a draft and sends it; the teacher sees
 * the sent rounds on the assignment and as "new feedback" on their start page, and replies once per round.
 * Every refusal comes before the first write. The caller has checked who the session is: a trainer of the
 * course for the trainer's side, the teacher themselves for theirs.
 */
@Singleton
public class FeedbackService {

    public static final int MAX_TEXT = 4000;

    private final WorkAccess access;
    private final FeedbackStore store;
    private final CourseLearners learners;
    private final Clock clock;
    private final Texts texts;

    @Inject
    public FeedbackService(ProgramCatalogService catalog, TeacherWorkStore works, FeedbackStore store,
                           CourseRoster roster, Clock clock, Texts texts) {
        this.access = new WorkAccess(catalog, works, texts);
        this.store = store;
        this.learners = new CourseLearners(roster, texts);
        this.clock = clock;
        this.texts = texts;
    }

    /** Every round on the teacher's assignment, the trainer's unsent draft included. */
    public List<Feedback> forTrainer(long contextId, long userId, String assignmentId) {
        access.placement(assignmentId);
        learners.require(contextId, userId);
        return store.rounds(contextId, userId, assignmentId);
    }

    /** Saves the trainer's draft (a new round when the latest was sent). */
    public List<Feedback> saveDraft(long contextId, long trainerId, long userId, String assignmentId, String text) {
        String checked = checked("text", text);
        access.placement(assignmentId);
        learners.require(contextId, userId);
        store.saveDraft(contextId, userId, assignmentId, trainerId, checked, clock.instant());
        return store.rounds(contextId, userId, assignmentId);
    }

    /** Sends the draft to the teacher. */
    public List<Feedback> send(long contextId, long userId, String assignmentId) {
        access.placement(assignmentId);
        learners.require(contextId, userId);
        if (!store.send(contextId, userId, assignmentId, clock.instant())) {
            throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY,
                    texts.of(TextKey.FEEDBACK_THERE_NO_DRAFT_SEND));
        }
        return store.rounds(contextId, userId, assignmentId);
    }

    /** The rounds the teacher has been sent; opening them marks them seen. */
    public List<Feedback> forTeacher(WorkScope teacher, String assignmentId) {
        access.placement(assignmentId);
        return teacher.contextId().map(course -> store.rounds(course, teacher.userId(), assignmentId).stream()
                .filter(Feedback::sent).toList()).orElse(List.of());
    }

    /** Marks the sent rounds of the assignment seen by the teacher. */
    public void markSeen(WorkScope teacher, String assignmentId) {
        access.placement(assignmentId);
        teacher.contextId().ifPresent(course -> store.markSeen(course, teacher.userId(), assignmentId, clock.instant()));
    }

    /** The teacher's one reply to the latest sent round. */
    public List<Feedback> reply(WorkScope teacher, String assignmentId, String text) {
        String checked = checked("reply", text);
        List<Feedback> sent = forTeacher(teacher, assignmentId);
        Feedback latest = sent.isEmpty() ? null : sent.get(sent.size() - 1);
        if (latest == null || latest.reply().isPresent()
                || !store.reply(latest.id(), checked, clock.instant())) {
            throw new WorkRejectedException(WorkRejectedException.Reason.ALREADY_THERE,
                    texts.of(TextKey.FEEDBACK_CAN_REPLY_ONCE_EACH));
        }
        return forTeacher(teacher, assignmentId);
    }

    private String checked(String field, String text) {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty()) {
            throw WorkRejectedException.invalid(field, texts.of(TextKey.FEEDBACK_WRITE_SOMETHING));
        }
        if (given.length() > MAX_TEXT) {
            throw WorkRejectedException.invalid(field,
                    texts.of(TextKey.FEEDBACK_MOST_CHARACTERS, MAX_TEXT, given.length()));
        }
        return given;
    }
}
