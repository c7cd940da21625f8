package nl.samenspraak.program.content;

import java.util.List;
import java.util.Optional;

/** One thing a teacher does in a module. Its id is unique over all loaded packs. */
public sealed interface Assignment
        permits VideoAssignment, ReadingAssignment, PeerCoachingAssignment, QuickscanAssignment,
                ActionPlanAssignment {

    String id();

    LocalizedText title();

    LocalizedText instructions();

    AssignmentType type();

    /** Every question the teacher answers in this assignment, in order; empty for a quickscan. */
    List<Question> questions();

    default Optional<Question> question(String questionId) {
        return questions().stream().filter(question -> question.id().equals(questionId)).findFirst();
    }
}
