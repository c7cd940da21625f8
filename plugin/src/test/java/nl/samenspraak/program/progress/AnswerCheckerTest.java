package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.OpenQuestion;
import nl.samenspraak.program.progress.AnswerViolation.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.samenspraak.program.progress.Fixtures.TEXT;
import static nl.samenspraak.program.progress.Fixtures.choice;
import static nl.samenspraak.program.progress.Fixtures.open;
import static nl.samenspraak.program.progress.Fixtures.scale;
import static nl.samenspraak.program.progress.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerCheckerTest {

    private final AnswerChecker checker = new AnswerChecker();

    private List<Kind> kinds(List<AnswerViolation> violations) {
        return violations.stream().map(AnswerViolation::kind).toList();
    }

    @Test
    void acceptsValidAnswers() {
        assertEquals(List.of(), checker.check(open("q1"), text("Precies lang genoeg")));
        assertEquals(List.of(), checker.check(choice("q2", false), Answer.ChoiceAnswer.of("ja")));
        assertEquals(List.of(), checker.check(choice("q3", true), Answer.ChoiceAnswer.of("ja", "soms")));
        assertEquals(List.of(), checker.check(scale("q4", true), new Answer.ScaleAnswer(5)));
    }

    @Test
    void aTextUnderMinLengthIsTooShortWhiteSpaceAtTheEndsNotCounted() {
        List<AnswerViolation> violations = checker.check(open("q1"), text("   kort    "));

        assertEquals(List.of(new AnswerViolation("q1", Kind.TOO_SHORT,
                "Write at least 10 characters; this answer has 4.")), violations);
    }

    @Test
    void aTextOverMaxLengthIsTooLong() {
        assertEquals(List.of(Kind.TOO_LONG), kinds(checker.check(open("q1"), text("x".repeat(201)))));
        assertEquals(List.of(), checker.check(open("q1"), text("x".repeat(200))));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        OpenQuestion question = new OpenQuestion("q1", TEXT, true, 0, 3);

        assertEquals(List.of(), checker.check(question, text("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00")));
    }

    @Test
    void aBlankAnswerIsMissingOnlyForARequiredQuestion() {
        assertEquals(List.of(Kind.MISSING), kinds(checker.check(open("q1"), text("  "))));
        assertEquals(List.of(), checker.check(new OpenQuestion("q1", TEXT, false, 10, 200), text("")));
        assertEquals(List.of(Kind.MISSING), kinds(checker.check(choice("q2", true), new Answer.ChoiceAnswer(Set.of()))));
    }

    @Test
    void aShortAnswerToAnOptionalQuestionIsStillTooShort() {
        assertEquals(List.of(Kind.TOO_SHORT), kinds(checker.check(new OpenQuestion("q1", TEXT, false, 10, 200), text("kort"))));
    }

    @Test
    void rejectsUnknownOptionsAndMoreThanOneChoiceWhereOneIsAllowed() {
        List<AnswerViolation> violations = checker.check(choice("q2", false), Answer.ChoiceAnswer.of("ja", "misschien"));

        assertEquals(List.of(Kind.UNKNOWN_OPTION, Kind.MULTIPLE_NOT_ALLOWED), kinds(violations));
        assertEquals("There is no option 'misschien' to choose.", violations.get(0).message());
        assertTrue(violations.stream().allMatch(violation -> violation.questionId().equals("q2")));
    }

    @Test
    void rejectsAValueOutsideTheScale() {
        assertEquals(List.of(Kind.OUT_OF_SCALE), kinds(checker.check(scale("q4", true), new Answer.ScaleAnswer(0))));
        assertEquals(List.of(Kind.OUT_OF_SCALE), kinds(checker.check(scale("q4", true), new Answer.ScaleAnswer(6))));
    }

    @Test
    void rejectsAnAnswerOfTheWrongType() {
        assertEquals(List.of(Kind.WRONG_TYPE), kinds(checker.check(open("q1"), new Answer.ScaleAnswer(3))));
        assertEquals(List.of(Kind.WRONG_TYPE), kinds(checker.check(choice("q2", false), text("ja"))));
        assertEquals(List.of(Kind.WRONG_TYPE), kinds(checker.check(scale("q4", true), Answer.ChoiceAnswer.of("ja"))));
    }

    @Test
    void checksAWholeSetOfAnswers() {
        List<AnswerViolation> violations = checker.checkAll(
                List.of(open("q1"), choice("q2", false), scale("q3", false), scale("q4", true)),
                Map.of("q1", text("kort"), "q3", new Answer.ScaleAnswer(3), "q9", text("waar hoort dit bij?")));

        assertEquals(List.of(
                new AnswerViolation("q1", Kind.TOO_SHORT, "Write at least 10 characters; this answer has 4."),
                new AnswerViolation("q2", Kind.MISSING, "This question needs an answer."),
                new AnswerViolation("q4", Kind.MISSING, "This question needs an answer."),
                new AnswerViolation("q9", Kind.UNKNOWN_QUESTION, "There is no question 'q9' here.")), violations);
    }

    @Test
    void anAnswerCountsOnlyWhenPresentNonEmptyAndValid() {
        assertTrue(checker.isAnswered(open("q1"), text(Fixtures.LONG_ENOUGH)));
        assertFalse(checker.isAnswered(open("q1"), text("kort")));
        assertFalse(checker.isAnswered(open("q1"), null));
        assertFalse(checker.isAnswered(new OpenQuestion("q1", TEXT, false, 0, 200), text(" ")));
        assertFalse(checker.isAnswered(choice("q2", true), new Answer.ChoiceAnswer(Set.of())));
    }
}
