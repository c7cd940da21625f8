package nl.samenspraak.tool.lti.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.ProgressCause;
import nl.samenspraak.tool.work.application.ProgressChanged;
import nl.samenspraak.tool.work.application.WorkScope;
import org.junit.jupiter.api.Test;

/** The messages and rules of the grade service without a platform: states, scores, URLs, scopes. */
class GradeMessagesTest {

    private static final Texts TEXTS = new Texts();

    private static Progress progress(ProgressState state, double score) {
        return new Progress(state, score);
    }

    @Test
    void eachChangeOfStateIsOneStateChangeAndAScoreChangeIsNone() {
        assertEquals(Optional.of(StateChange.STARTED), StateChange.between(progress(ProgressState.NOT_STARTED, 0),
                progress(ProgressState.IN_PROGRESS, 0.2), ProgressCause.TEACHER_WORK));
        assertEquals(Optional.of(StateChange.SUBMITTED), StateChange.between(progress(ProgressState.IN_PROGRESS, 0.2),
                progress(ProgressState.SUBMITTED, 0.9), ProgressCause.TEACHER_WORK));
        assertEquals(Optional.of(StateChange.COMPLETED), StateChange.between(progress(ProgressState.SUBMITTED, 0.9),
                progress(ProgressState.COMPLETED, 1), ProgressCause.TEACHER_WORK));
        assertEquals(Optional.of(StateChange.REOPENED), StateChange.between(progress(ProgressState.COMPLETED, 1),
                progress(ProgressState.IN_PROGRESS, 0.9), ProgressCause.TEACHER_WORK));
        assertEquals(Optional.empty(), StateChange.between(progress(ProgressState.IN_PROGRESS, 0.2),
                progress(ProgressState.IN_PROGRESS, 0.4), ProgressCause.TEACHER_WORK));
    }

    @Test
    void theTrainersDecisionsAreToldApartFromTheSameChangeByTheRules() {
        Progress submitted = progress(ProgressState.SUBMITTED, 1);
        Progress completed = progress(ProgressState.COMPLETED, 1);
        Progress open = progress(ProgressState.IN_PROGRESS, 1);
        assertEquals(Optional.of(StateChange.APPROVED), StateChange.between(submitted, completed, ProgressCause.APPROVED));
        assertEquals(Optional.of(StateChange.COMPLETED), StateChange.between(submitted, completed,
                ProgressCause.TEACHER_WORK), "a partner's observation completing the work is no approval");
        assertEquals(Optional.of(StateChange.COMPLETED), StateChange.between(submitted, completed,
                ProgressCause.APPROVAL_SWITCH), "switching approval off approves nothing");
        assertEquals(Optional.of(StateChange.RETURNED), StateChange.between(submitted, open, ProgressCause.RETURNED));
        assertEquals(Optional.of(StateChange.REOPENED), StateChange.between(submitted, open, ProgressCause.TEACHER_WORK));
        assertEquals(Optional.of(StateChange.STARTED), StateChange.between(progress(ProgressState.NOT_STARTED, 0), open,
                ProgressCause.RETURNED), "work never begun starts, whatever the cause");

        WorkScope teacher = new WorkScope(7, Optional.of(3L));
        ScoreRule approval = ScoreRules.forChange(new ProgressChanged(teacher, "a", submitted, completed,
                Instant.EPOCH, ProgressCause.APPROVED), TEXTS).orElseThrow();
        assertEquals("Goedgekeurd door de trainer.", approval.comment("nl-NL"));
        assertEquals("Approved by the trainer.", approval.comment("en-US"));
        assertEquals("FullyGraded", approval.gradingProgress());
        ScoreRule returned = ScoreRules.forChange(new ProgressChanged(teacher, "a", submitted, open,
                Instant.EPOCH, ProgressCause.RETURNED), TEXTS).orElseThrow();
        assertEquals("Teruggestuurd door de trainer om te herzien.", returned.comment("nl"));
        assertEquals("Returned by the trainer for revision.", returned.comment("en"));
        assertEquals("Pending", returned.gradingProgress());
        assertFalse(returned.finalGrade());
    }

    @Test
    void onlyCompletionAndApprovalAreFinalAndNothingElseFollowsAFinalGrade() {
        for (StateChange change : StateChange.values()) {
            ScoreRule rule = ScoreRules.rule(change, TEXTS);
            boolean isFinal = change == StateChange.COMPLETED || change == StateChange.APPROVED;
            assertEquals(isFinal, rule.finalGrade(), change.name());
            assertEquals(isFinal, "FullyGraded".equals(rule.gradingProgress()), change.name());
            assertEquals(isFinal, ScoreRules.allows(rule, true), "after a final grade: " + change);
            assertTrue(ScoreRules.allows(rule, false));
        }
        assertEquals("Assignment completed.", ScoreRules.rule(StateChange.COMPLETED, TEXTS).comment("en-GB"));
        assertEquals("Opdracht afgerond.", ScoreRules.rule(StateChange.COMPLETED, TEXTS).comment("nl-NL"));
        assertEquals(33.33, ScoreRules.scoreGiven(progress(ProgressState.IN_PROGRESS, 1.0 / 3), 100));
        assertEquals(6.67, ScoreRules.scoreGiven(progress(ProgressState.IN_PROGRESS, 1.0 / 3), 20),
                "scaled to a deep-linked maximum");
        assertEquals(20.0, ScoreRules.scoreMaximum(java.util.Optional.of(20.0)));
        assertEquals(ScoreRules.SCORE_MAXIMUM, ScoreRules.scoreMaximum(java.util.Optional.empty()));
    }

    @Test
    void theScoreHasEveryFieldTheSpecificationAsksForAndTellsCanvasNoNewSubmission() throws ParseException {
        Map<String, Object> json = JSONObjectUtils.parse(new Score("user-1", 0, 100, "Started", "NotReady",
                Instant.parse("2026-12-06T10:15:30.123Z"), "Begonnen aan de opdracht.").toJSON());

        assertEquals(0.0, ((Number) json.get("scoreGiven")).doubleValue(), "a 0 is sent as 0");
        assertEquals(100.0, ((Number) json.get("scoreMaximum")).doubleValue());
        assertEquals("2026-12-06T10:15:30.123Z", json.get("timestamp"));
        assertEquals(Map.of("new_submission", false), json.get("https://canvas.instructure.com/lti/submission"));
    }

    @Test
    void scoresGoBeforeTheQueryOfALineItemUrl() {
        assertEquals(URI.create("https://moodle.example/mod/lti/services.php/2/lineitems/3/lineitem/scores?type_id=3"),
                LineItem.scoresUrl(URI.create("https://moodle.example/mod/lti/services.php/2/lineitems/3/lineitem?type_id=3")));
        assertEquals(URI.create("https://canvas.example/api/lti/courses/1/line_items/7/scores"),
                LineItem.scoresUrl(URI.create("https://canvas.example/api/lti/courses/1/line_items/7/")));
        assertEquals(URI.create("https://lms.example/lineitems?type=x&resource_link_id=link+1"),
                LineItem.containerQuery(URI.create("https://lms.example/lineitems?type=x"), "link 1"));
    }

    @Test
    void aTokenAsksOnlyForScopesTheLaunchGranted() {
        AgsScopes readOnly = AgsScopes.parse(AgsScopes.SCORE + " " + AgsScopes.LINE_ITEM_READ_ONLY
                + " https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly");
        assertEquals(Set.of(AgsScopes.SCORE, AgsScopes.LINE_ITEM_READ_ONLY), readOnly.forToken());
        assertTrue(readOnly.allowsReadingLineItems());
        assertFalse(readOnly.allowsCreatingLineItems());
        assertFalse(AgsScopes.parse(null).allowsScores());
    }

    @Test
    void aStateWithoutAGradeServiceSaysWhy() {
        assertEquals(GradeSending.NO_GRADE_SERVICE, GradeSending.of(Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals(GradeSending.NO_SCORE_SCOPE, GradeSending.of(Optional.of(AgsScopes.LINE_ITEM), Optional.empty(),
                Optional.of("https://lms.example/lineitems")));
        assertEquals(GradeSending.NO_LINE_ITEM, GradeSending.of(Optional.of(AgsScopes.SCORE), Optional.empty(),
                Optional.empty()));
        assertEquals(GradeSending.SENT, GradeSending.of(Optional.of(AgsScopes.SCORE),
                Optional.of("https://lms.example/lineitems/1"), Optional.empty()));
    }
}
