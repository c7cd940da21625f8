package nl.samenspraak.tool.lti.grades;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: after the n-th failed attempt wait {@code base * 2^(n-1)}, at most
 * {@code ceiling}, times a random factor between 0.5 and 1.5 so that scores that failed together do not
 * return together; after {@code maxAttempts} the score is parked.
 */
public record RetryPolicy(Duration base, Duration ceiling, int maxAttempts, RandomGenerator random) {

    /** About two days of tries before parking: a platform down for a weekend loses nothing. */
    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofSeconds(5), Duration.ofHours(4), 20, RandomGenerator.getDefault());
    }

    public Duration delayAfter(int attempts) {
        long baseMillis = base.toMillis();
        long exponential = attempts >= 40 ? Long.MAX_VALUE : baseMillis << Math.max(0, attempts - 1);
        long capped = exponential <= 0 || exponential > ceiling.toMillis() ? ceiling.toMillis() : exponential;
        return Duration.ofMillis((long) (capped * (0.5 + random.nextDouble())));
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
