package nl.samenspraak.tool.lti.deeplinking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The settings a trainer chose for the links of a course when deep-linking them (maximum score, whether
 * completion needs the trainer's approval, a due date), as the links' latest launches carried them. For the
 * trainer's course page and the grades: an assignment may be linked more than once in a course.
 */
public interface LinkSettings {

    /**
     * One link of an assignment in a course.
     *
     * @param scoreMaximum  empty when the link was not deep-linked with a maximum (a manual link)
     * @param needsApproval false when not chosen
     */
    record LinkSetting(long resourceLinkId, String assignmentId, Optional<String> title,
                       Optional<Double> scoreMaximum, boolean needsApproval, Optional<Instant> dueAt) {
    }

    /** The links of that assignment in the course, oldest first. */
    List<LinkSetting> forAssignment(long contextId, String assignmentId);

    /** Every link of the course that names an assignment, in one query, oldest first. */
    List<LinkSetting> forCourse(long contextId);

    /** The settings of one link, when it names an assignment. */
    Optional<LinkSetting> forLink(long resourceLinkId);
}
