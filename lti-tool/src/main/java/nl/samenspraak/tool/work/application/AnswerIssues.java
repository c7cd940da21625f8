package nl.samenspraak.tool.work.application;

import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.OpenQuestion;
import nl.samenspraak.program.content.Question;
import nl.samenspraak.program.content.ScaleQuestion;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.AnswerViolation;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/** What an answer violation means for the teacher, in Dutch and English, with the numbers that matter. */
final class AnswerIssues {

    private final Texts texts;

    AnswerIssues(Texts texts) {
        this.texts = texts;
    }

    /** The field a violation is about: {@code prefix} plus the part of the answer that is wrong. */
    WorkRejectedException.FieldIssue issue(String prefix, AnswerViolation violation, Question question,
                                           Answer answer) {
        String part = switch (violation.kind()) {
            case TOO_SHORT, TOO_LONG -> ".text";
            case UNKNOWN_OPTION, MULTIPLE_NOT_ALLOWED -> ".optionIds";
            case OUT_OF_SCALE -> ".value";
            default -> "";
        };
        return new WorkRejectedException.FieldIssue(prefix + part, message(violation, question, answer));
    }

    private LocalizedText message(AnswerViolation violation, Question question, Answer answer) {
        return switch (violation.kind()) {
            case MISSING -> texts.of(TextKey.ANSWER_ISSUES_QUESTION_NO_ANSWER_YET);
            case WRONG_TYPE -> texts.of(TextKey.ANSWER_ISSUES_ANSWER_DOES_NOT_FIT);
            case TOO_SHORT -> {
                int length = length(answer);
                int min = ((OpenQuestion) question).minLength();
                yield texts.of(TextKey.ANSWER_ISSUES_WRITE_LEAST_CHARACTERS_ANSWER, min, length);
            }
            case TOO_LONG -> {
                int length = length(answer);
                int max = ((OpenQuestion) question).maxLength();
                yield texts.of(TextKey.ANSWER_ISSUES_WRITE_MOST_CHARACTERS_ANSWER, max, length);
            }
            case UNKNOWN_OPTION -> texts.of(TextKey.ANSWER_ISSUES_OPTION_DOES_NOT_EXIST);
            case MULTIPLE_NOT_ALLOWED -> texts.of(TextKey.ANSWER_ISSUES_CHOOSE_ONE_ANSWER);
            case OUT_OF_SCALE -> {
                ScaleQuestion scale = (ScaleQuestion) question;
                yield texts.of(TextKey.ANSWER_ISSUES_CHOOSE_VALUE_FROM, scale.scale().min(), scale.scale().max());
            }
            case UNKNOWN_QUESTION -> texts.of(TextKey.ANSWER_ISSUES_QUESTION_NOT_PART_ASSIGNMENT);
        };
    }

    /** Characters as the checker counts them: code points, without white space at either end. */
    private static int length(Answer answer) {
        String text = ((Answer.TextAnswer) answer).text().strip();
        return text.codePointCount(0, text.length());
    }
}
