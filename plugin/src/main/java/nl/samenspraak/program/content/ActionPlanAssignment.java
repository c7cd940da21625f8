package nl.samenspraak.program.content;

import java.util.List;
import java.util.Objects;

/**
 * The teacher plans at least {@code minActions} actions (chosen from {@code actions} or, when allowed, in
 * their own words), carries them out and reflects.
 */
public record ActionPlanAssignment(String id, LocalizedText title, LocalizedText instructions,
                                   List<PlannedActionOption> actions, boolean allowOwnActions, int minActions,
                                   List<Question> reflectionQuestions) implements Assignment {

    public ActionPlanAssignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instructions, "instructions");
        actions = List.copyOf(actions);
        if (minActions < 1) {
            throw new IllegalArgumentException("minActions must be >= 1, was " + minActions);
        }
        reflectionQuestions = List.copyOf(reflectionQuestions);
    }

    @Override
    public AssignmentType type() {
        return AssignmentType.ACTION_PLAN;
    }

    @Override
    public List<Question> questions() {
        return reflectionQuestions;
    }

    public boolean hasAction(String actionId) {
        return actions.stream().anyMatch(action -> action.id().equals(actionId));
    }
}
