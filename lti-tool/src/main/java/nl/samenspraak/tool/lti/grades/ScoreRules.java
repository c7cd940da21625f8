package nl.samenspraak.tool.lti.grades;

import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.ProgressChanged;

/**
 * The state-to-score mapping, one explicit case per state change; docs/grades.md gives the reasons.
 * <p>
 * Moodle stores a grade only for {@code FullyGraded} and clears the stored one on any other gradingProgress;
 * Canvas stores {@code FullyGraded} and {@code PendingManual}. So only completion and approval are final
 * ({@code FullyGraded}); the other changes tell the platform how far the teacher is with {@code NotReady} or
 * {@code Pending}, and once a final grade was sent for a line item and user, later non-final changes are not
 * sent at all ({@link #allows}), so a progress-only score never wipes a grade.
 */
public final class ScoreRules {

    /**
     * The line item's maximum and the scale of the scores of a link that was not deep-linked with a maximum
     * score: the plugin's 0..1 as a percentage.
     */
    public static final double SCORE_MAXIMUM = 100;

    private ScoreRules() {
    }

    /** The rule for a state change; a new state gets its own case here and a row in docs/grades.md. */
    public static ScoreRule rule(StateChange change, Texts texts) {
        return switch (change) {
            case STARTED -> scored(change, "Started", "NotReady", false, texts.of(TextKey.SCORE_RULES_STARTED));
            case SUBMITTED -> scored(change, "Submitted", "Pending", false, texts.of(TextKey.SCORE_RULES_SUBMITTED));
            case COMPLETED -> scored(change, "Completed", "FullyGraded", true, texts.of(TextKey.SCORE_RULES_COMPLETED));
            case APPROVED -> scored(change, "Completed", "FullyGraded", true, texts.of(TextKey.SCORE_RULES_APPROVED));
            case REOPENED -> scored(change, "InProgress", "Pending", false, texts.of(TextKey.SCORE_RULES_REOPENED));
            case RETURNED -> scored(change, "InProgress", "Pending", false, texts.of(TextKey.SCORE_RULES_RETURNED));
        };
    }

    private static ScoreRule scored(StateChange change, String activityProgress, String gradingProgress,
                                     boolean finalGrade, LocalizedText comment) {
        return new ScoreRule(change, activityProgress, gradingProgress, finalGrade, comment.nl(),
                comment.in(Language.EN));
    }

    /** The scale of a link's scores: the maximum score it was deep-linked with, else {@link #SCORE_MAXIMUM}. */
    public static double scoreMaximum(Optional<Double> linkMaximum) {
        return linkMaximum.filter(maximum -> maximum > 0).orElse(SCORE_MAXIMUM);
    }

    /** The score given, the plugin's 0..1 scaled to the maximum and rounded to two decimals: the plugin's rule. */
    public static double scoreGiven(Progress progress, double scoreMaximum) {
        return Math.round(progress.score() * scoreMaximum * 100) / 100.0;
    }

    /** Whether the rule's score may be sent after what was sent before: never a non-final after a final one. */
    public static boolean allows(ScoreRule rule, boolean finalGradeSent) {
        return rule.finalGrade() || !finalGradeSent;
    }

    /** The score for a change in progress, if the change is one the platform hears of. */
    public static Optional<ScoreRule> forChange(ProgressChanged change, Texts texts) {
        return StateChange.between(change.before(), change.after(), change.cause()).map(state -> rule(state, texts));
    }
}
