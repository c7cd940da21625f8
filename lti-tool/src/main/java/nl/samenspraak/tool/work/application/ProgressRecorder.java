package nl.samenspraak.tool.work.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;

/**
 * Keeps each teacher's recorded progress in step with their work: at the end of a use case, inside its
 * transaction, it recomputes the effective progress ({@link EffectiveProgress}: the plugin's rules with the
 * trainer's approval and returns applied) of the work the use case may have changed, writes what differs
 * and fires {@link ProgressChanged} for it. So work that needs approval is recorded SUBMITTED until the
 * trainer approves it, and the gradebook hears of the completion with the approval, not before. Observers run synchronously on the same transaction, so what
 * they write commits with the change, and an exception of theirs undoes the whole use case.
 */
@Singleton
public class ProgressRecorder {

    private final ProgramCatalogService catalog;
    private final TeacherWorkStore store;
    private final Event<ProgressChanged> events;
    private final Clock clock;
    private final EffectiveProgress effective;

    @Inject
    public ProgressRecorder(ProgramCatalogService catalog, TeacherWorkStore store, ApprovalPolicy policy,
                            ReviewStore reviews, Event<ProgressChanged> events, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.effective = new EffectiveProgress(policy, reviews);
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the progress of each work affected, firing an event for each change. Work that was never
     * begun (no row) is not started before and after, so it changes nothing.
     */
    void record(AffectedWork affected, ProgressCause cause) {
        Instant now = clock.instant();
        for (AffectedWork.Key key : affected.keys()) {
            Optional<Assignment> assignment = catalog.placement(key.assignmentId()).map(placement -> placement.assignment());
            Optional<StoredWork> stored = store.find(key.scope(), key.assignmentId());
            if (assignment.isEmpty() || stored.isEmpty()) {
                continue;
            }
            Progress after = effective.of(key.scope(), assignment.get(), stored.get().work()).effective();
            Progress before = store.recordedProgress(stored.get().id());
            if (!before.equals(after)) {
                store.recordProgress(stored.get().id(), after);
                events.fire(new ProgressChanged(key.scope(), key.assignmentId(), before, after, now, cause));
            }
        }
    }
}
