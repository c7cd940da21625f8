package nl.samenspraak.program.content.pack;

import nl.samenspraak.program.content.OpenQuestion;

/** An open question's {@code minLength} is at most its {@code maxLength}, counting the defaults 0 and 4000. */
final class OpenAnswerLengthRule implements PackRule {

    @Override
    public void check(PackNode pack, PackFiles files, Findings findings) {
        for (PackNode question : PackTree.allQuestions(pack)) {
            if (!question.text("kind").equals("open")) {
                continue;
            }
            int min = question.json().path("minLength").asInt(OpenQuestion.DEFAULT_MIN_LENGTH);
            if (question.has("maxLength")) {
                int max = question.json().path("maxLength").asInt();
                if (min > max) {
                    findings.report(question.get("maxLength"),
                            "maxLength (" + max + ") is smaller than minLength (" + min + ").");
                }
            } else if (min > OpenQuestion.DEFAULT_MAX_LENGTH) {
                findings.report(question.get("minLength"), "minLength (" + min + ") is more than the default maxLength of "
                        + OpenQuestion.DEFAULT_MAX_LENGTH + "; give a maxLength as well.");
            }
        }
    }
}
