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
 * @param answerVersions  question id to its answer's version, which rises with every save; a question
 *                        without an answer has version 0
 * @param watchReportedAt when the player last reported what was played; empty before the first report
 */
public record StoredWork(long id, String assignmentId, TeacherWork work, Map<String, Instant> answerSavedAt,
                         Map<String, Long> answerVersions, Optional<Instant> reopenedAt,
                         Optional<Instant> watchReportedAt) {

    public StoredWork {
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(work, "work");
        answerSavedAt = Map.copyOf(answerSavedAt);
        answerVersions = Map.copyOf(answerVersions);
        Objects.requireNonNull(reopenedAt, "reopenedAt");
        Objects.requireNonNull(watchReportedAt, "watchReportedAt");
    }

    /** The version of the question's answer; 0 without one. */
    public long answerVersion(String questionId) {
        return answerVersions.getOrDefault(questionId, 0L);
    }
}
