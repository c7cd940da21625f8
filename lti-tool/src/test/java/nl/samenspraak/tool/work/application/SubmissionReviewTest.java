package nl.samenspraak.tool.work.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressState;
import org.junit.jupiter.api.Test;

/** The review rules once, read from the rules' progress and from the recorded progress alike. */
class SubmissionReviewTest {

    private static final Instant SUBMITTED = Instant.parse("2026-11-02T10:00:00Z");
    private static final Progress COMPLETE = new Progress(ProgressState.COMPLETED, 1);
    private static final Progress AWAITING = new Progress(ProgressState.SUBMITTED, 1);

    @Test
    void aReturnCountsUntilTheTeacherSubmitsAgain() {
        Optional<Review> returned = review(Review.Decision.RETURNED, SUBMITTED.plusSeconds(60));
        Progress reopened = new Progress(ProgressState.IN_PROGRESS, 0.5);
        assertEquals(ReviewState.RETURNED, ReviewedProgress.of(reopened, true, returned, Optional.empty()).review());
        assertEquals(ReviewState.RETURNED, RecordedStanding.of(reopened, true, returned, Optional.empty()).review());
        Optional<Instant> again = Optional.of(SUBMITTED.plusSeconds(120));
        assertEquals(ReviewState.AWAITING_APPROVAL, ReviewedProgress.of(COMPLETE, true, returned, again).review());
        assertEquals(ReviewState.AWAITING_APPROVAL, RecordedStanding.of(AWAITING, true, returned, again).review());
    }

    @Test
    void anApprovalCountsForTheSubmissionItWasMadeOn() {
        Optional<Instant> submitted = Optional.of(SUBMITTED);
        Optional<Review> approved = review(Review.Decision.APPROVED, SUBMITTED.plusSeconds(60));
        assertEquals(ReviewState.APPROVED, ReviewedProgress.of(COMPLETE, true, approved, submitted).review());
        assertEquals(ReviewState.APPROVED, RecordedStanding.of(COMPLETE, true, approved, submitted).review());
        Optional<Review> earlier = review(Review.Decision.APPROVED, SUBMITTED.minusSeconds(60));
        assertEquals(ReviewState.AWAITING_APPROVAL, ReviewedProgress.of(COMPLETE, true, earlier, submitted).review());
        assertEquals(ReviewState.AWAITING_APPROVAL, RecordedStanding.of(AWAITING, true, earlier, submitted).review());
    }

    @Test
    void withoutApprovalOrCompleteWorkThereIsNoReviewState() {
        Optional<Instant> submitted = Optional.of(SUBMITTED);
        assertEquals(ReviewState.NONE, ReviewedProgress.of(COMPLETE, false, Optional.empty(), submitted).review());
        assertEquals(ReviewState.NONE, RecordedStanding.of(COMPLETE, false, Optional.empty(), submitted).review());
        Progress partial = new Progress(ProgressState.SUBMITTED, 0.4);
        assertEquals(ReviewState.NONE, ReviewedProgress.of(partial, true, Optional.empty(), submitted).review());
        assertEquals(ReviewState.NONE, RecordedStanding.of(COMPLETE, true, Optional.empty(), submitted).review());
    }

    private static Optional<Review> review(Review.Decision decision, Instant at) {
        return Optional.of(new Review(decision, Optional.empty(), 7, at));
    }
}
