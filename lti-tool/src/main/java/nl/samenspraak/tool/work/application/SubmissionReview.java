package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.program.progress.ProgressState;

/**
 * The review rules shared by {@link ReviewedProgress} (from the rules' progress) and {@link RecordedStanding}
 * (from the recorded progress), so that both name the same state: only submitted work can wait for approval;
 * an approval counts for the submission it was made on (not before {@code submittedAt}); a return counts
 * until the teacher submits again.
 *
 * @param needsApproval whether the course asks the trainer's approval for the assignment
 * @param latest        the trainer's latest decision on it, if any
 * @param submittedAt   when the work was submitted; empty while it is not
 */
record SubmissionReview(boolean needsApproval, Optional<Review> latest, Optional<Instant> submittedAt) {

    /**
     * The review state of work whose progress is {@code shown}.
     *
     * @param approvedAs the state approved work has in that progress
     * @param awaitingAs the state work awaiting approval has in it
     */
    ReviewState state(ProgressState shown, ProgressState approvedAs, ProgressState awaitingAs) {
        if (submittedAt.isEmpty()) {
            boolean returned = latest.filter(review -> review.decision() == Review.Decision.RETURNED).isPresent();
            return returned ? ReviewState.RETURNED : ReviewState.NONE;
        }
        if (!needsApproval) {
            return ReviewState.NONE;
        }
        boolean approved = latest.filter(review -> review.decision() == Review.Decision.APPROVED
                && !review.decidedAt().isBefore(submittedAt.get())).isPresent();
        if (approved && shown == approvedAs) {
            return ReviewState.APPROVED;
        }
        if (!approved && shown == awaitingAs) {
            return ReviewState.AWAITING_APPROVAL;
        }
        return ReviewState.NONE;
    }
}
