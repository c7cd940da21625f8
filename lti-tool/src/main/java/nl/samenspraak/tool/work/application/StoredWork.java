package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.program.progress.TeacherWork;

/**
 * A teacher's stored work on one assignment: what the plugin's rules read, and the bookkeeping around it.
 *
 * @param answerSavedAt   question id to when its answer was last saved
 * @param watchReportedAt when the player last reported what was played; empty before the first report
 */
public record StoredWork(long id, String assignmentId, TeacherWork work, Map<String, Instant> answerSavedAt,
                         Optional<Instant> reopenedAt, Optional<Instant> watchReportedAt) {

    public StoredWork {
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(work, "work");
        answerSavedAt = Map.copyOf(answerSavedAt);
        Objects.requireNonNull(reopenedAt, "reopenedAt");
        Objects.requireNonNull(watchReportedAt, "watchReportedAt");
    }
}
