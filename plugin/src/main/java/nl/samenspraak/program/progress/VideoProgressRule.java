package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSource;

import java.util.Objects;

/**
 * A video assignment is completed when it is submitted, every required viewing question has an answer
 * that counts, and the share of the video played (overlaps merged, skipped parts not counted) is at least
 * {@code requiredWatchedShare}.
 * <p>
 * Score: the mean of three parts and being submitted: required questions answered / required questions,
 * and watched share / required share (capped at 1).
 * <p>
 * An embedded player ({@link VideoSource.Embed}) does not report what was played, so for it the watched
 * share is not part of the condition.
 */
public final class VideoProgressRule implements ProgressRule<VideoAssignment> {

    /** Merging intervals sums floating point seconds; a rounding error must not keep a teacher from completing. */
    private static final double TOLERANCE = 1e-9;

    private final RequiredAnswers requiredAnswers;

    public VideoProgressRule(AnswerChecker checker) {
        this.requiredAnswers = new RequiredAnswers(checker);
    }

    @Override
    public Progress evaluate(VideoAssignment assignment, TeacherWork work) {
        Objects.requireNonNull(assignment, "assignment");
        ProgressParts parts = requiredAnswers.addTo(new ProgressParts(), assignment.questions(), work.answers());
        if (!(assignment.video().source() instanceof VideoSource.Embed)) {
            double required = assignment.requiredWatchedShare();
            double watched = WatchedIntervals.share(work.watched(), assignment.video().durationSeconds());
            parts.score(watched + TOLERANCE >= required ? 1.0 : watched / required);
        }
        return parts.progress(work);
    }
}
