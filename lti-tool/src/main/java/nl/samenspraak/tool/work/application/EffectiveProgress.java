package nl.samenspraak.tool.work.application;

import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.progress.ProgressCalculator;
import nl.samenspraak.program.progress.TeacherWork;

/**
 * The one place a teacher's progress is computed the way the tool counts it: the plugin's rules, then the
 * course's approval switch and the trainer's latest decision ({@link ReviewedProgress}). The recorded
 * progress, and so {@link ProgressChanged} and the gradebook, and the trainer's view of one teacher's work
 * come from here; the course page applies the same {@link ReviewedProgress#of} to what it reads in bulk.
 * Reads run on the caller's transaction, so a decision written in it is seen.
 */
final class EffectiveProgress {

    private final ApprovalPolicy policy;
    private final ReviewStore reviews;
    private final ProgressCalculator calculator = ProgressCalculator.create();

    EffectiveProgress(ApprovalPolicy policy, ReviewStore reviews) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
    }

    /** The teacher's work in the assignment with the review applied; outside a course nothing is reviewed. */
    ReviewedProgress of(WorkScope teacher, Assignment assignment, TeacherWork work) {
        var rules = calculator.progress(assignment, work);
        if (teacher.contextId().isEmpty()) {
            return ReviewedProgress.of(rules, false, Optional.empty(), Optional.empty());
        }
        long contextId = teacher.contextId().get();
        return ReviewedProgress.of(rules, policy.needsApproval(contextId, assignment.id()),
                reviews.find(contextId, teacher.userId(), assignment.id()), Optional.ofNullable(work.submittedAt()));
    }

    /** The latest decision on the teacher's work, for what the trainer's page shows beside the state. */
    Optional<Review> latest(WorkScope teacher, String assignmentId) {
        return teacher.contextId().flatMap(contextId -> reviews.find(contextId, teacher.userId(), assignmentId));
    }

    /** Whether the assignment needs approval in the teacher's course. */
    boolean needsApproval(WorkScope teacher, String assignmentId) {
        return teacher.contextId().map(contextId -> policy.needsApproval(contextId, assignmentId)).orElse(false);
    }
}
