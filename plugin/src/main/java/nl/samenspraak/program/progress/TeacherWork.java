package nl.samenspraak.program.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a teacher did in one assignment. Each assignment type reads the parts it has; the others
 * stay empty.
 *
 * @param answers              question id to answer (viewing, reading and reflection questions)
 * @param submittedAt          when the teacher submitted the assignment; null while not submitted
 * @param watched              the stretches of the video the player reported as played
 * @param observationsGiven    the observation forms this teacher filled in about a partner
 * @param observationsReceived the observation forms partners filled in about this teacher
 * @param quickscanResponses   the values given to quickscan statements
 * @param actionPlan           the actions in the teacher's plan
 */
public record TeacherWork(Map<String, Answer> answers, Instant submittedAt, List<WatchedInterval> watched,
                          List<Observation> observationsGiven, List<Observation> observationsReceived,
                          List<QuickscanResponse> quickscanResponses, List<ActionPlanItem> actionPlan) {

    public TeacherWork {
        answers = Map.copyOf(answers);
        watched = List.copyOf(watched);
        observationsGiven = List.copyOf(observationsGiven);
        observationsReceived = List.copyOf(observationsReceived);
        quickscanResponses = List.copyOf(quickscanResponses);
        actionPlan = List.copyOf(actionPlan);
    }

    /** Nothing done yet. */
    public static TeacherWork none() {
        return new TeacherWork(Map.of(), null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    /**
     * Whether the teacher did anything here. Observations received do not count: a partner can observe
     * a teacher who has not opened the assignment yet.
     */
    public boolean started() {
        return submitted() || !answers.isEmpty() || !watched.isEmpty() || !observationsGiven.isEmpty()
                || !quickscanResponses.isEmpty() || !actionPlan.isEmpty();
    }

    public TeacherWork withAnswers(Map<String, Answer> replacement) {
        return new TeacherWork(replacement, submittedAt, watched, observationsGiven, observationsReceived,
                quickscanResponses, actionPlan);
    }

    public TeacherWork withSubmittedAt(Instant replacement) {
        return new TeacherWork(answers, replacement, watched, observationsGiven, observationsReceived,
                quickscanResponses, actionPlan);
    }

    public TeacherWork withWatched(List<WatchedInterval> replacement) {
        return new TeacherWork(answers, submittedAt, replacement, observationsGiven, observationsReceived,
                quickscanResponses, actionPlan);
    }

    public TeacherWork withObservationsGiven(List<Observation> replacement) {
        return new TeacherWork(answers, submittedAt, watched, replacement, observationsReceived,
                quickscanResponses, actionPlan);
    }

    public TeacherWork withObservationsReceived(List<Observation> replacement) {
        return new TeacherWork(answers, submittedAt, watched, observationsGiven, replacement,
                quickscanResponses, actionPlan);
    }

    public TeacherWork withQuickscanResponses(List<QuickscanResponse> replacement) {
        return new TeacherWork(answers, submittedAt, watched, observationsGiven, observationsReceived,
                replacement, actionPlan);
    }

    public TeacherWork withActionPlan(List<ActionPlanItem> replacement) {
        return new TeacherWork(answers, submittedAt, watched, observationsGiven, observationsReceived,
                quickscanResponses, replacement);
    }
}
