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
     * Reads the review state off the recorded progress by the rules {@link ReviewedProgress#of} applies to the
     * rules' progress: recorded, approved work is {@code COMPLETED} and work awaiting approval {@code SUBMITTED}.
     */
    public static RecordedStanding of(Progress recorded, boolean needsApproval, Optional<Review> latest,
                                      Optional<Instant> submittedAt) {
        return new RecordedStanding(recorded, new SubmissionReview(needsApproval, latest, submittedAt)
                .state(recorded.state(), ProgressState.COMPLETED, ProgressState.SUBMITTED));
    }
}
