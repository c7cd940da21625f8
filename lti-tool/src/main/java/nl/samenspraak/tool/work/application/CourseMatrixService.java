package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.progress.ProgressCalculator;
import nl.samenspraak.program.progress.TeacherWork;
import nl.samenspraak.tool.application.Transactions;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.privacy.application.Actor;
import nl.samenspraak.tool.privacy.application.AuditAction;
import nl.samenspraak.tool.privacy.application.AuditTrail;

/**
 * The trainer's course page: every member of the course by every assignment, with the reviewed state, the
 * last activity, the score and where the feedback stands. It reads each table once for the whole course (the
 * members, the work and its parts, the settings, the reviews, the feedback), so the number of queries does
 * not grow with the number of members; progress is computed in memory by the plugin's rules. The export of
 * the page (the CSV download) writes its audit record in the same transaction as the read.
 */
@Singleton
public class CourseMatrixService {

    private final ProgramCatalogService catalog;
    private final CourseRoster roster;
    private final CourseWorkStore works;
    private final ApprovalPolicy approvals;
    private final ReviewStore reviews;
    private final FeedbackStore feedback;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final ProgressCalculator calculator = ProgressCalculator.create();

    @Inject
    public CourseMatrixService(ProgramCatalogService catalog, CourseRoster roster, CourseWorkStore works,
                               ApprovalPolicy approvals, ReviewStore reviews, FeedbackStore feedback,
                               Transactions transactions, AuditTrail audit) {
        this.catalog = catalog;
        this.roster = roster;
        this.works = works;
        this.approvals = approvals;
        this.reviews = reviews;
        this.feedback = feedback;
        this.transactions = transactions;
        this.audit = audit;
    }

    /**
     * The whole course as the trainer downloads it: every member's work leaves the tool, so the audit trail
     * records the export for each member, in one transaction with the read.
     */
    public Matrix export(long contextId, long trainerId) {
        return transactions.inTransaction(() -> {
            Matrix found = matrix(contextId);
            audit.record(Actor.trainer(trainerId), AuditAction.EXPORTED,
                    found.rows().stream().map(row -> row.participant().userId()).toList(), Optional.of(contextId));
            return found;
        });
    }

    /**
     * One member in one assignment.
     *
     * @param lastActivity when the work last changed; empty when there is none
     * @param returnReason the reason of a return for revision that still holds
     */
    public record Cell(ReviewedProgress progress, Optional<Instant> lastActivity, Optional<Instant> submittedAt,
                       Feedback.Stage feedback, Optional<String> returnReason) {
    }

    /** A member with a cell per assignment id, in the program's order. */
    public record Row(CourseRoster.Participant participant, Map<String, Cell> cells) {
    }

    public record Matrix(Set<String> needingApproval, List<Row> rows) {
    }

    /** The whole course; the caller has checked that the session is a trainer of it. */
    public Matrix matrix(long contextId) {
        Set<String> needing = approvals.needingApproval(contextId);
        Map<Long, Map<String, CourseWorkStore.CourseWork>> all = works.course(contextId);
        Map<ReviewStore.Key, Review> decided = reviews.course(contextId);
        Map<ReviewStore.Key, Feedback> latest = feedback.latest(contextId);
        List<Assignment> assignments = catalog.catalog().assignments();
        List<Row> rows = roster.learners(contextId).stream().map(participant -> {
            Map<String, CourseWorkStore.CourseWork> own = all.getOrDefault(participant.userId(), Map.of());
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (Assignment assignment : assignments) {
                ReviewStore.Key key = new ReviewStore.Key(participant.userId(), assignment.id());
                cells.put(assignment.id(), cell(assignment, Optional.ofNullable(own.get(assignment.id())),
                        needing.contains(assignment.id()), Optional.ofNullable(decided.get(key)),
                        Optional.ofNullable(latest.get(key))));
            }
            return new Row(participant, cells);
        }).toList();
        return new Matrix(needing, rows);
    }

    private Cell cell(Assignment assignment, Optional<CourseWorkStore.CourseWork> found, boolean needsApproval,
                      Optional<Review> review, Optional<Feedback> latest) {
        TeacherWork work = found.map(row -> row.stored().work()).orElse(TeacherWork.none());
        Optional<Instant> submittedAt = Optional.ofNullable(work.submittedAt());
        ReviewedProgress progress = ReviewedProgress.of(calculator.progress(assignment, work), needsApproval, review,
                submittedAt);
        Optional<String> reason = progress.review() == ReviewState.RETURNED ? review.flatMap(Review::reason)
                : Optional.empty();
        return new Cell(progress, found.map(CourseWorkStore.CourseWork::updatedAt), submittedAt,
                latest.map(Feedback::stage).orElse(Feedback.Stage.NONE), reason);
    }
}
