package nl.samenspraak.tool.lti.grades;

/** What the worker counts, for /metrics. */
public interface GradeMetrics {

    void sent();

    void refused();

    void retried();

    void parked();
}
