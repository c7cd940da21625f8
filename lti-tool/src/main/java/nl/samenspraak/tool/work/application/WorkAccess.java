package nl.samenspraak.tool.work.application;

import java.util.Optional;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.pack.AssignmentPlacement;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/** Finding the assignment a request is about and the teacher's work in it, with the refusals that are shared. */
final class WorkAccess {

    private final ProgramCatalogService catalog;
    private final TeacherWorkStore store;

    private final Texts texts;

    WorkAccess(ProgramCatalogService catalog, TeacherWorkStore store, Texts texts) {
        this.catalog = catalog;
        this.store = store;
        this.texts = texts;
    }

    /** @throws WorkRejectedException when the program has no such assignment */
    AssignmentPlacement placement(String assignmentId) {
        return catalog.placement(assignmentId).orElseThrow(() -> new WorkRejectedException(
                WorkRejectedException.Reason.UNKNOWN_ASSIGNMENT,
                texts.of(TextKey.WORK_ACCESS_THERE_NO_ASSIGNMENT, assignmentId)));
    }

    /**
     * The assignment when it is of the given type.
     *
     * @param notThisType what to tell a teacher who asks an assignment of another type for this part
     */
    <T extends Assignment> T assignment(String assignmentId, Class<T> type, LocalizedText notThisType) {
        Assignment assignment = placement(assignmentId).assignment();
        if (!type.isInstance(assignment)) {
            throw new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART, notThisType);
        }
        return type.cast(assignment);
    }

    /** The teacher's work, if any; refused while it is submitted, for then it is read-only. */
    Optional<StoredWork> unsubmitted(WorkScope scope, String assignmentId) {
        Optional<StoredWork> stored = store.find(scope, assignmentId);
        if (stored.map(found -> found.work().submitted()).orElse(false)) {
            throw alreadySubmitted();
        }
        return stored;
    }

    /**
     * The teacher's work, if any, locked until the use case's transaction ends; refused while it is
     * submitted. A submission waits for the lock too, so nothing is written to work once it is submitted.
     */
    Optional<StoredWork> lockedUnsubmitted(WorkScope scope, String assignmentId) {
        store.lock(scope, assignmentId);
        return unsubmitted(scope, assignmentId);
    }

    WorkRejectedException alreadySubmitted() {
        return new WorkRejectedException(WorkRejectedException.Reason.ALREADY_SUBMITTED,
                texts.of(TextKey.WORK_ACCESS_SUBMITTED_ASSIGNMENT_ALREADY_CHANGE));
    }
}
