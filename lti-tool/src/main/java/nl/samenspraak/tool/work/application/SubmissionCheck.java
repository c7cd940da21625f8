package nl.samenspraak.tool.work.application;

import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.program.content.ActionPlanAssignment;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.program.content.Question;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSource;
import nl.samenspraak.program.progress.ActionPlanProgressRule;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.AnswerChecker;
import nl.samenspraak.program.progress.AnswerViolation;
import nl.samenspraak.program.progress.TeacherWork;

/** What a teacher still has to do before an assignment can be submitted, one issue per missing thing. */
final class SubmissionCheck {

    private final AnswerChecker checker;
    private final ActionPlanProgressRule actionRule;
    private final TeacherWorkService service;
    private final PeerCoachingService peerCoaching;

    SubmissionCheck(AnswerChecker checker, TeacherWorkService service, PeerCoachingService peerCoaching) {
        this.checker = checker;
        this.actionRule = new ActionPlanProgressRule(checker);
        this.service = service;
        this.peerCoaching = peerCoaching;
    }

    List<WorkRejectedException.FieldIssue> missing(WorkScope scope, Assignment assignment, TeacherWork work) {
        List<WorkRejectedException.FieldIssue> issues = new ArrayList<>();
        for (Question question : assignment.questions()) {
            Answer answer = work.answers().get(question.id());
            String field = "answers." + question.id();
            if (answer != null) {
                for (AnswerViolation violation : checker.check(question, answer)) {
                    issues.add(AnswerIssues.issue(field, violation, question, answer));
                }
            } else if (question.required()) {
                issues.add(AnswerIssues.issue(field, new AnswerViolation(question.id(), AnswerViolation.Kind.MISSING,
                        "This question needs an answer."), question, null));
            }
        }
        if (assignment instanceof VideoAssignment video && !(video.video().source() instanceof VideoSource.Embed)) {
            double remaining = service.watchState(video, work.watched()).remainingSeconds();
            if (remaining > 0) {
                issues.add(new WorkRejectedException.FieldIssue("watched", LocalizedText.of(
                        "Bekijk nog " + (long) remaining + " seconden van de film.",
                        "Watch " + (long) remaining + " more seconds of the film.")));
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
            issues.add(new WorkRejectedException.FieldIssue("work", LocalizedText.of(
                    "Maak de opdracht eerst helemaal af.", "Finish the assignment first.")));
        }
        return issues;
    }

    /** How many more actions to plan (with a date) and to tick off as done, counted as the progress rule counts. */
    private List<WorkRejectedException.FieldIssue> actionIssues(ActionPlanAssignment plan, TeacherWork work) {
        ActionPlanProgressRule.Tally tally = actionRule.tally(plan, work.actionPlan());
        List<WorkRejectedException.FieldIssue> issues = new ArrayList<>();
        int toPlan = plan.minActions() - tally.planned();
        if (toPlan > 0) {
            issues.add(new WorkRejectedException.FieldIssue("actions", LocalizedText.of(
                    "Plan nog " + toPlan + (toPlan == 1 ? " actie" : " acties") + " met een datum; er zijn er minstens "
                            + plan.minActions() + " nodig.",
                    "Plan " + toPlan + " more " + (toPlan == 1 ? "action" : "actions") + " with a date; at least "
                            + plan.minActions() + " are needed.")));
        }
        int toDo = plan.minActions() - tally.done();
        if (toDo > 0) {
            issues.add(new WorkRejectedException.FieldIssue("actions", toDo == 1
                    ? LocalizedText.of("Voer nog 1 actie uit en vink die af als gedaan.",
                            "Carry out 1 more action and tick it off as done.")
                    : LocalizedText.of("Voer nog " + toDo + " acties uit en vink ze af als gedaan.",
                            "Carry out " + toDo + " more actions and tick them off as done.")));
        }
        return issues;
    }
}
