package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressState;

/**
 * A teacher's progress in one assignment with the trainer's review applied.
 *
 * @param rules  the progress by the plugin's rules alone
 * @param review the tool's review state
 */
public record ReviewedProgress(Progress rules, ReviewState review) {

    public ReviewedProgress {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(review, "review");
    }

    /**
     * Applies the latest review to the rules' progress: an approval counts for the submission it was made on
     * (not before {@code submittedAt}); a return counts until the teacher submits again.
     */
    public static ReviewedProgress of(Progress rules, boolean needsApproval, Optional<Review> latest,
                                      Optional<Instant> submittedAt) {
        if (submittedAt.isEmpty()) {
            boolean returned = latest.filter(review -> review.decision() == Review.Decision.RETURNED).isPresent();
            return new ReviewedProgress(rules, returned ? ReviewState.RETURNED : ReviewState.NONE);
        }
        if (!needsApproval || rules.state() != ProgressState.COMPLETED) {
            return new ReviewedProgress(rules, ReviewState.NONE);
        }
        boolean approved = latest.filter(review -> review.decision() == Review.Decision.APPROVED
                && !review.decidedAt().isBefore(submittedAt.get())).isPresent();
        return new ReviewedProgress(rules, approved ? ReviewState.APPROVED : ReviewState.AWAITING_APPROVAL);
    }

    /** The progress the gradebook and the pages count: awaiting approval is not completed yet. */
    public Progress effective() {
        return review == ReviewState.AWAITING_APPROVAL ? new Progress(ProgressState.SUBMITTED, rules.score()) : rules;
    }
}
