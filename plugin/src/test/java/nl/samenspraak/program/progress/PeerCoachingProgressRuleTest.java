package nl.samenspraak.program.progress;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.samenspraak.program.progress.Fixtures.LONG_ENOUGH;
import static nl.samenspraak.program.progress.Fixtures.SUBMITTED;
import static nl.samenspraak.program.progress.Fixtures.answers;
import static nl.samenspraak.program.progress.Fixtures.completeObservation;
import static nl.samenspraak.program.progress.Fixtures.peerCoaching;
import static nl.samenspraak.program.progress.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PeerCoachingProgressRuleTest {

    private final PeerCoachingProgressRule rule = new PeerCoachingProgressRule(new AnswerChecker());

    private static final Observation COMPLETE = completeObservation();

    private static TeacherWork reflectedAndSubmitted() {
        return TeacherWork.none().withAnswers(answers("geleerd", text(LONG_ENOUGH))).withSubmittedAt(SUBMITTED);
    }

    private static Observation withoutMarkFor(String behaviourId) {
        Map<String, BehaviourMark> marks = new HashMap<>(COMPLETE.marks());
        marks.remove(behaviourId);
        return new Observation(marks, COMPLETE.compliment(), COMPLETE.tip());
    }

    @Test
    void completesWithReflectionEnoughCompleteObservationsGivenAndReceived() {
        TeacherWork work = reflectedAndSubmitted().withObservationsGiven(List.of(COMPLETE, COMPLETE))
                .withObservationsReceived(List.of(COMPLETE));

        assertEquals(new Progress(ProgressState.COMPLETED, 1.0), rule.evaluate(peerCoaching(), work));
    }

    @Test
    void missingObservationsKeepItSubmitted() {
        TeacherWork work = reflectedAndSubmitted().withObservationsGiven(List.of(COMPLETE));

        Progress progress = rule.evaluate(peerCoaching(), work);

        assertEquals(ProgressState.SUBMITTED, progress.state());
        // reflection 1, given 1/2, received 0/1, submitted 1
        assertEquals(2.5 / 4, progress.score(), 1e-9);
    }

    @Test
    void aGivenObservationWithoutATipDoesNotCountAndKeepsItOpen() {
        Observation withoutTip = new Observation(COMPLETE.marks(), COMPLETE.compliment(), " ");
        TeacherWork work = reflectedAndSubmitted().withObservationsGiven(List.of(COMPLETE, COMPLETE, withoutTip))
                .withObservationsReceived(List.of(COMPLETE));

        Progress progress = rule.evaluate(peerCoaching(), work);

        assertEquals(ProgressState.SUBMITTED, progress.state());
        assertEquals((1 + 2.0 / 3 + 1 + 1) / 4, progress.score(), 1e-9);
    }

    @Test
    void aGivenObservationNeedsAKnownMarkForEveryBehaviour() {
        Observation unknownMark = new Observation(Map.of("welkom", BehaviourMark.of("super"), "doel",
                BehaviourMark.of("gezien"), "afspraken", BehaviourMark.of("gezien")), "Compliment", "Tip");
        TeacherWork work = reflectedAndSubmitted().withObservationsReceived(List.of(COMPLETE));

        assertEquals(ProgressState.SUBMITTED,
                rule.evaluate(peerCoaching(), work.withObservationsGiven(List.of(COMPLETE, withoutMarkFor("afspraken")))).state());
        assertEquals(ProgressState.SUBMITTED,
                rule.evaluate(peerCoaching(), work.withObservationsGiven(List.of(COMPLETE, unknownMark))).state());
    }

    @Test
    void anUnfinishedObservationFromAPartnerIsNotReceived() {
        Observation withoutCompliment = new Observation(COMPLETE.marks(), null, COMPLETE.tip());
        TeacherWork work = reflectedAndSubmitted().withObservationsGiven(List.of(COMPLETE, COMPLETE))
                .withObservationsReceived(List.of(withoutCompliment));

        assertEquals(ProgressState.SUBMITTED, rule.evaluate(peerCoaching(), work).state());
    }

    @Test
    void withoutTheReflectionItIsNotComplete() {
        TeacherWork work = TeacherWork.none().withSubmittedAt(SUBMITTED)
                .withObservationsGiven(List.of(COMPLETE, COMPLETE)).withObservationsReceived(List.of(COMPLETE));

        assertEquals(ProgressState.SUBMITTED, rule.evaluate(peerCoaching(), work).state());
    }

    @Test
    void observationsReceivedAloneDoNotStartTheAssignment() {
        Progress progress = rule.evaluate(peerCoaching(), TeacherWork.none().withObservationsReceived(List.of(COMPLETE)));

        assertEquals(ProgressState.NOT_STARTED, progress.state());
        assertEquals(0.25, progress.score(), 1e-9);
    }
}
