package nl.samenspraak.tool.work.application;

import java.util.List;
import java.util.Optional;

/** Who takes part in a course as a teacher in training, as the platform's launches told the tool. */
public interface CourseRoster {

    /**
     * A participant: the tool's user id, the name their platform sent (if it sent one) and their user id in
     * the platform, which is all a platform with anonymous privacy settings sends. Both are empty for someone
     * who is no longer among the course's learners (an erased teacher: "a former participant").
     */
    record Participant(long userId, Optional<String> name, Optional<String> platformUserId) {
    }

    /** The learners of the course who launched the tool at least once, by name. */
    List<Participant> learners(long contextId);
}
