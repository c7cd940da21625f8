package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.ReadingAssignment;

/**
 * A reading assignment is completed when it is submitted and every required question has an answer that
 * counts; reading itself cannot be observed.
 * <p>
 * Score: the mean of required questions answered / required questions and being submitted.
 */
public final class ReadingProgressRule implements ProgressRule<ReadingAssignment> {

    private final RequiredAnswers requiredAnswers;

    public ReadingProgressRule(AnswerChecker checker) {
        this.requiredAnswers = new RequiredAnswers(checker);
    }

    @Override
    public Progress evaluate(ReadingAssignment assignment, TeacherWork work) {
        return requiredAnswers.addTo(new ProgressParts(), assignment.questions(), work.answers()).progress(work);
    }
}
