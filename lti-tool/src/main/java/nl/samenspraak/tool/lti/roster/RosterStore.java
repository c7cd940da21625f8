package nl.samenspraak.tool.lti.roster;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** The courses' rosters as the tool keeps them: members in {@code lti_membership}, the sync's state per course. */
public interface RosterStore {

    /**
     * A course's roster service and the state of its latest sync.
     *
     * @param membershipsUrl empty when the platform offered no roster service at the latest launch
     */
    record CourseRoster(long contextId, long registrationId, Optional<URI> membershipsUrl, Optional<Instant> syncedAt,
                        boolean truncated, Optional<Instant> triedAt, Optional<String> problem) {
    }

    Optional<CourseRoster> course(long contextId);

    /**
     * Claims the course's sync for this caller: true when it was last tried before {@code triedBefore} (or never),
     * and then marks it tried now; false when another request tried it since, so it is not read twice at once.
     */
    boolean claim(long contextId, Instant now, Instant triedBefore);

    /**
     * Saves a roster read in full or cut off at the page cap, in one transaction: members who never launched
     * are added (names only when sent), listed members are marked as present with their roles; when the
     * roster is complete, members it no longer lists are marked as gone (their work stays).
     */
    void save(long contextId, long registrationId, MembershipClient.Roster roster, Instant now);

    /** Notes why the latest sync failed; the members stay as they were. */
    void failed(long contextId, String problem);
}
