package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.Question;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Counts how many of the required questions have an answer that counts (see {@link AnswerChecker#isAnswered}). */
final class RequiredAnswers {

    private final AnswerChecker checker;

    RequiredAnswers(AnswerChecker checker) {
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /** Adds the part "every required question answered" to the parts. */
    ProgressParts addTo(ProgressParts parts, List<Question> questions, Map<String, Answer> answers) {
        List<Question> required = questions.stream().filter(Question::required).toList();
        long answered = required.stream().filter(question -> checker.isAnswered(question, answers.get(question.id()))).count();
        return parts.count(answered, required.size());
    }
}
