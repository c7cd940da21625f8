package nl.samenspraak.program.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of an assignment's completion condition, each scored 0 to 1 (1 = met), turned into a
 * {@link Progress} the same way for every type: the score is the mean of the parts plus one part for being
 * submitted, so it reaches 1 exactly when the assignment is completed.
 */
final class ProgressParts {

    private final List<Double> parts = new ArrayList<>();

    /** A part that is met once {@code achieved} reaches {@code needed}; met when nothing is needed. */
    ProgressParts count(long achieved, long needed) {
        parts.add(needed <= 0 ? 1.0 : Math.min(1.0, (double) achieved / needed));
        return this;
    }

    /** A part with a score already worked out; must be exactly 1 when met. */
    ProgressParts score(double score) {
        parts.add(Math.max(0, Math.min(1, score)));
        return this;
    }

    Progress progress(TeacherWork work) {
        score(work.submitted() ? 1 : 0);
        boolean allMet = parts.stream().allMatch(part -> part == 1.0);
        double score = parts.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        ProgressState state;
        if (work.submitted()) {
            state = allMet ? ProgressState.COMPLETED : ProgressState.SUBMITTED;
        } else {
            state = work.started() ? ProgressState.IN_PROGRESS : ProgressState.NOT_STARTED;
        }
        // The mean of parts below 1 can round to 1.0; only a completed assignment scores 1.
        return new Progress(state, allMet ? 1.0 : Math.min(score, Math.nextDown(1.0)));
    }
}
