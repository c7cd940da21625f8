package nl.samenspraak.tool.lti.grades;

/**
 * What one state change sends: the AGS progress values and whether it is a final grade.
 *
 * @param finalGrade whether the platform should store scoreGiven as the grade (gradingProgress FullyGraded)
 */
public record ScoreRule(StateChange change, String activityProgress, String gradingProgress, boolean finalGrade,
                        String commentDutch, String commentEnglish) {

    /** The comment in the teacher's language: English for an English locale, otherwise Dutch. */
    public String comment(String locale) {
        return locale != null && locale.toLowerCase().startsWith("en") ? commentEnglish : commentDutch;
    }
}
