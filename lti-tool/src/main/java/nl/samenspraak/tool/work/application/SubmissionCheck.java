package nl.samenspraak.tool.work.application;

import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.program.content.ActionPlanAssignment;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.program.content.Question;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSource;
import nl.samenspraak.program.progress.ActionPlanProgressRule;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.AnswerChecker;
import nl.samenspraak.program.progress.AnswerViolation;
import nl.samenspraak.program.progress.TeacherWork;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/** What a teacher still has to do before an assignment can be submitted, one issue per missing thing. */
final class SubmissionCheck {

    private final AnswerChecker checker;
    private final ActionPlanProgressRule actionRule;
    private final TeacherWorkService service;
    private final PeerCoachingService peerCoaching;
    private final Texts texts;
    private final AnswerIssues answerIssues;

    SubmissionCheck(AnswerChecker checker, TeacherWorkService service, PeerCoachingService peerCoaching, Texts texts) {
        this.checker = checker;
        this.actionRule = new ActionPlanProgressRule(checker);
        this.service = service;
        this.peerCoaching = peerCoaching;
        this.texts = texts;
        this.answerIssues = new AnswerIssues(texts);
    }

    List<WorkRejectedException.FieldIssue> missing(WorkScope scope, Assignment assignment, TeacherWork work) {
        List<WorkRejectedException.FieldIssue> issues = new ArrayList<>();
        for (Question question : assignment.questions()) {
            Answer answer = work.answers().get(question.id());
            String field = "answers." + question.id();
            if (answer != null) {
                for (AnswerViolation violation : checker.check(question, answer)) {
                    issues.add(answerIssues.issue(field, violation, question, answer));
                }
            } else if (question.required()) {
                issues.add(answerIssues.issue(field, new AnswerViolation(question.id(), AnswerViolation.Kind.MISSING,
                        "This question needs an answer."), question, null));
            }
        }
        if (assignment instanceof VideoAssignment video && !(video.video().source() instanceof VideoSource.Embed)) {
            double remaining = service.watchState(video, work.watched()).remainingSeconds();
            if (remaining > 0) {
                issues.add(new WorkRejectedException.FieldIssue("watched",
                        texts.of(TextKey.SUBMISSION_CHECK_WATCH_MORE_SECONDS_FILM, (long) remaining)));
            }
        }
        if (assignment instanceof ActionPlanAssignment plan) {
            issues.addAll(actionIssues(plan, work));
        }
        // Peer coaching asks the observations the teacher gives and receives: the closing reflection follows them.
        boolean ownPartsOnly = assignment instanceof PeerCoachingAssignment;
        if (assignment instanceof PeerCoachingAssignment peer) {
            issues.addAll(peerCoaching.stillOwed(scope, peer));
        }
        if (issues.isEmpty() && !ownPartsOnly && !service.completeOnceSubmitted(assignment, work)) {
            issues.add(new WorkRejectedException.FieldIssue("work",
                    texts.of(TextKey.SUBMISSION_CHECK_FINISH_ASSIGNMENT)));
        }
        return issues;
    }

    /** How many more actions to plan (with a date) and to tick off as done, counted as the progress rule counts. */
    private List<WorkRejectedException.FieldIssue> actionIssues(ActionPlanAssignment plan, TeacherWork work) {
        ActionPlanProgressRule.Tally tally = actionRule.tally(plan, work.actionPlan());
        List<WorkRejectedException.FieldIssue> issues = new ArrayList<>();
        int toPlan = plan.minActions() - tally.planned();
        if (toPlan > 0) {
            issues.add(new WorkRejectedException.FieldIssue("actions", texts.of(
                    TextKey.SUBMISSION_CHECK_PLAN_MORE_ACTIONS, toPlan, toPlan, plan.minActions())));
        }
        int toDo = plan.minActions() - tally.done();
        if (toDo > 0) {
            issues.add(new WorkRejectedException.FieldIssue("actions", toDo == 1
                    ? texts.of(TextKey.SUBMISSION_CHECK_CARRY_OUT_MORE_ACTION)
                    : texts.of(TextKey.SUBMISSION_CHECK_CARRY_OUT_MORE_ACTIONS, toDo)));
        }
        return issues;
    }
}
