package nl.samenspraak.tool.work.application;

import java.util.List;
import java.util.Optional;

/** Who takes part in a course as a teacher in training, as the platform's launches told the tool. */
public interface CourseRoster {

    /** A participant: the tool's user id and the name their platform sent, if it sent one. */
    record Participant(long userId, Optional<String> name) {
    }

    /** The learners of the course who launched the tool at least once, by name. */
    List<Participant> learners(long contextId);
}
