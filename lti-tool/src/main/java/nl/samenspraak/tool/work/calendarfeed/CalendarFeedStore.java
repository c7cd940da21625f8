package nl.samenspraak.tool.work.calendarfeed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.samenspraak.program.content.Language;

/** The teachers' calendar feeds by the hash of their token, and what a feed shows. */
public interface CalendarFeedStore {

    /** Whose feed a token's hash opens, and the language its events are written in. */
    record FeedOwner(long userId, Language language) {
    }

    /**
     * A planned observation of the teacher, as observer or observed, with the two teachers' names as the
     * platform sent them (empty when it sent none).
     */
    record PlannedEntry(long observationId, int sequence, Instant plannedAt, String note, String assignmentId,
                        Optional<String> observerName, Optional<String> observedName, Optional<String> kind,
                        OptionalInt minutes, boolean cancelled) {
    }

    /** Sets the user's feed to this token's hash, replacing (and so revoking) the one before. */
    void replace(long userId, String tokenHash, Language language, Instant now);

    /** Removes the user's feed; false when they had none. */
    boolean remove(long userId);

    /** When the user's current feed address was made; empty when they have none. */
    Optional<Instant> createdAt(long userId);

    Optional<FeedOwner> ownerOf(String tokenHash);

    /** Every planned observation the user observes or is observed in, in all courses, in one query. */
    List<PlannedEntry> plannedFor(long userId);
}
