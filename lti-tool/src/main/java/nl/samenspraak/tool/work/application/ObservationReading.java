package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.application.Transactions;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * The observed teacher reads a colleague's submitted observation of them, which ends its notice on their start
 * page ({@link NoticeService}). One use case in one transaction; every refusal comes before the write, and
 * reading again changes nothing.
 */
@Singleton
public class ObservationReading {

    private final WorkAccess access;
    private final ObservationReadStore store;
    private final Transactions transactions;
    private final Clock clock;
    private final Texts texts;

    @Inject
    public ObservationReading(ProgramCatalogService catalog, TeacherWorkStore works, ObservationReadStore store,
                              Transactions transactions, Clock clock, Texts texts) {
        this.access = new WorkAccess(catalog, works, texts);
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.texts = texts;
    }

    /**
     * Marks the observation read by the teacher it is about.
     *
     * @throws WorkRejectedException not found for an observation not in the assignment of the teacher's course,
     *                               forbidden for one about someone else, not ready before it is submitted
     */
    public void markRead(WorkScope teacher, String assignmentId, long observationId) {
        access.placement(assignmentId);
        long course = teacher.contextId().orElseThrow(() -> unknown(observationId));
        transactions.useTransaction(() -> {
            ObservationReadStore.Parties parties = store.parties(course, assignmentId, observationId)
                    .orElseThrow(() -> unknown(observationId));
            if (parties.observedId() != teacher.userId()) {
                throw refused(WorkRejectedException.Reason.FORBIDDEN, TextKey.OBSERVATION_READING_NOT_ABOUT_YOU,
                        observationId);
            }
            if (!parties.submitted()) {
                throw refused(WorkRejectedException.Reason.NOT_READY, TextKey.OBSERVATION_READING_NOT_SUBMITTED,
                        observationId);
            }
            store.markRead(observationId, clock.instant());
        });
    }

    private WorkRejectedException unknown(long observationId) {
        return refused(WorkRejectedException.Reason.UNKNOWN_PART, TextKey.OBSERVATION_READING_UNKNOWN, observationId);
    }

    /** A refusal naming the path's {@code observationId}, as the other peer-coaching refusals do. */
    private WorkRejectedException refused(WorkRejectedException.Reason reason, TextKey key, long observationId) {
        LocalizedText message = texts.of(key, String.valueOf(observationId));
        return new WorkRejectedException(reason, message,
                List.of(new WorkRejectedException.FieldIssue("observationId", message)));
    }
}
