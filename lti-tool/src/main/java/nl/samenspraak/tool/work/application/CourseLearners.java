package nl.samenspraak.tool.work.application;

import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/** The refusal shared by the trainer's use cases: the teacher asked about must be a learner of the course. */
final class CourseLearners {

    private final CourseRoster roster;
    private final Texts texts;

    CourseLearners(CourseRoster roster, Texts texts) {
        this.roster = roster;
        this.texts = texts;
    }

    /** @throws WorkRejectedException (not found) when the user is no learner of the course */
    WorkScope require(long contextId, long userId) {
        participant(contextId, userId);
        return new WorkScope(userId, Optional.of(contextId));
    }

    /** The learner with their name. @throws WorkRejectedException (not found) when the user is no learner of it */
    CourseRoster.Participant participant(long contextId, long userId) {
        Optional<CourseRoster.Participant> member = roster.learners(contextId).stream()
                .filter(learner -> learner.userId() == userId).findFirst();
        if (member.isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART,
                    texts.of(TextKey.COURSE_LEARNERS_COURSE_NO_PARTICIPANT, userId),
                    List.of(new WorkRejectedException.FieldIssue("userId",
                            texts.of(TextKey.COURSE_LEARNERS_NOT_PARTICIPANT_COURSE))));
        }
        return member.get();
    }
}
