package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.function.Function;
import nl.samenspraak.tool.application.Transactions;

/**
 * How every use case of a teacher's work runs: in one transaction, in which the checks, the writes, the new
 * progress and whatever the observers of {@link ProgressChanged} write commit together or not at all. The
 * use case names the work it may have changed and why ({@link ProgressCause}); its progress is recorded last,
 * inside the transaction.
 */
@Singleton
public class WorkTransactions {

    private final Transactions transactions;
    private final ProgressRecorder recorder;

    @Inject
    public WorkTransactions(Transactions transactions, ProgressRecorder recorder) {
        this.transactions = transactions;
        this.recorder = recorder;
    }

    /** Runs a use case of the teacher's own work. */
    <T> T run(Function<AffectedWork, T> useCase) {
        return run(ProgressCause.TEACHER_WORK, useCase);
    }

    /** Runs a use case whose changes of progress have the given cause (a trainer's decision, a reopening). */
    <T> T run(ProgressCause cause, Function<AffectedWork, T> useCase) {
        return transactions.inTransaction(() -> {
            AffectedWork affected = new AffectedWork();
            T result = useCase.apply(affected);
            recorder.record(affected, cause);
            return result;
        });
    }
}
