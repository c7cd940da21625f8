package nl.samenspraak.tool.lti.grades;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** The administrator's use cases on the outbox: see the parked scores, and send one again. */
@Singleton
public class ParkedScores {

    private final GradeOutbox outbox;
    private final Clock clock;

    @Inject
    public ParkedScores(GradeOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<ParkedScore> all() {
        return outbox.parked();
    }

    /** Queues the parked score again, due now, with a fresh count of attempts. @return false when none such */
    public boolean retry(long id) {
        return outbox.retry(id, clock.instant());
    }
}
