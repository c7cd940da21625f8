package nl.samenspraak.bench;

import java.time.Duration;
import java.util.Arrays;

/** The latencies of one kind of step in a run, in nanoseconds, and their percentiles. */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.samples[i]);
        }
    }

    int count() {
        return count;
    }

    /** The latency that this fraction of the samples does not exceed (nearest rank), e.g. 0.99 for p99. */
    Duration percentile(double fraction) {
        if (count == 0) {
            return Duration.ZERO;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * count);
        return Duration.ofNanos(sorted[Math.max(0, Math.min(count, rank) - 1)]);
    }

    Duration max() {
        return percentile(1.0);
    }

    /** p50, p90, p99 and max in milliseconds, one line. */
    String summary() {
        return String.format("p50 %7.2f  p90 %7.2f  p99 %7.2f  max %7.2f ms", millis(percentile(0.50)),
                millis(percentile(0.90)), millis(percentile(0.99)), millis(max()));
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1_000_000.0;
    }
}
