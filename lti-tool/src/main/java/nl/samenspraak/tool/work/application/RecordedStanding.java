package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressState;

/**
 * Where a teacher stands in one assignment as the tool recorded it ({@link ProgressRecorder}: the effective
 * progress the gradebook got), with the review state the pages show beside it.
 *
 * @param progress the recorded effective progress: awaiting approval is {@code SUBMITTED}, approved is
 *                 {@code COMPLETED}, returned is what the rules make of the reopened work
 * @param review   the trainer's review as the pages name it
 */
public record RecordedStanding(Progress progress, ReviewState review) {

    public RecordedStanding {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(review, "review");
    }

    /**
     * Reads the review state off the recorded progress the same way {@link ReviewedProgress#of} derives it
     * from the rules: only submitted work can wait for approval, and an approval counts for the submission it
     * was made on; a return counts until the teacher submits again.
     */
    public static RecordedStanding of(Progress recorded, boolean needsApproval, Optional<Review> latest,
                                      Optional<Instant> submittedAt) {
        if (submittedAt.isEmpty()) {
            boolean returned = latest.filter(review -> review.decision() == Review.Decision.RETURNED).isPresent();
            return new RecordedStanding(recorded, returned ? ReviewState.RETURNED : ReviewState.NONE);
        }
        boolean approved = latest.filter(review -> review.decision() == Review.Decision.APPROVED
                && !review.decidedAt().isBefore(submittedAt.get())).isPresent();
        if (needsApproval && recorded.state() == ProgressState.COMPLETED && approved) {
            return new RecordedStanding(recorded, ReviewState.APPROVED);
        }
        if (needsApproval && recorded.state() == ProgressState.SUBMITTED && !approved) {
            return new RecordedStanding(recorded, ReviewState.AWAITING_APPROVAL);
        }
        return new RecordedStanding(recorded, ReviewState.NONE);
    }
}
