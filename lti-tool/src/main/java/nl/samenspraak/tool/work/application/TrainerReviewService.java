package nl.samenspraak.tool.work.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressCalculator;
import nl.samenspraak.program.progress.TeacherWork;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;

/**
 * The trainer's decisions on a course's work: whether an assignment needs approval, approving submitted
 * work (one or a selection at once), returning it for revision with a reason. Each decision is a state change
 * the gradebook hears of: a {@link ProgressChanged} fired inside the decision's transaction. Every refusal
 * comes before the first write; a selection is approved entirely or not at all. The caller has checked that
 * the session is a trainer of the course.
 */
@Singleton
public class TrainerReviewService {

    public static final int MAX_REASON = 2000;
    public static final int MAX_SELECTION = 500;

    private final WorkAccess access;
    private final TeacherWorkStore works;
    private final ApprovalPolicy policy;
    private final ApprovalSettings settings;
    private final ReviewStore reviews;
    private final CourseLearners learners;
    private final Event<ProgressChanged> changes;
    private final Clock clock;
    private final ProgressCalculator calculator = ProgressCalculator.create();

    @Inject
    public TrainerReviewService(ProgramCatalogService catalog, TeacherWorkStore works, ApprovalPolicy policy,
                                ApprovalSettings settings, ReviewStore reviews, CourseRoster roster,
                                Event<ProgressChanged> changes, Clock clock) {
        this.access = new WorkAccess(catalog, works);
        this.works = works;
        this.policy = policy;
        this.settings = settings;
        this.reviews = reviews;
        this.learners = new CourseLearners(roster);
        this.changes = changes;
        this.clock = clock;
    }

    /** One teacher's assignment to decide on. */
    public record Selected(long userId, String assignmentId) {
    }

    /** A teacher's work in one assignment as the trainer reviews it. */
    public record ReviewedWork(WorkScope teacher, String assignmentId, ReviewedProgress progress,
                               Optional<Review> review, boolean needsApproval) {
    }

    /** A learner of the course, with their name. @throws WorkRejectedException (not found) for anyone else */
    public CourseRoster.Participant member(long contextId, long userId) {
        return learners.participant(contextId, userId);
    }

    /** Where a teacher's work stands in the review. */
    public ReviewedWork reviewed(long contextId, long userId, String assignmentId) {
        Assignment assignment = access.placement(assignmentId).assignment();
        WorkScope teacher = learners.require(contextId, userId);
        return reviewed(contextId, teacher, assignment);
    }

    /** The same for the teacher themselves, on their own assignment page. */
    public ReviewedWork own(WorkScope teacher, String assignmentId) {
        Assignment assignment = access.placement(assignmentId).assignment();
        if (teacher.contextId().isEmpty()) {
            return new ReviewedWork(teacher, assignmentId, ReviewedProgress.of(progress(teacher, assignment), false,
                    Optional.empty(), Optional.empty()), Optional.empty(), false);
        }
        return reviewed(teacher.contextId().get(), teacher, assignment);
    }

    /** Switches "approval needed" for an assignment of the course. */
    public void setNeedsApproval(long contextId, long trainerId, String assignmentId, boolean needsApproval) {
        access.placement(assignmentId);
        settings.set(contextId, assignmentId, needsApproval, trainerId, clock.instant());
    }

    /**
     * Approves each selected teacher's work, all or none: each must be submitted, complete by the rules and
     * waiting for approval.
     */
    public List<ReviewedWork> approve(long contextId, long trainerId, List<Selected> selection) {
        if (selection.isEmpty() || selection.size() > MAX_SELECTION) {
            throw WorkRejectedException.invalid("items", LocalizedText.of(
                    "Kies 1 tot " + MAX_SELECTION + " opdrachten om goed te keuren.",
                    "Choose 1 to " + MAX_SELECTION + " assignments to approve."));
        }
        List<ReviewedWork> before = new ArrayList<>();
        for (int i = 0; i < selection.size(); i++) {
            Selected selected = selection.get(i);
            ReviewedWork work = reviewed(contextId, selected.userId(), selected.assignmentId());
            if (work.progress().review() != ReviewState.AWAITING_APPROVAL) {
                String field = selection.size() == 1 ? "assignmentId" : "items[" + i + "]";
                throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY, LocalizedText.of(
                        "Alleen ingeleverd werk dat op goedkeuring wacht kun je goedkeuren.",
                        "Only submitted work that is waiting for approval can be approved."),
                        List.of(new WorkRejectedException.FieldIssue(field, LocalizedText.of(
                                "wacht niet op goedkeuring", "not waiting for approval"))));
            }
            before.add(work);
        }
        if (new LinkedHashSet<>(selection).size() != selection.size()) {
            throw WorkRejectedException.invalid("items", LocalizedText.of("Elke opdracht hoogstens één keer.",
                    "Each assignment at most once."));
        }
        Instant now = clock.instant();
        List<ReviewStore.Key> keys = selection.stream()
                .map(selected -> new ReviewStore.Key(selected.userId(), selected.assignmentId())).toList();
        boolean done = reviews.approve(contextId, keys, trainerId, now, () -> before.forEach(work ->
                changes.fire(new ProgressChanged(work.teacher(), work.assignmentId(), work.progress().effective(),
                        work.progress().rules(), now))));
        if (!done) {
            throw notSubmitted();
        }
        return before.stream().map(work -> new ReviewedWork(work.teacher(), work.assignmentId(),
                new ReviewedProgress(work.progress().rules(), ReviewState.APPROVED),
                Optional.of(new Review(Review.Decision.APPROVED, Optional.empty(), trainerId, now)), true)).toList();
    }

    /** Returns submitted work for revision: editable again, with the reason the teacher sees. */
    public ReviewedWork returnForRevision(long contextId, long trainerId, long userId, String assignmentId,
                                          String reason) {
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty() || given.length() > MAX_REASON) {
            throw WorkRejectedException.invalid("reason", LocalizedText.of(
                    "Schrijf in 1 tot " + MAX_REASON + " tekens waarom je het werk terugstuurt.",
                    "Say in 1 to " + MAX_REASON + " characters why you return the work."));
        }
        ReviewedWork before = reviewed(contextId, userId, assignmentId);
        TeacherWork submitted = works.find(before.teacher(), assignmentId).map(StoredWork::work)
                .filter(TeacherWork::submitted).orElseThrow(TrainerReviewService::notSubmitted);
        // The work as the return leaves it, computed here: the transaction's writes are not visible to reads
        // on other connections before it commits.
        Progress after = calculator.progress(access.placement(assignmentId).assignment(), submitted.withSubmittedAt(null));
        Instant now = clock.instant();
        boolean done = reviews.returnForRevision(contextId, userId, assignmentId, given, trainerId, now, () ->
                changes.fire(new ProgressChanged(before.teacher(), assignmentId, before.progress().effective(), after, now)));
        if (!done) {
            throw notSubmitted();
        }
        return reviewed(contextId, userId, assignmentId);
    }

    private ReviewedWork reviewed(long contextId, WorkScope teacher, Assignment assignment) {
        Optional<StoredWork> stored = works.find(teacher, assignment.id());
        TeacherWork work = stored.map(StoredWork::work).orElse(TeacherWork.none());
        boolean needs = policy.needsApproval(contextId, assignment.id());
        Optional<Review> review = reviews.find(contextId, teacher.userId(), assignment.id());
        return new ReviewedWork(teacher, assignment.id(), ReviewedProgress.of(calculator.progress(assignment, work), needs, review,
                Optional.ofNullable(work.submittedAt())), review, needs);
    }

    private Progress progress(WorkScope teacher, Assignment assignment) {
        return calculator.progress(assignment, works.find(teacher, assignment.id()).map(StoredWork::work)
                .orElse(TeacherWork.none()));
    }

    private static WorkRejectedException notSubmitted() {
        return new WorkRejectedException(WorkRejectedException.Reason.NOT_READY, LocalizedText.of(
                "Dit werk is niet (meer) ingeleverd; er valt niets goed te keuren of terug te sturen.",
                "This work is not submitted (anymore); there is nothing to approve or return."));
    }
}
