package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.ChoiceQuestion;
import nl.samenspraak.program.content.OpenQuestion;
import nl.samenspraak.program.content.Question;
import nl.samenspraak.program.content.ScaleDefinition;
import nl.samenspraak.program.content.ScaleQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks answers against their questions.
 * <ul>
 *   <li>An open question takes a {@link Answer.TextAnswer}; its length, in characters without the
 *       white space at either end, lies within {@code minLength..maxLength}.</li>
 *   <li>A choice question takes a {@link Answer.ChoiceAnswer} of its own option ids; more than one only
 *       when {@code multiple}.</li>
 *   <li>A scale question takes a {@link Answer.ScaleAnswer} within the scale.</li>
 *   <li>A blank text or an empty choice is no answer: a violation ({@code MISSING}) for a required
 *       question, fine for an optional one. Length limits apply to every non-blank text, so a short
 *       answer to an optional question is still too short.</li>
 * </ul>
 */
public final class AnswerChecker {

    /** The violations of one answer; empty when it is acceptable. */
    public List<AnswerViolation> check(Question question, Answer answer) {
        if (question instanceof OpenQuestion open) {
            return answer instanceof Answer.TextAnswer text ? checkText(open, text.text()) : wrongType(question, "a text");
        }
        if (question instanceof ChoiceQuestion choice) {
            return answer instanceof Answer.ChoiceAnswer chosen
                    ? checkChoice(choice, chosen.optionIds())
                    : wrongType(question, "a choice of options");
        }
        // Question is sealed: what is neither open nor choice is a scale question.
        ScaleDefinition scale = ((ScaleQuestion) question).scale();
        if (!(answer instanceof Answer.ScaleAnswer value)) {
            return wrongType(question, "a number on the scale");
        }
        return scale.contains(value.value()) ? List.of() : List.of(new AnswerViolation(question.id(),
                AnswerViolation.Kind.OUT_OF_SCALE,
                "Choose a value from " + scale.min() + " to " + scale.max() + "; " + value.value() + " is outside the scale."));
    }

    /**
     * The violations of a whole set of answers to an assignment's questions: each answer checked, required
     * questions without an answer, and answers to questions the assignment does not have.
     */
    public List<AnswerViolation> checkAll(List<Question> questions, Map<String, Answer> answers) {
        List<AnswerViolation> violations = new ArrayList<>();
        for (Question question : questions) {
            Answer answer = answers.get(question.id());
            if (answer != null) {
                violations.addAll(check(question, answer));
            } else if (question.required()) {
                violations.add(missing(question));
            }
        }
        Set<String> known = questions.stream().map(Question::id).collect(Collectors.toSet());
        answers.keySet().stream().filter(id -> !known.contains(id)).sorted().forEach(id -> violations.add(
                new AnswerViolation(id, AnswerViolation.Kind.UNKNOWN_QUESTION, "There is no question '" + id + "' here.")));
        return violations;
    }

    /**
     * Whether the answer counts as answering the question: present, not blank or empty, and acceptable.
     * An open answer under {@code minLength} therefore does not count.
     */
    public boolean isAnswered(Question question, Answer answer) {
        return answer != null && !isEmpty(answer) && check(question, answer).isEmpty();
    }

    private static boolean isEmpty(Answer answer) {
        return answer instanceof Answer.TextAnswer text && text.text().isBlank()
                || answer instanceof Answer.ChoiceAnswer choice && choice.optionIds().isEmpty();
    }

    private static List<AnswerViolation> checkText(OpenQuestion question, String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return question.required() ? List.of(missing(question)) : List.of();
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < question.minLength()) {
            return List.of(new AnswerViolation(question.id(), AnswerViolation.Kind.TOO_SHORT,
                    "Write at least " + question.minLength() + " characters; this answer has " + length + "."));
        }
        if (length > question.maxLength()) {
            return List.of(new AnswerViolation(question.id(), AnswerViolation.Kind.TOO_LONG,
                    "Write at most " + question.maxLength() + " characters; this answer has " + length + "."));
        }
        return List.of();
    }

    private static List<AnswerViolation> checkChoice(ChoiceQuestion question, Set<String> chosen) {
        if (chosen.isEmpty()) {
            return question.required() ? List.of(missing(question)) : List.of();
        }
        List<AnswerViolation> violations = new ArrayList<>();
        chosen.stream().filter(id -> !question.hasOption(id)).sorted().forEach(id -> violations.add(new AnswerViolation(
                question.id(), AnswerViolation.Kind.UNKNOWN_OPTION, "There is no option '" + id + "' to choose.")));
        if (chosen.size() > 1 && !question.multiple()) {
            violations.add(new AnswerViolation(question.id(), AnswerViolation.Kind.MULTIPLE_NOT_ALLOWED,
                    "Choose one option; " + chosen.size() + " were chosen."));
        }
        return violations;
    }

    private static AnswerViolation missing(Question question) {
        return new AnswerViolation(question.id(), AnswerViolation.Kind.MISSING, "This question needs an answer.");
    }

    private static List<AnswerViolation> wrongType(Question question, String expected) {
        return List.of(new AnswerViolation(question.id(), AnswerViolation.Kind.WRONG_TYPE,
                "This question is answered with " + expected + "."));
    }
}
