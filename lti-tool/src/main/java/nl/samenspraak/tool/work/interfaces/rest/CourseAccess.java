package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.lti.launch.ToolRole;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionToken;
import nl.samenspraak.tool.work.application.WorkRejectedException;
import nl.samenspraak.tool.work.application.WorkScope;

/**
 * The one place that decides who the session is in a course: a trainer of it (the tool's instructor role,
 * which the launch gives Instructors, their sub-roles, TeachingAssistants and ContentDevelopers; see
 * {@code LtiRoles}) or a learner of it. The session's course is the one it was launched in; a session of
 * another course, or of the course in another role, is refused with 403 before anything is read.
 */
@Singleton
public class CourseAccess {

    private final CurrentSession session;

    @Inject
    public CourseAccess(CurrentSession session) {
        this.session = session;
    }

    /** Whether the session is a trainer of the course it was launched in. */
    public boolean isTrainer() {
        SessionToken current = session.get();
        return current.role() == ToolRole.INSTRUCTOR && current.contextId().isPresent();
    }

    /**
     * The trainer's own user id, when the session is a trainer of exactly this course.
     *
     * @throws WorkRejectedException (forbidden) for a learner, an administrator, or a trainer of another course
     */
    public long trainerOf(long courseId) {
        SessionToken current = session.get();
        if (!isTrainer() || current.contextId().get() != courseId) {
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN, LocalizedText.of(
                    "Alleen een trainer van deze cursus ziet dit. Open Samenspraak als trainer vanuit de cursus zelf.",
                    "Only a trainer of this course sees this. Open Samenspraak as a trainer from the course itself."));
        }
        return current.userId();
    }

    /**
     * The session's own work scope, when it is a learner of the course it was launched in.
     *
     * @throws WorkRejectedException (forbidden) for a trainer, an administrator, or a launch without a course
     */
    public WorkScope learner() {
        SessionToken current = session.get();
        if (current.role() != ToolRole.LEARNER || current.contextId().isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN, LocalizedText.of(
                    "Alleen een deelnemer van de cursus heeft feedback op eigen werk.",
                    "Only a participant of the course has feedback on their own work."));
        }
        return new WorkScope(current.userId(), current.contextId());
    }
}
