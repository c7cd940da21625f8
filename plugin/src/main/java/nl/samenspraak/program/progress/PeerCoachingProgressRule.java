package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.ObservableBehaviour;
import nl.samenspraak.program.content.ObservationForm;
import nl.samenspraak.program.content.PeerCoachingAssignment;

/**
 * A peer-coaching assignment is completed when it is submitted, every required reflection question has an
 * answer that counts, the teacher gave at least {@code observations.give} observations and every one of
 * them is complete, and received at least {@code observations.receive} complete observations.
 * <p>
 * An observation is complete when it has a non-blank compliment, a non-blank tip, and a mark of the form
 * for every behaviour of the form. A partner's unfinished form therefore does not count as received, and
 * an unfinished form of the teacher's own keeps the assignment open until it is finished.
 * <p>
 * Score: the mean of required reflection questions answered / required ones; complete observations given
 * / the larger of {@code give} and the number given; complete observations received / {@code receive}
 * (capped at 1); and being submitted.
 */
public final class PeerCoachingProgressRule implements ProgressRule<PeerCoachingAssignment> {

    private final RequiredAnswers requiredAnswers;

    public PeerCoachingProgressRule(AnswerChecker checker) {
        this.requiredAnswers = new RequiredAnswers(checker);
    }

    @Override
    public Progress evaluate(PeerCoachingAssignment assignment, TeacherWork work) {
        ObservationForm form = assignment.observationForm();
        long given = work.observationsGiven().stream().filter(observation -> isComplete(observation, form)).count();
        long received = work.observationsReceived().stream().filter(observation -> isComplete(observation, form)).count();
        return requiredAnswers.addTo(new ProgressParts(), assignment.reflectionQuestions(), work.answers())
                .count(given, Math.max(assignment.observations().give(), work.observationsGiven().size()))
                .count(received, assignment.observations().receive())
                .progress(work);
    }

    private static boolean isComplete(Observation observation, ObservationForm form) {
        if (observation.compliment().isBlank() || observation.tip().isBlank()) {
            return false;
        }
        for (ObservableBehaviour behaviour : form.behaviours()) {
            BehaviourMark mark = observation.marks().get(behaviour.id());
            if (mark == null || !form.hasMark(mark.markId())) {
                return false;
            }
        }
        return true;
    }
}
