package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.WatchedInterval;

/** Teachers' stored work. */
public interface TeacherWorkStore {

    Optional<StoredWork> find(WorkScope scope, String assignmentId);

    /** All of a teacher's work in a scope, by assignment id. */
    Map<String, StoredWork> all(WorkScope scope);

    /** The id of the work, made now when there was none; two requests making it at once make one. */
    long ensure(WorkScope scope, String assignmentId, Instant now);

    /**
     * Locks the work until the transaction ends, so that a use case's check ("is it still editable?") and
     * its writes are not interleaved with another's on the same work; empty when there is no work.
     */
    Optional<Long> lock(WorkScope scope, String assignmentId);

    /** Everyone in the course with work on the assignment, in one read (what a change of its approval switch affects). */
    List<WorkScope> workersOn(long contextId, String assignmentId);

    /** The progress last recorded for the work. */
    Progress recordedProgress(long workId);

    /** What {@link ProgressRecorder} last recorded for a work, with when the work was submitted (if it is). */
    record RecordedWork(Progress progress, Optional<Instant> submittedAt) {
    }

    /** The recorded progress of all of a teacher's work in a scope, by assignment id, in one read. */
    Map<String, RecordedWork> recordedProgress(WorkScope scope);

    void recordProgress(long workId, Progress progress);

    /**
     * Saves the answer; a blank text or empty choice removes it.
     *
     * @return the answer's new version, higher than any it had before; 0 when it was removed
     */
    long putAnswer(long workId, String questionId, Answer answer, Instant now);

    /** Replaces the played stretches with {@code merged} and notes when the player reported. */
    void replaceWatched(long workId, List<WatchedInterval> merged, Instant reportedAt);

    /** Marks the work submitted, unless it was submitted meanwhile: false then. */
    boolean submit(long workId, Instant at);
}
