package nl.samenspraak.tool.work.application;

import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.program.content.ActionPlanAssignment;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.program.content.Question;
import nl.samenspraak.program.content.QuickscanAssignment;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSource;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.AnswerChecker;
import nl.samenspraak.program.progress.AnswerViolation;
import nl.samenspraak.program.progress.TeacherWork;

/** What a teacher still has to do before an assignment can be submitted, one issue per missing thing. */
final class SubmissionCheck {

    private final AnswerChecker checker;
    private final TeacherWorkService service;

    SubmissionCheck(AnswerChecker checker, TeacherWorkService service) {
        this.checker = checker;
        this.service = service;
    }

    List<WorkRejectedException.FieldIssue> missing(Assignment assignment, TeacherWork work) {
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
        boolean ownPartsOnly = assignment instanceof PeerCoachingAssignment;
        if (issues.isEmpty() && !ownPartsOnly && !service.completeOnceSubmitted(assignment, work)) {
            issues.add(typeIssue(assignment));
        }
        return issues;
    }

    private static WorkRejectedException.FieldIssue typeIssue(Assignment assignment) {
        if (assignment instanceof QuickscanAssignment) {
            return new WorkRejectedException.FieldIssue("quickscan", LocalizedText.of(
                    "Beantwoord bij elk thema minstens \u00e9\u00e9n stelling.",
                    "Answer at least one statement in every theme."));
        }
        if (assignment instanceof ActionPlanAssignment plan) {
            return new WorkRejectedException.FieldIssue("actions", LocalizedText.of(
                    "Plan minstens " + plan.minActions() + " acties met een datum en vink ze af als je ze gedaan hebt.",
                    "Plan at least " + plan.minActions() + " actions with a date and tick them off once done."));
        }
        return new WorkRejectedException.FieldIssue("work", LocalizedText.of(
                "Maak de opdracht eerst helemaal af.", "Finish the assignment first."));
    }
}
