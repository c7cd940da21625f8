package nl.samenspraak.tool.lti.grades;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The outbox in /metrics: counters of outcomes on this server, and gauges of the rows per status in the
 * shared database (parked ones are what an administrator acts on).
 */
@ApplicationScoped
public class OutboxMetrics implements GradeMetrics {

    private final Counter sent;
    private final Counter refused;
    private final Counter retried;
    private final Counter parked;

    @Inject
    public OutboxMetrics(MetricRegistry registry, GradeOutbox outbox) {
        sent = registry.counter("grades_scores_sent");
        refused = registry.counter("grades_scores_refused");
        retried = registry.counter("grades_scores_retried");
        parked = registry.counter("grades_scores_parked");
        for (OutboxStatus status : OutboxStatus.values()) {
            registry.gauge("grades_outbox_" + status.name().toLowerCase(), () -> outbox.counts().get(status));
        }
    }

    /**
     * Made when the application starts, not when the first score is sent: an application-scoped bean is made
     * on first use, and until then its counters and the outbox gauges would be missing from /metrics.
     */
    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Receiving the event is what makes the bean, and so registers the metrics.
    }

    /** For CDI's proxy of an application-scoped bean. */
    protected OutboxMetrics() {
        sent = null;
        refused = null;
        retried = null;
        parked = null;
    }

    @Override
    public void sent() {
        sent.inc();
    }

    @Override
    public void refused() {
        refused.inc();
    }

    @Override
    public void retried() {
        retried.inc();
    }

    @Override
    public void parked() {
        parked.inc();
    }
}
