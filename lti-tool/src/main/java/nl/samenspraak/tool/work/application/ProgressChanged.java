package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.Objects;
import nl.samenspraak.program.progress.Progress;

/**
 * A teacher's progress in one assignment changed: fired as a synchronous CDI event inside the use case's
 * transaction, after the new progress state is written, so whatever an observer writes (a score for the
 * platform's gradebook in the outbox) commits or rolls back with the change itself.
 *
 * @param scope whose work, in which course
 * @param assignmentId the assignment of the program
 * @param before the progress recorded before this use case
 * @param after the progress now
 * @param at when the change happened (the use case's clock)
 * @param cause the use case that changed it (an approval and completion by the rules are the same change of
 *              state; the gradebook's comment tells them apart)
 */
public record ProgressChanged(WorkScope scope, String assignmentId, Progress before, Progress after, Instant at,
                              ProgressCause cause) {

    public ProgressChanged {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cause, "cause");
    }
}
