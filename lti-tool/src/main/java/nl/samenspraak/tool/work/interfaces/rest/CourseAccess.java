package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.samenspraak.tool.lti.launch.ToolRole;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionToken;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
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
    private final Texts texts;

    @Inject
    public CourseAccess(CurrentSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
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
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN,
                    texts.of(TextKey.COURSE_ACCESS_ONLY_TRAINER_COURSE_SEES));
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
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN,
                    texts.of(TextKey.COURSE_ACCESS_ONLY_PARTICIPANT_COURSE_FEEDBACK));
        }
        return new WorkScope(current.userId(), current.contextId());
    }
}
