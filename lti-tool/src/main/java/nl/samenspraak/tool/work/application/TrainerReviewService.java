package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.progress.TeacherWork;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.privacy.application.Actor;
import nl.samenspraak.tool.privacy.application.AuditAction;
import nl.samenspraak.tool.privacy.application.AuditTrail;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * The trainer's decisions on a course's work: whether an assignment needs approval, approving submitted
 * work (one or a selection at once), returning it for revision with a reason. Each decision is one use case
 * through {@link WorkTransactions}: it writes the decision and names the work it affects, and the recorder
 * then records the effective progress and fires {@link ProgressChanged} in the same transaction, so the
 * gradebook's score commits with the decision. Every refusal comes before the first write; a selection is
 * approved entirely or not at all, in one transaction. The trainer's read of a teacher's work writes its audit
 * record in the read's transaction. The caller has checked that the session is a trainer of the course.
 */
@Singleton
public class TrainerReviewService {

    public static final int MAX_REASON = 2000;
    public static final int MAX_SELECTION = 500;

    private final WorkAccess access;
    private final TeacherWorkStore works;
    private final ApprovalSettings settings;
    private final ReviewStore reviews;
    private final CourseLearners learners;
    private final EffectiveProgress effective;
    private final WorkTransactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Texts texts;

    @Inject
    public TrainerReviewService(ProgramCatalogService catalog, TeacherWorkStore works, ApprovalPolicy policy,
                                ApprovalSettings settings, ReviewStore reviews, CourseRoster roster,
                                WorkTransactions transactions, AuditTrail audit, Clock clock, Texts texts) {
        this.access = new WorkAccess(catalog, works, texts);
        this.works = works;
        this.settings = settings;
        this.reviews = reviews;
        this.learners = new CourseLearners(roster, texts);
        this.effective = new EffectiveProgress(policy, reviews);
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.texts = texts;
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

    /**
     * Where a teacher's work stands in the review, as the trainer opens it: the audit trail records that the
     * trainer opened the teacher's work, in the same transaction as the read.
     */
    public ReviewedWork reviewed(long contextId, long trainerId, long userId, String assignmentId) {
        return transactions.run(affected -> {
            ReviewedWork work = reviewed(contextId, userId, assignmentId);
            audit.record(Actor.trainer(trainerId), AuditAction.OPENED_WORK, List.of(userId), Optional.of(contextId));
            return work;
        });
    }

    /** The same for the teacher themselves, on their own assignment page. */
    public ReviewedWork own(WorkScope teacher, String assignmentId) {
        return reviewed(teacher, access.placement(assignmentId).assignment());
    }

    /**
     * Switches "approval needed" for an assignment of the course. The effective progress of everyone's work on
     * it is recorded anew in the same transaction: switching approval off completes the work that waited for
     * it, switching it on makes completed work wait.
     */
    public void setNeedsApproval(long contextId, long trainerId, String assignmentId, boolean needsApproval) {
        access.placement(assignmentId);
        transactions.run(ProgressCause.APPROVAL_SWITCH, affected -> {
            settings.set(contextId, assignmentId, needsApproval, trainerId, clock.instant());
            works.workersOn(contextId, assignmentId).forEach(teacher -> affected.add(teacher, assignmentId));
            return null;
        });
    }

    /**
     * Approves each selected teacher's work, all or none, in one transaction: each must be submitted,
     * complete by the rules and waiting for approval.
     */
    public List<ReviewedWork> approve(long contextId, long trainerId, List<Selected> selection) {
        if (selection.isEmpty() || selection.size() > MAX_SELECTION) {
            throw WorkRejectedException.invalid("items",
                    texts.of(TextKey.TRAINER_REVIEW_CHOOSE_ASSIGNMENTS_APPROVE, MAX_SELECTION));
        }
        if (new LinkedHashSet<>(selection).size() != selection.size()) {
            throw WorkRejectedException.invalid("items", texts.of(TextKey.TRAINER_REVIEW_EACH_ASSIGNMENT_MOST_ONCE));
        }
        return transactions.run(ProgressCause.APPROVED, affected -> {
            List<ReviewedWork> before = new ArrayList<>();
            for (int i = 0; i < selection.size(); i++) {
                Selected selected = selection.get(i);
                ReviewedWork work = reviewed(contextId, selected.userId(), selected.assignmentId());
                if (work.progress().review() != ReviewState.AWAITING_APPROVAL) {
                    String field = selection.size() == 1 ? "assignmentId" : "items[" + i + "]";
                    throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY,
                            texts.of(TextKey.TRAINER_REVIEW_ONLY_SUBMITTED_WORK_WAITING),
                            List.of(new WorkRejectedException.FieldIssue(field,
                                    texts.of(TextKey.TRAINER_REVIEW_NOT_WAITING_APPROVAL))));
                }
                before.add(work);
            }
            Instant now = clock.instant();
            List<ReviewStore.Key> keys = selection.stream()
                    .map(selected -> new ReviewStore.Key(selected.userId(), selected.assignmentId())).toList();
            if (!reviews.approve(contextId, keys, trainerId, now)) {
                throw notSubmitted();
            }
            before.forEach(work -> affected.add(work.teacher(), work.assignmentId()));
            return before.stream().map(work -> new ReviewedWork(work.teacher(), work.assignmentId(),
                    new ReviewedProgress(work.progress().rules(), ReviewState.APPROVED),
                    Optional.of(new Review(Review.Decision.APPROVED, Optional.empty(), trainerId, now)), true)).toList();
        });
    }

    /**
     * Returns submitted work for revision: editable again, with the reason the teacher sees, as reopening
     * does; the recorder then records what the rules make of the reopened work.
     */
    public ReviewedWork returnForRevision(long contextId, long trainerId, long userId, String assignmentId,
                                          String reason) {
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty() || given.length() > MAX_REASON) {
            throw WorkRejectedException.invalid("reason",
                    texts.of(TextKey.TRAINER_REVIEW_SAY_CHARACTERS_WHY_RETURN, MAX_REASON));
        }
        return transactions.run(ProgressCause.RETURNED, affected -> {
            ReviewedWork before = reviewed(contextId, userId, assignmentId);
            works.find(before.teacher(), assignmentId).map(StoredWork::work).filter(TeacherWork::submitted)
                    .orElseThrow(this::notSubmitted);
            if (!reviews.returnForRevision(contextId, userId, assignmentId, given, trainerId, clock.instant())) {
                throw notSubmitted();
            }
            affected.add(before.teacher(), assignmentId);
            // Read in the transaction, so the return written above is seen.
            return reviewed(contextId, userId, assignmentId);
        });
    }

    private ReviewedWork reviewed(long contextId, long userId, String assignmentId) {
        Assignment assignment = access.placement(assignmentId).assignment();
        return reviewed(learners.require(contextId, userId), assignment);
    }

    private ReviewedWork reviewed(WorkScope teacher, Assignment assignment) {
        TeacherWork work = works.find(teacher, assignment.id()).map(StoredWork::work).orElse(TeacherWork.none());
        return new ReviewedWork(teacher, assignment.id(), effective.of(teacher, assignment, work),
                effective.latest(teacher, assignment.id()), effective.needsApproval(teacher, assignment.id()));
    }

    private WorkRejectedException notSubmitted() {
        return new WorkRejectedException(WorkRejectedException.Reason.NOT_READY,
                texts.of(TextKey.TRAINER_REVIEW_WORK_NOT_SUBMITTED_ANYMORE));
    }
}
