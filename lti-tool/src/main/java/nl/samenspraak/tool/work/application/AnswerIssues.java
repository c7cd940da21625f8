package nl.samenspraak.tool.work.application;

import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.OpenQuestion;
import nl.samenspraak.program.content.Question;
import nl.samenspraak.program.content.ScaleQuestion;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.AnswerViolation;

/** What an answer violation means for the teacher, in Dutch and English, with the numbers that matter. */
final class AnswerIssues {

    private AnswerIssues() {
    }

    /** The field a violation is about: {@code prefix} plus the part of the answer that is wrong. */
    static WorkRejectedException.FieldIssue issue(String prefix, AnswerViolation violation, Question question,
                                                  Answer answer) {
        String part = switch (violation.kind()) {
            case TOO_SHORT, TOO_LONG -> ".text";
            case UNKNOWN_OPTION, MULTIPLE_NOT_ALLOWED -> ".optionIds";
            case OUT_OF_SCALE -> ".value";
            default -> "";
        };
        return new WorkRejectedException.FieldIssue(prefix + part, message(violation, question, answer));
    }

    private static LocalizedText message(AnswerViolation violation, Question question, Answer answer) {
        return switch (violation.kind()) {
            case MISSING -> LocalizedText.of("Deze vraag heeft nog geen antwoord.", "This question has no answer yet.");
            case WRONG_TYPE -> LocalizedText.of("Dit antwoord past niet bij de vraag (tekst, keuze of getal).",
                    "This answer does not fit the question (text, choice or number).");
            case TOO_SHORT -> {
                int length = length(answer);
                int min = ((OpenQuestion) question).minLength();
                yield LocalizedText.of("Schrijf minstens " + min + " tekens; dit antwoord heeft er " + length + ".",
                        "Write at least " + min + " characters; this answer has " + length + ".");
            }
            case TOO_LONG -> {
                int length = length(answer);
                int max = ((OpenQuestion) question).maxLength();
                yield LocalizedText.of("Schrijf hoogstens " + max + " tekens; dit antwoord heeft er " + length + ".",
                        "Write at most " + max + " characters; this answer has " + length + ".");
            }
            case UNKNOWN_OPTION -> LocalizedText.of("Deze keuze bestaat niet bij de vraag.",
                    "This option does not exist for the question.");
            case MULTIPLE_NOT_ALLOWED -> LocalizedText.of("Kies \u00e9\u00e9n antwoord.", "Choose one answer.");
            case OUT_OF_SCALE -> {
                ScaleQuestion scale = (ScaleQuestion) question;
                yield LocalizedText.of("Kies een waarde van " + scale.scale().min() + " tot " + scale.scale().max() + ".",
                        "Choose a value from " + scale.scale().min() + " to " + scale.scale().max() + ".");
            }
            case UNKNOWN_QUESTION -> LocalizedText.of("Deze vraag hoort niet bij de opdracht.",
                    "This question is not part of the assignment.");
        };
    }

    /** Characters as the checker counts them: code points, without white space at either end. */
    private static int length(Answer answer) {
        String text = ((Answer.TextAnswer) answer).text().strip();
        return text.codePointCount(0, text.length());
    }
}
