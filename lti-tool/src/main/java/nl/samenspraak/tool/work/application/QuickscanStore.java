package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.List;

/** The attempts at a quickscan in a teacher's work, and their responses. */
public interface QuickscanStore {

    /** The attempts of the work, oldest first. */
    List<QuickscanAttempt> attempts(long workId);

    /** Starts attempt {@code number} with the sector; false when another request started it first. */
    boolean start(long workId, int number, String sectorId, Instant now);

    /** Sets the attempt's sector; when that changes it, the responses go too (the statements differ per sector). */
    void chooseSector(long workId, long attemptId, String sectorId, Instant now);

    void respond(long workId, long attemptId, String statementId, int value, Instant now);

    /** Removes the response to a statement, if there is one. */
    void skip(long workId, long attemptId, String statementId, Instant now);

    /**
     * Submits the attempt and, unless it is submitted already (a retake), the work; false when the attempt
     * was submitted meanwhile.
     */
    boolean submit(long workId, long attemptId, Instant now);
}
