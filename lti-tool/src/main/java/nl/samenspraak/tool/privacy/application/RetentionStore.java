package nl.samenspraak.tool.privacy.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Courses past their retention, their erasure, and the daily runs' claims. */
public interface RetentionStore {

    /** The courses with personal data whose last activity is before the cutoff, oldest first. */
    List<ExpiringCourse> expiring(Instant cutoff);

    /**
     * Erases the personal data of every course last active before the cutoff, and the users left with no
     * course whose last launch is before it, in one transaction; {@code userErased} runs inside it for each
     * user removed.
     */
    RetentionResult eraseExpired(Instant cutoff, LongConsumer userErased);

    /** Claims the day's run for this server: false when another server (or an earlier run) claimed it. */
    boolean claim(LocalDate day, String server, Instant now);

    void finish(LocalDate day, RetentionResult result, Instant now);

    /** The most recent run, if there was one. */
    Optional<RetentionRun> lastRun();
}
