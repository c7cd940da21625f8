package nl.samenspraak.tool.work.application;

import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.LocalizedText;

/** The refusal shared by the trainer's use cases: the teacher asked about must be a learner of the course. */
final class CourseLearners {

    private final CourseRoster roster;

    CourseLearners(CourseRoster roster) {
        this.roster = roster;
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
            throw new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART, LocalizedText.of(
                    "Deze cursus heeft geen deelnemer " + userId + ".", "This course has no participant " + userId + "."),
                    List.of(new WorkRejectedException.FieldIssue("userId", LocalizedText.of(
                            "geen deelnemer van deze cursus", "not a participant of this course"))));
        }
        return member.get();
    }
}
