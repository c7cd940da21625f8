package nl.samenspraak.tool.infrastructure.persistence;

import jakarta.inject.Singleton;

/**
 * Counts the statements {@link Sql} runs on the current thread, and the time they take, while a measure is
 * open: what a request's {@code Server-Timing} header reports. Without an open measure a statement costs one
 * thread-local read more, nothing else.
 */
@Singleton
public class QueryMeter {

    private final ThreadLocal<Measure> current = new ThreadLocal<>();

    /** The statements run on one thread since {@link #start()}. */
    public static final class Measure {

        private int statements;
        private long nanos;

        void add(long statementNanos) {
            statements++;
            nanos += statementNanos;
        }

        public int statements() {
            return statements;
        }

        /** The time spent in the database, from asking the pool for a connection to the result read. */
        public long nanos() {
            return nanos;
        }
    }

    /** Opens a measure on this thread, in place of any left open. */
    public Measure start() {
        Measure measure = new Measure();
        current.set(measure);
        return measure;
    }

    /** Closes this thread's measure: a pooled thread must not count the next request's statements into it. */
    public void stop() {
        current.remove();
    }

    /** This thread's open measure, or null. */
    Measure current() {
        return current.get();
    }
}
