package nl.samenspraak.program.content;

import java.util.List;
import java.util.Objects;

/**
 * Two teachers observe each other's parent conversations with an observation form, give each other a
 * compliment and a tip, and reflect.
 */
public record PeerCoachingAssignment(String id, LocalizedText title, LocalizedText instructions,
                                     List<ChecklistItem> checklist, ObservationForm observationForm,
                                     FeedbackPrompts feedback, List<Question> reflectionQuestions,
                                     ObservationQuota observations) implements Assignment {

    public PeerCoachingAssignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instructions, "instructions");
        checklist = List.copyOf(checklist);
        Objects.requireNonNull(observationForm, "observationForm");
        Objects.requireNonNull(feedback, "feedback");
        reflectionQuestions = List.copyOf(reflectionQuestions);
        Objects.requireNonNull(observations, "observations");
    }

    @Override
    public AssignmentType type() {
        return AssignmentType.PEER_COACHING;
    }

    @Override
    public List<Question> questions() {
        return reflectionQuestions;
    }
}
