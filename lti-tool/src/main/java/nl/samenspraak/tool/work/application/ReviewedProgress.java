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
     * Applies the latest review to the rules' progress ({@link SubmissionReview}): complete work that needs
     * approval is approved or awaiting approval.
     */
    public static ReviewedProgress of(Progress rules, boolean needsApproval, Optional<Review> latest,
                                      Optional<Instant> submittedAt) {
        return new ReviewedProgress(rules, new SubmissionReview(needsApproval, latest, submittedAt)
                .state(rules.state(), ProgressState.COMPLETED, ProgressState.COMPLETED));
    }

    /** The progress the gradebook and the pages count: awaiting approval is not completed yet. */
    public Progress effective() {
        return review == ReviewState.AWAITING_APPROVAL ? new Progress(ProgressState.SUBMITTED, rules.score()) : rules;
    }
}
