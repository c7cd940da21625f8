package nl.samenspraak.tool.lti.grades;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.samenspraak.tool.privacy.application.TeacherErased;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.ProgressChanged;

/**
 * How a state change becomes a grade: the synchronous observer of {@link ProgressChanged} writes the state
 * change's score to the outbox inside the use case's transaction, so the score exists exactly when the change
 * does. Sending is the worker's, after the commit. An erased teacher's queued scores go in the erasure's
 * transaction: no score of someone the school had erased reaches the platform afterwards.
 */
@Singleton
public class GradeOutboxObserver {

    private final GradeOutbox outbox;
    private final Texts texts;

    @Inject
    public GradeOutboxObserver(GradeOutbox outbox, Texts texts) {
        this.outbox = outbox;
        this.texts = texts;
    }

    void progressChanged(@Observes ProgressChanged change) {
        ScoreRules.forChange(change, texts).ifPresent(rule -> outbox.enqueue(change, rule));
    }

    void teacherErased(@Observes TeacherErased erased) {
        outbox.forget(erased.userId());
    }
}
