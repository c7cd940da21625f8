package nl.samenspraak.tool.infrastructure.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import nl.samenspraak.tool.infrastructure.persistence.QueryMeter;

/**
 * Answers a {@link ServerTimed} request with a {@code Server-Timing} header (W3C Server Timing): {@code app},
 * the server's time from before the session check to the resource's answer (writing the JSON, which starts
 * after the headers, is not in it), and {@code db}, the time in the database with the number of statements,
 * e.g. {@code app;dur=41.2, db;dur=12.9;desc="10 queries"}. So the course page's speed and its number of
 * queries can be read from the server itself, by the benchmark and by a browser's developer tools.
 */
@Provider
@ServerTimed
// Before the session check, so that its statements and time count too.
@Priority(Priorities.AUTHENTICATION - 100)
public class ServerTimingFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "Server-Timing";
    private static final String STARTED = ServerTimingFilter.class.getName() + ".started";
    private static final String MEASURE = ServerTimingFilter.class.getName() + ".measure";

    // Field injection, as the tool's other providers: Liberty builds providers itself and injects their fields.
    @Inject
    QueryMeter meter;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        request.setProperty(MEASURE, meter.start());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        Object measure = request.getProperty(MEASURE);
        meter.stop();
        if (started instanceof Long start && measure instanceof QueryMeter.Measure statements) {
            response.getHeaders().putSingle(HEADER, value(System.nanoTime() - start, statements.nanos(),
                    statements.statements()));
        }
    }

    /** The header's value: the durations in milliseconds with one decimal. */
    static String value(long appNanos, long databaseNanos, int statements) {
        return String.format(Locale.ROOT, "app;dur=%.1f, db;dur=%.1f;desc=\"%d queries\"", appNanos / 1e6,
                databaseNanos / 1e6, statements);
    }
}
