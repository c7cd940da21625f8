package nl.samenspraak.tool.work.application;

import static nl.samenspraak.tool.work.application.Refusals.fields;
import static nl.samenspraak.tool.work.application.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.ObservableBehaviour;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.tool.infrastructure.persistence.AtOnce;
import nl.samenspraak.tool.work.application.PeerCoachingService.FormInput;
import nl.samenspraak.tool.work.application.PeerCoachingService.MarkInput;
import nl.samenspraak.tool.work.application.PeerCoachingService.PlanningInput;
import nl.samenspraak.tool.work.application.WorkRejectedException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Peer coaching on the built-in pack in a real embedded database: Anna and Bram and a colleague without a
 * name are learners of one course, Carla of the same course too; Els is a learner elsewhere; the trainer
 * teaches the course.
 */
class PeerCoachingServiceTest {

    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final String LONG_ENOUGH = "Een antwoord dat lang genoeg is om mee te tellen, over vertrouwen.";

    @TempDir
    Path folder;

    private WorkFixture fixture;
    private PeerCoachingService peers;
    private TeacherWorkService work;
    private WorkScope anna;
    private WorkScope bram;
    private WorkScope carla;
    private WorkScope nameless;
    private WorkScope els;
    private WorkScope trainer;

    @BeforeEach
    void open() {
        fixture = WorkFixture.in(folder);
        peers = fixture.peerCoaching;
        work = fixture.work;
        anna = fixture.teacher;
        long course = anna.contextId().orElseThrow();
        fixture.join(anna.userId(), course, "LEARNER");
        bram = fixture.member(course, "bram", "Bram Jansen", "LEARNER");
        carla = fixture.member(course, "carla", "Carla Smit", "LEARNER");
        nameless = fixture.member(course, "nameless", null, "LEARNER");
        els = fixture.member(fixture.otherCourse.contextId().orElseThrow(), "els", "Els Elders", "LEARNER");
        trainer = fixture.trainer;
        fixture.join(trainer.userId(), course, "INSTRUCTOR");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theColleaguesAreTheOtherLearnersOfTheCourseWithTheNameThePlatformSent() {
        PeerCoachingService.PeerCoaching state = peers.state(anna, PEER);

        assertEquals(List.of(bram.userId(), carla.userId(), nameless.userId()),
                state.colleagues().stream().map(colleague -> colleague.person().userId()).toList(),
                "by name, the one without a name last; not Anna herself, the trainer or Els of the other course");
        assertEquals(Optional.empty(), state.colleagues().get(2).person().name());
        assertTrue(state.colleagues().stream().allMatch(PeerCoachingService.Colleague::available));
        assertEquals(1, state.maxPartners(), "the built-in pack asks one observation each way");
        assertTrue(state.partners().isEmpty());
    }

    @Test
    void choosingAColleagueMakesAPairThatBothSee() {
        peers.choose(anna, PEER, bram.userId());

        PeerCoachingService.Partner annasPartner = peers.state(anna, PEER).partners().get(0);
        PeerCoachingService.Partner bramsPartner = peers.state(bram, PEER).partners().get(0);
        assertEquals(Optional.of("Bram Jansen"), annasPartner.person().name());
        assertTrue(annasPartner.chosenByMe());
        assertEquals(anna.userId(), bramsPartner.person().userId());
        assertFalse(bramsPartner.chosenByMe());
        assertEquals(annasPartner.given().id(), bramsPartner.received().id(), "Anna's observation of Bram");
        assertEquals(annasPartner.received().id(), bramsPartner.given().id(), "Bram's observation of Anna");
        assertTrue(annasPartner.canEnd());
        assertEquals(ProgressState.NOT_STARTED, work.assignment(bram, PEER).progress().state(),
                "being chosen is not starting");
    }

    @Test
    void nobodyOutsideTheCourseNorOneselfCanBeChosen() {
        assertEquals(List.of("userId"), fields(refused(Reason.UNKNOWN_PART, () -> peers.choose(anna, PEER, els.userId()))));
        assertEquals(List.of("userId"), fields(refused(Reason.UNKNOWN_PART, () -> peers.choose(anna, PEER, trainer.userId()))));
        assertEquals(List.of("userId"), fields(refused(Reason.UNKNOWN_PART, () -> peers.choose(anna, PEER, 999_999L))));
        assertEquals(List.of("userId"), fields(refused(Reason.INVALID_INPUT, () -> peers.choose(anna, PEER, anna.userId()))));
        assertEquals(List.of("userId"), fields(refused(Reason.INVALID_INPUT, () -> peers.choose(anna, PEER, null))));

        assertTrue(peers.state(anna, PEER).partners().isEmpty(), "a refused choice pairs no one");
        assertTrue(work.assignment(anna, PEER).stored().isEmpty(), "and stores no work");
    }

    @Test
    void onlyLearnersOfTheSessionsCourseTakePart() {
        refused(Reason.FORBIDDEN, () -> peers.state(trainer, PEER));
        refused(Reason.FORBIDDEN, () -> peers.choose(trainer, PEER, anna.userId()));
        WorkScope noCourse = new WorkScope(anna.userId(), Optional.empty());
        refused(Reason.FORBIDDEN, () -> peers.state(noCourse, PEER));
        refused(Reason.FORBIDDEN, () -> peers.state(fixture.otherCourse, PEER));
        assertTrue(peers.find(trainer, PEER).isEmpty());
        assertTrue(peers.find(noCourse, PEER).isEmpty());
        assertTrue(peers.find(anna, PEER).isPresent());
        refused(Reason.UNKNOWN_PART, () -> peers.state(anna, "klavertje-vier"));
        refused(Reason.UNKNOWN_ASSIGNMENT, () -> peers.state(anna, "no-such-assignment"));
    }

    @Test
    void aTeacherHasAsManyPartnersAsTheQuotaAsks() {
        peers.choose(anna, PEER, bram.userId());

        assertEquals(List.of("userId"), fields(refused(Reason.ALREADY_THERE, () -> peers.choose(anna, PEER, carla.userId()))));
        refused(Reason.ALREADY_THERE, () -> peers.choose(carla, PEER, bram.userId()));
        refused(Reason.ALREADY_THERE, () -> peers.choose(bram, PEER, anna.userId()));
        PeerCoachingService.PeerCoaching carlas = peers.state(carla, PEER);
        assertTrue(carlas.canChoose());
        assertEquals(List.of(nameless.userId()), carlas.colleagues().stream()
                .filter(PeerCoachingService.Colleague::available).map(colleague -> colleague.person().userId()).toList(),
                "Anna and Bram have their partner");
        assertFalse(peers.state(anna, PEER).canChoose());
        assertTrue(peers.state(anna, PEER).colleagues().stream().noneMatch(PeerCoachingService.Colleague::available));

        peers.choose(carla, PEER, nameless.userId());
        assertEquals(1, peers.state(nameless, PEER).partners().size());
    }

    @Test
    void colleaguesChoosingTheSameOneAtOnceGiveHimOnePartner() throws Exception {
        List<WorkScope> choosers = new ArrayList<>(List.of(anna, carla, nameless));
        for (int i = 0; i < 3; i++) {
            choosers.add(fixture.member(anna.contextId().orElseThrow(), "extra-" + i, "Extra " + i, "LEARNER"));
        }
        Iterator<WorkScope> next = choosers.iterator();

        List<Boolean> paired = AtOnce.run(choosers.size(), () -> {
            WorkScope chooser;
            synchronized (next) {
                chooser = next.next();
            }
            try {
                peers.choose(chooser, PEER, bram.userId());
                return true;
            } catch (WorkRejectedException refused) {
                assertEquals(Reason.ALREADY_THERE, refused.reason());
                return false;
            }
        });

        assertEquals(1, paired.stream().filter(Boolean::booleanValue).count(), paired::toString);
        assertEquals(1, peers.state(bram, PEER).partners().size());
    }

    @Test
    void eitherPartnerEndsThePairUntilAnObservationBetweenThemIsSubmitted() {
        peers.choose(anna, PEER, bram.userId());
        peers.end(bram, PEER, anna.userId());
        assertTrue(peers.state(anna, PEER).partners().isEmpty());
        assertTrue(peers.state(bram, PEER).partners().isEmpty());

        peers.choose(anna, PEER, bram.userId());
        long bramsObservation = given(bram).id();
        peers.saveForm(bram, PEER, bramsObservation, completeForm());
        peers.submit(bram, PEER, bramsObservation);

        refused(Reason.ALREADY_SUBMITTED, () -> peers.end(anna, PEER, bram.userId()));
        refused(Reason.UNKNOWN_PART, () -> peers.end(anna, PEER, carla.userId()));
        assertFalse(peers.state(anna, PEER).partners().get(0).canEnd());
        assertEquals(1, peers.state(anna, PEER).partners().size(), "still partners");
    }

    @Test
    void theFormIsADraftTheObserverAloneWritesAndThePartnerReadsOnceSubmitted() {
        peers.choose(anna, PEER, bram.userId());
        long observation = given(anna).id();
        Instant savedAt = peers.saveForm(anna, PEER, observation, new FormInput(
                Map.of("ontvangen-welkom-heten", new MarkInput("goed", "  Stond bij de deur.  "),
                        "procedurevoorstel", new MarkInput(null, "Noemde de tijd.")),
                "Een warm welkom.", "")).savedAt();

        StoredObservation draft = given(anna);
        assertEquals(Optional.of(savedAt), draft.savedAt());
        assertEquals(new ObservationDraft.BehaviourEntry(Optional.of("goed"), Optional.of("Stond bij de deur.")),
                draft.form().behaviours().get("ontvangen-welkom-heten"), "kept without the white space around it");
        assertEquals(Optional.empty(), draft.form().behaviours().get("procedurevoorstel").markId(),
                "an example may come before the mark");
        StoredObservation seenByBram = peers.state(bram, PEER).partners().get(0).received();
        assertEquals(Optional.of(savedAt), seenByBram.savedAt(), "Bram sees that Anna is writing");
        assertEquals(ObservationDraft.empty(), seenByBram.form(), "but not what, before she submits");

        refused(Reason.FORBIDDEN, () -> peers.saveForm(bram, PEER, observation, completeForm()));
        refused(Reason.FORBIDDEN, () -> peers.submit(bram, PEER, observation));
        refused(Reason.UNKNOWN_PART, () -> peers.saveForm(carla, PEER, observation, completeForm()));
        refused(Reason.UNKNOWN_PART, () -> peers.planned(carla, PEER, observation));
        assertEquals(draft, given(anna), "refused writes change nothing");

        peers.saveForm(anna, PEER, observation, completeForm());
        peers.submit(anna, PEER, observation);
        StoredObservation read = peers.state(bram, PEER).partners().get(0).received();
        assertEquals("Je nam de ouders echt serieus.", read.form().compliment());
        assertEquals(19, read.form().behaviours().size());
    }

    @Test
    void aFormThatDoesNotFitIsRefusedAndTheSavedOneStays() {
        peers.choose(anna, PEER, bram.userId());
        long observation = given(anna).id();
        peers.saveForm(anna, PEER, observation, new FormInput(Map.of("nog-vragen", new MarkInput("goed", null)), "Fijn", "Later"));
        StoredObservation saved = given(anna);

        WorkRejectedException wrongMark = refused(Reason.INVALID_INPUT, () -> peers.saveForm(anna, PEER, observation,
                new FormInput(Map.of("nog-vragen", new MarkInput("uitstekend", null)), "Fijn", "Later")));
        assertEquals(List.of("marks.nog-vragen.markId"), fields(wrongMark));
        assertTrue(wrongMark.issues().get(0).message().nl().contains("goed, voldoende, nog-niet, niet-gezien"));
        assertEquals(List.of("marks.bestaat-niet"), fields(refused(Reason.INVALID_INPUT, () -> peers.saveForm(anna, PEER,
                observation, new FormInput(Map.of("bestaat-niet", new MarkInput("goed", null)), "", "")))));
        assertEquals(List.of("marks.nog-vragen.example", "tip"), fields(refused(Reason.INVALID_INPUT, () -> peers.saveForm(
                anna, PEER, observation, new FormInput(Map.of("nog-vragen", new MarkInput("goed", "x".repeat(1001))), "",
                        "y".repeat(2001))))));
        assertEquals(List.of("compliment"), fields(refused(Reason.INVALID_INPUT, () -> peers.saveForm(anna, PEER,
                observation, new FormInput(null, "\uD83D\uDE00".repeat(2001), null)))));
        refused(Reason.UNKNOWN_PART, () -> peers.saveForm(anna, PEER, 999_999L, completeForm()));

        assertEquals(saved, given(anna));
    }

    @Test
    void anObservationIsSubmittedCompleteAndThenStaysAsItIs() {
        peers.choose(anna, PEER, bram.userId());
        long observation = given(anna).id();
        peers.saveForm(anna, PEER, observation, new FormInput(Map.of("nog-vragen", new MarkInput("goed", null)), " ", ""));

        WorkRejectedException notReady = refused(Reason.NOT_READY, () -> peers.submit(anna, PEER, observation));
        List<String> missing = fields(notReady);
        assertEquals(18 + 2, missing.size(), missing::toString);
        assertTrue(missing.containsAll(List.of("marks.ontvangen-welkom-heten", "compliment", "tip")));
        assertFalse(missing.contains("marks.nog-vragen"));
        assertTrue(given(anna).submittedAt().isEmpty());

        peers.saveForm(anna, PEER, observation, completeForm());
        peers.submit(anna, PEER, observation);
        StoredObservation submitted = given(anna);
        assertTrue(submitted.submitted());
        refused(Reason.ALREADY_SUBMITTED, () -> peers.saveForm(anna, PEER, observation, completeForm()));
        refused(Reason.ALREADY_SUBMITTED, () -> peers.submit(anna, PEER, observation));
        refused(Reason.ALREADY_SUBMITTED, () -> peers.plan(bram, PEER, observation, new PlanningInput("2026-12-03T15:30", "")));
        assertEquals(submitted, given(anna));
    }

    @Test
    void eitherPartnerPlansTheConversationInSchoolTime() {
        peers.choose(anna, PEER, bram.userId());
        long bramObservesAnna = given(bram).id();
        peers.plan(anna, PEER, bramObservesAnna, new PlanningInput("2026-12-03T15:30", "  Lokaal 12  "));

        StoredObservation planned = given(bram);
        assertEquals(Optional.of(Instant.parse("2026-12-03T14:30:00Z")), planned.plannedAt(), "15:30 in Amsterdam, winter time");
        assertEquals("Lokaal 12", planned.note());
        assertEquals(1, planned.planningSequence());
        peers.plan(bram, PEER, bramObservesAnna, new PlanningInput("2027-06-03T08:15", "Lokaal 12"));
        assertEquals(Optional.of(Instant.parse("2027-06-03T06:15:00Z")), given(bram).plannedAt(), "summer time");
        assertEquals(2, given(bram).planningSequence());

        PeerCoachingService.PlannedObservation calendar = peers.planned(anna, PEER, bramObservesAnna);
        assertEquals(ZonedDateTime.parse("2027-06-03T08:15+02:00[Europe/Amsterdam]"), calendar.start());
        assertEquals("Bram Jansen", calendar.observerName().nl());
        assertEquals("Collega zonder naam", calendar.observedName().nl(), "the fixture's Anna has no name");
        assertEquals("Colleague without a name", calendar.observedName().in(Language.EN));
        assertEquals("Intercollegiale coaching: kijk mee bij elkaars oudergesprek", calendar.assignmentTitle().nl());
        assertEquals(2, calendar.sequence());

        assertEquals(List.of("plannedAt"), fields(refused(Reason.INVALID_INPUT, () -> peers.plan(anna, PEER,
                bramObservesAnna, new PlanningInput("3-12-2026 15:30", "")))));
        assertEquals(List.of("plannedAt"), fields(refused(Reason.INVALID_INPUT, () -> peers.plan(anna, PEER,
                bramObservesAnna, new PlanningInput("2029-12-03T15:30", "")))));
        assertEquals(List.of("note"), fields(refused(Reason.INVALID_INPUT, () -> peers.plan(anna, PEER,
                bramObservesAnna, new PlanningInput(null, "z".repeat(201))))));
        refused(Reason.UNKNOWN_PART, () -> peers.plan(carla, PEER, bramObservesAnna, new PlanningInput(null, "")));
        assertEquals(2, given(bram).planningSequence(), "refused plans change nothing");

        peers.plan(anna, PEER, bramObservesAnna, new PlanningInput(null, ""));
        assertTrue(given(bram).plannedAt().isEmpty());
        assertEquals(List.of("plannedAt"), fields(refused(Reason.NOT_READY, () -> peers.planned(anna, PEER, bramObservesAnna))));
    }

    @Test
    void progressFollowsWhatBothPartnersGiveAndReceive() {
        peers.choose(anna, PEER, bram.userId());
        answerReflections(anna);
        WorkRejectedException notReady = refused(Reason.NOT_READY, () -> work.submit(anna, PEER));
        assertEquals(List.of("observations." + given(anna).id()), fields(notReady));

        long annasObservation = given(anna).id();
        peers.saveForm(anna, PEER, annasObservation, new FormInput(Map.of(), "Begonnen", ""));
        assertEquals(ProgressState.IN_PROGRESS, work.assignment(anna, PEER).progress().state());
        peers.saveForm(anna, PEER, annasObservation, completeForm());
        peers.submit(anna, PEER, annasObservation);
        work.submit(anna, PEER);
        assertEquals(ProgressState.SUBMITTED, work.assignment(anna, PEER).progress().state(),
                "submitted, waiting for Bram's observation");
        assertEquals(ProgressState.NOT_STARTED, work.assignment(bram, PEER).progress().state(),
                "what Bram received does not start his work");
        assertEquals(ProgressState.SUBMITTED, inOverview(anna), "the trainer sees it too");

        long bramsObservation = given(bram).id();
        peers.saveForm(bram, PEER, bramsObservation, completeForm());
        assertEquals(ProgressState.SUBMITTED, work.assignment(anna, PEER).progress().state(),
                "a draft is not received");
        peers.submit(bram, PEER, bramsObservation);
        assertEquals(ProgressState.COMPLETED, work.assignment(anna, PEER).progress().state());

        answerReflections(bram);
        work.submit(bram, PEER);
        assertEquals(ProgressState.COMPLETED, work.assignment(bram, PEER).progress().state());
        assertEquals(1.0, work.assignment(bram, PEER).progress().score());
        assertEquals(ProgressState.COMPLETED, inOverview(anna));
        assertEquals(ProgressState.COMPLETED, inOverview(bram));
    }

    @Test
    void aPartnersSubmittedObservationFiresTheChangeOfTheOneObserved() {
        peers.choose(anna, PEER, bram.userId());
        answerReflections(anna);
        peers.saveForm(anna, PEER, given(anna).id(), completeForm());
        peers.submit(anna, PEER, given(anna).id());
        work.submit(anna, PEER);
        long bramsObservation = given(bram).id();
        peers.saveForm(bram, PEER, bramsObservation, completeForm());
        int before = fixture.progressEvents.fired().size();

        peers.submit(bram, PEER, bramsObservation);

        List<ProgressChanged> fired = fixture.progressEvents.fired();
        ProgressChanged annas = fired.get(fired.size() - 1);
        assertEquals(before + 1, fired.size(), "Bram's own progress does not change by what he gives: " + fired);
        assertEquals(anna, annas.scope());
        assertEquals(ProgressState.SUBMITTED, annas.before().state());
        assertEquals(ProgressState.COMPLETED, annas.after().state());
    }

    @Test
    void aSaveFromAStaleFormIsRefusedWithTheNewerOneAndAnEmptyRequestWipesNothing() {
        peers.choose(anna, PEER, bram.userId());
        long observation = given(anna).id();
        long first = peers.saveForm(anna, PEER, observation, new FormInput(Map.of(), "Uit het eerste venster", ""),
                OptionalLong.of(0)).version();
        long second = peers.saveForm(anna, PEER, observation, new FormInput(Map.of(), "Uit het tweede venster", ""),
                OptionalLong.of(first)).version();

        StaleDraftException stale = assertThrows(StaleDraftException.class, () -> peers.saveForm(anna, PEER,
                observation, new FormInput(Map.of(), "Eerste venster, verder getypt", ""), OptionalLong.of(first)));

        assertEquals(Reason.STALE_DRAFT, stale.reason());
        assertEquals(second, stale.newer().version());
        assertEquals(Optional.of(new ObservationDraft(Map.of(), "Uit het tweede venster", "")), stale.newer().content());
        assertEquals("Uit het tweede venster", given(anna).form().compliment(), "the stale save changed nothing");
        assertEquals(List.of("form"), fields(refused(Reason.INVALID_INPUT, () -> peers.saveForm(anna, PEER, observation,
                new FormInput(null, null, null)))));
        assertEquals(List.of("form"), fields(refused(Reason.INVALID_INPUT, () -> peers.saveForm(anna, PEER, observation,
                null))));
        assertEquals("Uit het tweede venster", given(anna).form().compliment(), "an empty request wiped nothing");
        assertEquals(second, given(anna).formVersion());
    }

    @Test
    void withoutAPartnerTheAssignmentCannotBeSubmitted() {
        answerReflections(anna);

        assertEquals(List.of("partners"), fields(refused(Reason.NOT_READY, () -> work.submit(anna, PEER))));
    }

    /** The teacher's state in the assignment on the trainer's course page. */
    private ProgressState inOverview(WorkScope teacher) {
        return fixture.matrix.matrix(trainer.contextId().orElseThrow()).rows().stream()
                .filter(row -> row.participant().userId() == teacher.userId()).findFirst().orElseThrow()
                .cells().get(PEER).progress().effective().state();
    }

    private StoredObservation given(WorkScope observer) {
        return peers.state(observer, PEER).partners().get(0).given();
    }

    /** Every behaviour marked, one with an example; a compliment and a tip. */
    private FormInput completeForm() {
        PeerCoachingAssignment assignment = (PeerCoachingAssignment) work.assignment(anna, PEER).placement().assignment();
        Map<String, MarkInput> marks = new LinkedHashMap<>();
        for (ObservableBehaviour behaviour : assignment.observationForm().behaviours()) {
            marks.put(behaviour.id(), new MarkInput("voldoende", null));
        }
        marks.put("ontvangen-welkom-heten", new MarkInput("goed", "Liep mee naar binnen."));
        return new FormInput(marks, "Je nam de ouders echt serieus.", "Vat aan het eind samen wat jullie afspraken.");
    }

    private void answerReflections(WorkScope teacher) {
        work.assignment(teacher, PEER).placement().assignment().questions().forEach(question ->
                work.saveAnswer(teacher, PEER, question.id(), new Answer.TextAnswer(LONG_ENOUGH)));
    }
}
