package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who takes part in a course as a teacher in training: the members the platform's roster (NRPS) lists, and
 * who launched; members who left the course (absent from the latest complete roster) are not.
 */
public interface CourseRoster {

    /**
     * A participant: the tool's user id, the name their platform sent (if it sent one) and their user id in
     * the platform, which is all a platform with anonymous privacy settings sends. Both are empty for someone
     * who is no longer among the course's learners (an erased teacher: "a former participant").
     */
    record Participant(long userId, Optional<String> name, Optional<String> platformUserId) {
    }

    /** The learners of the course, by name: those who launched and those only the roster lists. */
    List<Participant> learners(long contextId);

    /** The learners of the course who opened the tool in it (the others are known from the roster only). */
    Set<Long> launched(long contextId);

    /**
     * Where the group comes from, for the trainer's page.
     *
     * @param fromPlatform the platform's roster was read (else the group is who launched)
     * @param truncated    the latest roster stopped at the page cap, so some members may be missing
     */
    record Source(boolean fromPlatform, Optional<Instant> syncedAt, boolean truncated) {
    }

    /** Where the course's group comes from. */
    Source source(long contextId);
}
