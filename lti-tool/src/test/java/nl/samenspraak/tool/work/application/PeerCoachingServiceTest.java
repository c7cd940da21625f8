package nl.samenspraak.tool.work.application;

import static nl.samenspraak.tool.work.application.Refusals.fields;
import static nl.samenspraak.tool.work.application.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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
import nl.samenspraak.tool.work.application.ObservationForms.FormInput;
import nl.samenspraak.tool.work.application.ObservationForms.MarkInput;
import nl.samenspraak.tool.work.application.ObservationPlanning.PlanningInput;
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
    private CoachingPartnerships partnerships;
    private ObservationPlanning planning;
    private ObservationForms forms;
    private PartnerInvitations invitations;
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
        partnerships = fixture.partnerships;
        planning = fixture.planning;
        forms = fixture.forms;
        invitations = fixture.invitations;
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
    void anInvitationMakesNoPairUntilTheColleagueAccepts() {
        invitations.invite(anna, PEER, bram.userId());

        PeerCoachingService.PeerCoaching annas = peers.state(anna, PEER);
        PeerCoachingService.PeerCoaching brams = peers.state(bram, PEER);
        assertTrue(annas.partners().isEmpty() && brams.partners().isEmpty(), "no pair, no observations yet");
        assertEquals(List.of(bram.userId()), annas.sent().stream().map(sent -> sent.person().userId()).toList());
        assertEquals(PartnerInvitation.Status.OPEN, annas.sent().get(0).status());
        assertEquals(List.of(anna.userId()), brams.received().stream().map(got -> got.person().userId()).toList());
        assertTrue(annas.colleagues().stream().filter(colleague -> colleague.person().userId() == bram.userId())
                .allMatch(colleague -> colleague.invited() && !colleague.available()));
        assertEquals(ProgressState.NOT_STARTED, work.assignment(bram, PEER).progress().state(),
                "being invited is not starting");
        refused(Reason.FORBIDDEN, () -> invitations.accept(anna, PEER, annas.sent().get(0).id()));
        refused(Reason.ALREADY_THERE, () -> invitations.invite(bram, PEER, anna.userId()));

        invitations.accept(bram, PEER, brams.received().get(0).id());

        PeerCoachingService.Partner annasPartner = peers.state(anna, PEER).partners().get(0);
        PeerCoachingService.Partner bramsPartner = peers.state(bram, PEER).partners().get(0);
        assertEquals(Optional.of("Bram Jansen"), annasPartner.person().name());
        assertTrue(annasPartner.chosenByMe());
        assertEquals(anna.userId(), bramsPartner.person().userId());
        assertFalse(bramsPartner.chosenByMe());
        assertEquals(annasPartner.given().orElseThrow().id(), bramsPartner.received().orElseThrow().id(),
                "Anna's observation of Bram");
        assertEquals(annasPartner.received().orElseThrow().id(), bramsPartner.given().orElseThrow().id(),
                "Bram's observation of Anna");
        assertTrue(annasPartner.canEnd());
        assertTrue(peers.state(anna, PEER).sent().isEmpty() && peers.state(bram, PEER).received().isEmpty(),
                "an accepted invitation is the partnership now");
        refused(Reason.ALREADY_THERE, () -> invitations.accept(bram, PEER, brams.received().get(0).id()));
    }

    @Test
    void aDeclinedInvitationStaysVisibleToItsSenderAndAWithdrawnOneIsGone() {
        invitations.invite(anna, PEER, bram.userId());
        long toBram = peers.state(bram, PEER).received().get(0).id();
        refused(Reason.FORBIDDEN, () -> invitations.withdraw(bram, PEER, toBram));
        refused(Reason.UNKNOWN_PART, () -> invitations.decline(carla, PEER, toBram));

        invitations.decline(bram, PEER, toBram);

        assertEquals(PartnerInvitation.Status.DECLINED, peers.state(anna, PEER).sent().get(0).status());
        assertTrue(peers.state(bram, PEER).received().isEmpty());
        assertTrue(peers.state(anna, PEER).partners().isEmpty());
        refused(Reason.ALREADY_THERE, () -> invitations.accept(bram, PEER, toBram));

        invitations.invite(anna, PEER, carla.userId());
        long toCarla = peers.state(anna, PEER).sent().stream().filter(sent -> sent.status() == PartnerInvitation.Status.OPEN)
                .findFirst().orElseThrow().id();
        assertFalse(peers.state(anna, PEER).canChoose(), "the open invitation holds the one place");
        invitations.withdraw(anna, PEER, toCarla);

        assertTrue(peers.state(carla, PEER).received().isEmpty());
        assertTrue(peers.state(anna, PEER).canChoose());
        assertEquals(List.of(PartnerInvitation.Status.DECLINED),
                peers.state(anna, PEER).sent().stream().map(PeerCoachingService.Invitation::status).toList());
    }

    @Test
    void nobodyOutsideTheCourseNorOneselfCanBeInvited() {
        assertEquals(List.of("userId"), fields(refused(Reason.UNKNOWN_PART, () -> invitations.invite(anna, PEER, els.userId()))));
        assertEquals(List.of("userId"), fields(refused(Reason.UNKNOWN_PART, () -> invitations.invite(anna, PEER, trainer.userId()))));
        assertEquals(List.of("userId"), fields(refused(Reason.UNKNOWN_PART, () -> invitations.invite(anna, PEER, 999_999L))));
        assertEquals(List.of("userId"), fields(refused(Reason.INVALID_INPUT, () -> invitations.invite(anna, PEER, anna.userId()))));
        assertEquals(List.of("userId"), fields(refused(Reason.INVALID_INPUT, () -> invitations.invite(anna, PEER, null))));

        assertTrue(peers.state(anna, PEER).partners().isEmpty(), "a refused choice pairs no one");
        assertTrue(work.assignment(anna, PEER).stored().isEmpty(), "and stores no work");
    }

    @Test
    void onlyLearnersOfTheSessionsCourseTakePart() {
        refused(Reason.FORBIDDEN, () -> peers.state(trainer, PEER));
        refused(Reason.FORBIDDEN, () -> invitations.invite(trainer, PEER, anna.userId()));
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
        pair(anna, bram);

        assertEquals(List.of("userId"), fields(refused(Reason.ALREADY_THERE, () -> invitations.invite(anna, PEER, carla.userId()))));
        refused(Reason.ALREADY_THERE, () -> invitations.invite(carla, PEER, bram.userId()));
        refused(Reason.ALREADY_THERE, () -> invitations.invite(bram, PEER, anna.userId()));
        PeerCoachingService.PeerCoaching carlas = peers.state(carla, PEER);
        assertTrue(carlas.canChoose());
        assertEquals(List.of(nameless.userId()), carlas.colleagues().stream()
                .filter(PeerCoachingService.Colleague::available).map(colleague -> colleague.person().userId()).toList(),
                "Anna and Bram have their partner");
        assertFalse(peers.state(anna, PEER).canChoose());
        assertTrue(peers.state(anna, PEER).colleagues().stream().noneMatch(PeerCoachingService.Colleague::available));

        pair(carla, nameless);
        assertEquals(1, peers.state(nameless, PEER).partners().size());
    }

    @Test
    void acceptingSeveralInvitationsAtOnceGivesOnePartner() throws Exception {
        List<WorkScope> inviters = new ArrayList<>(List.of(anna, carla, nameless));
        for (int i = 0; i < 3; i++) {
            inviters.add(fixture.member(anna.contextId().orElseThrow(), "extra-" + i, "Extra " + i, "LEARNER"));
        }
        inviters.forEach(inviter -> invitations.invite(inviter, PEER, bram.userId()));
        Iterator<PeerCoachingService.Invitation> next = peers.state(bram, PEER).received().iterator();

        List<Boolean> paired = AtOnce.run(inviters.size(), () -> {
            PeerCoachingService.Invitation invitation;
            synchronized (next) {
                invitation = next.next();
            }
            try {
                invitations.accept(bram, PEER, invitation.id());
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
        pair(anna, bram);
        partnerships.end(bram, PEER, anna.userId());
        assertTrue(peers.state(anna, PEER).partners().isEmpty());
        assertTrue(peers.state(bram, PEER).partners().isEmpty());

        pair(anna, bram);
        long bramsObservation = given(bram).id();
        forms.saveForm(bram, PEER, bramsObservation, completeForm());
        forms.submit(bram, PEER, bramsObservation);

        refused(Reason.ALREADY_SUBMITTED, () -> partnerships.end(anna, PEER, bram.userId()));
        refused(Reason.UNKNOWN_PART, () -> partnerships.end(anna, PEER, carla.userId()));
        assertFalse(peers.state(anna, PEER).partners().get(0).canEnd());
        assertEquals(1, peers.state(anna, PEER).partners().size(), "still partners");
    }

    @Test
    void theFormIsADraftTheObserverAloneWritesAndThePartnerReadsOnceSubmitted() {
        pair(anna, bram);
        long observation = given(anna).id();
        Instant savedAt = forms.saveForm(anna, PEER, observation, new FormInput(
                Map.of("ontvangen-welkom-heten", new MarkInput("goed", "  Stond bij de deur.  "),
                        "procedurevoorstel", new MarkInput(null, "Noemde de tijd.")),
                "Een warm welkom.", "")).savedAt();

        StoredObservation draft = given(anna);
        assertEquals(Optional.of(savedAt), draft.savedAt());
        assertEquals(new ObservationDraft.BehaviourEntry(Optional.of("goed"), Optional.of("Stond bij de deur.")),
                draft.form().behaviours().get("ontvangen-welkom-heten"), "kept without the white space around it");
        assertEquals(Optional.empty(), draft.form().behaviours().get("procedurevoorstel").markId(),
                "an example may come before the mark");
        StoredObservation seenByBram = peers.state(bram, PEER).partners().get(0).received().orElseThrow();
        assertEquals(Optional.of(savedAt), seenByBram.savedAt(), "Bram sees that Anna is writing");
        assertEquals(ObservationDraft.empty(), seenByBram.form(), "but not what, before she submits");

        refused(Reason.FORBIDDEN, () -> forms.saveForm(bram, PEER, observation, completeForm()));
        refused(Reason.FORBIDDEN, () -> forms.submit(bram, PEER, observation));
        refused(Reason.UNKNOWN_PART, () -> forms.saveForm(carla, PEER, observation, completeForm()));
        refused(Reason.UNKNOWN_PART, () -> planning.planned(carla, PEER, observation));
        assertEquals(draft, given(anna), "refused writes change nothing");

        forms.saveForm(anna, PEER, observation, completeForm());
        forms.submit(anna, PEER, observation);
        StoredObservation read = peers.state(bram, PEER).partners().get(0).received().orElseThrow();
        assertEquals("Je nam de ouders echt serieus.", read.form().compliment());
        assertEquals(19, read.form().behaviours().size());
    }

    @Test
    void aFormThatDoesNotFitIsRefusedAndTheSavedOneStays() {
        pair(anna, bram);
        long observation = given(anna).id();
        forms.saveForm(anna, PEER, observation, new FormInput(Map.of("nog-vragen", new MarkInput("goed", null)), "Fijn", "Later"));
        StoredObservation saved = given(anna);

        WorkRejectedException wrongMark = refused(Reason.INVALID_INPUT, () -> forms.saveForm(anna, PEER, observation,
                new FormInput(Map.of("nog-vragen", new MarkInput("uitstekend", null)), "Fijn", "Later")));
        assertEquals(List.of("marks.nog-vragen.markId"), fields(wrongMark));
        assertTrue(wrongMark.issues().get(0).message().nl().contains("goed, voldoende, nog-niet, niet-gezien"));
        assertEquals(List.of("marks.bestaat-niet"), fields(refused(Reason.INVALID_INPUT, () -> forms.saveForm(anna, PEER,
                observation, new FormInput(Map.of("bestaat-niet", new MarkInput("goed", null)), "", "")))));
        assertEquals(List.of("marks.nog-vragen.example", "tip"), fields(refused(Reason.INVALID_INPUT, () -> forms.saveForm(
                anna, PEER, observation, new FormInput(Map.of("nog-vragen", new MarkInput("goed", "x".repeat(1001))), "",
                        "y".repeat(2001))))));
        assertEquals(List.of("compliment"), fields(refused(Reason.INVALID_INPUT, () -> forms.saveForm(anna, PEER,
                observation, new FormInput(null, "\uD83D\uDE00".repeat(2001), null)))));
        refused(Reason.UNKNOWN_PART, () -> forms.saveForm(anna, PEER, 999_999L, completeForm()));

        assertEquals(saved, given(anna));
    }

    @Test
    void anObservationIsSubmittedCompleteAndThenStaysAsItIs() {
        pair(anna, bram);
        long observation = given(anna).id();
        forms.saveForm(anna, PEER, observation, new FormInput(Map.of("nog-vragen", new MarkInput("goed", null)), " ", ""));

        WorkRejectedException notReady = refused(Reason.NOT_READY, () -> forms.submit(anna, PEER, observation));
        List<String> missing = fields(notReady);
        assertEquals(18 + 2, missing.size(), missing::toString);
        assertTrue(missing.containsAll(List.of("marks.ontvangen-welkom-heten", "compliment", "tip")));
        assertFalse(missing.contains("marks.nog-vragen"));
        assertTrue(given(anna).submittedAt().isEmpty());

        forms.saveForm(anna, PEER, observation, completeForm());
        forms.submit(anna, PEER, observation);
        StoredObservation submitted = given(anna);
        assertTrue(submitted.submitted());
        refused(Reason.ALREADY_SUBMITTED, () -> forms.saveForm(anna, PEER, observation, completeForm()));
        refused(Reason.ALREADY_SUBMITTED, () -> forms.submit(anna, PEER, observation));
        refused(Reason.ALREADY_SUBMITTED, () -> planning.plan(bram, PEER, observation, new PlanningInput("2026-12-03T15:30", "", null, null)));
        assertEquals(submitted, given(anna));
    }

    @Test
    void eitherPartnerPlansTheConversationInSchoolTime() {
        pair(anna, bram);
        long bramObservesAnna = given(bram).id();
        planning.plan(anna, PEER, bramObservesAnna, new PlanningInput("2026-12-03T15:30", "  Lokaal 12  ", null, null));

        StoredObservation planned = given(bram);
        assertEquals(Optional.of(Instant.parse("2026-12-03T14:30:00Z")), planned.plannedAt(), "15:30 in Amsterdam, winter time");
        assertEquals("Lokaal 12", planned.note());
        assertEquals(1, planned.planningSequence());
        planning.plan(bram, PEER, bramObservesAnna, new PlanningInput("2027-06-03T08:15", "Lokaal 12", null, null));
        assertEquals(Optional.of(Instant.parse("2027-06-03T06:15:00Z")), given(bram).plannedAt(), "summer time");
        assertEquals(2, given(bram).planningSequence());

        ObservationPlanning.PlannedObservation calendar = planning.planned(anna, PEER, bramObservesAnna);
        assertEquals(ZonedDateTime.parse("2027-06-03T08:15+02:00[Europe/Amsterdam]"), calendar.start());
        assertEquals("Bram Jansen", calendar.observerName().nl());
        assertEquals("Collega zonder naam", calendar.observedName().nl(), "the fixture's Anna has no name");
        assertEquals("Colleague without a name", calendar.observedName().in(Language.EN));
        assertEquals("Intercollegiale coaching: kijk mee bij elkaars oudergesprek", calendar.assignmentTitle().nl());
        assertEquals(2, calendar.sequence());

        assertEquals(List.of("plannedAt"), fields(refused(Reason.INVALID_INPUT, () -> planning.plan(anna, PEER,
                bramObservesAnna, new PlanningInput("3-12-2026 15:30", "", null, null)))));
        WorkRejectedException tooFar = refused(Reason.INVALID_INPUT, () -> planning.plan(anna, PEER,
                bramObservesAnna, new PlanningInput("2029-12-03T15:30", "", null, null)));
        assertEquals(List.of("plannedAt"), fields(tooFar));
        assertEquals("Kies een datum van 26 november 2024 tot en met 26 november 2028.", tooFar.issues().get(0).message().nl(),
                "the window's ends in the page's language, as its date picker offers them");
        assertEquals("Choose a date from 26 November 2024 to 26 November 2028.", tooFar.issues().get(0).message().in(Language.EN));
        assertEquals(new PlanningWindow(LocalDate.parse("2024-11-26"), LocalDate.parse("2028-11-26")), planning.planningWindow());
        assertEquals(List.of("note"), fields(refused(Reason.INVALID_INPUT, () -> planning.plan(anna, PEER,
                bramObservesAnna, new PlanningInput(null, "z".repeat(201), null, null)))));
        refused(Reason.UNKNOWN_PART, () -> planning.plan(carla, PEER, bramObservesAnna, new PlanningInput(null, "", null, null)));
        assertEquals(2, given(bram).planningSequence(), "refused plans change nothing");

        planning.plan(anna, PEER, bramObservesAnna, new PlanningInput(null, "", null, null));
        assertTrue(given(bram).plannedAt().isEmpty());
        assertEquals(List.of("plannedAt"), fields(refused(Reason.NOT_READY, () -> planning.planned(anna, PEER, bramObservesAnna))));
    }

    @Test
    void theClosingReflectionIsSubmittedOnlyAfterGivingAndReceivingNamingWhoIsStillOwed() {
        pair(anna, bram);
        answerReflections(anna);
        long annasObservation = given(anna).id();
        long bramsObservation = given(bram).id();
        WorkRejectedException notReady = refused(Reason.NOT_READY, () -> work.submit(anna, PEER));
        assertEquals(List.of("observations." + annasObservation, "observations." + bramsObservation), fields(notReady));
        assertTrue(notReady.issues().get(0).message().in(Language.EN).startsWith("You still owe Bram Jansen one observation"),
                notReady.issues().get(0).message().in(Language.EN));

        forms.saveForm(anna, PEER, annasObservation, new FormInput(Map.of(), "Begonnen", ""));
        assertEquals(ProgressState.IN_PROGRESS, work.assignment(anna, PEER).progress().state());
        forms.saveForm(anna, PEER, annasObservation, completeForm());
        forms.submit(anna, PEER, annasObservation);
        WorkRejectedException waiting = refused(Reason.NOT_READY, () -> work.submit(anna, PEER));
        assertEquals(List.of("observations." + bramsObservation), fields(waiting));
        assertTrue(waiting.issues().get(0).message().nl().startsWith("Bram Jansen heeft jou nog niet geobserveerd"),
                waiting.issues().get(0).message().nl());
        assertEquals(ProgressState.NOT_STARTED, work.assignment(bram, PEER).progress().state(),
                "what Bram received does not start his work");

        forms.saveForm(bram, PEER, bramsObservation, completeForm());
        refused(Reason.NOT_READY, () -> work.submit(anna, PEER));
        forms.submit(bram, PEER, bramsObservation);
        work.submit(anna, PEER);
        assertEquals(ProgressState.COMPLETED, work.assignment(anna, PEER).progress().state());

        answerReflections(bram);
        work.submit(bram, PEER);
        assertEquals(ProgressState.COMPLETED, work.assignment(bram, PEER).progress().state());
        assertEquals(1.0, work.assignment(bram, PEER).progress().score());
        assertEquals(ProgressState.COMPLETED, inOverview(anna));
        assertEquals(ProgressState.COMPLETED, inOverview(bram));
    }

    @Test
    void theReflectionSubmittedAfterBothObservationsFiresTheChangeToCompleted() {
        pair(anna, bram);
        answerReflections(anna);
        forms.saveForm(anna, PEER, given(anna).id(), completeForm());
        forms.submit(anna, PEER, given(anna).id());
        long bramsObservation = given(bram).id();
        forms.saveForm(bram, PEER, bramsObservation, completeForm());
        forms.submit(bram, PEER, bramsObservation);
        int before = fixture.progressEvents.fired().size();

        work.submit(anna, PEER);

        List<ProgressChanged> fired = fixture.progressEvents.fired();
        assertEquals(before + 1, fired.size(), fired::toString);
        ProgressChanged annas = fired.get(fired.size() - 1);
        assertEquals(anna, annas.scope());
        assertEquals(ProgressState.IN_PROGRESS, annas.before().state());
        assertEquals(ProgressState.COMPLETED, annas.after().state());
    }

    @Test
    void aRescheduledOrCancelledConversationKeepsItsEventWithAHigherSequenceAndThePartnerSeesIt() {
        pair(anna, bram);
        long bramObservesAnna = given(bram).id();
        refused(Reason.NOT_READY, () -> planning.cancel(anna, PEER, bramObservesAnna));
        planning.plan(bram, PEER, bramObservesAnna, new PlanningInput("2027-03-25T15:30", "Lokaal 12", "home-visit", 45));
        ObservationPlanning.PlannedObservation first = planning.planned(anna, PEER, bramObservesAnna);
        assertEquals(Optional.of(ConversationKind.HOME_VISIT), first.kind());
        assertEquals(45, first.minutes());

        planning.plan(anna, PEER, bramObservesAnna, new PlanningInput("2027-04-01T09:00", "Lokaal 12", "home-visit", 45));
        ObservationPlanning.PlannedObservation moved = planning.planned(bram, PEER, bramObservesAnna);
        assertEquals(first.sequence() + 1, moved.sequence(), "rescheduled: the same observation, a newer version");
        assertEquals("2027-04-01T09:00+02:00[Europe/Amsterdam]", moved.start().toString(), "summer time after 28 March");

        planning.cancel(anna, PEER, bramObservesAnna);
        ObservationPlanning.PlannedObservation cancelled = planning.planned(bram, PEER, bramObservesAnna);
        assertTrue(cancelled.cancelled(), "Bram sees the cancellation");
        assertEquals(moved.sequence() + 1, cancelled.sequence());
        assertEquals(moved.start(), cancelled.start(), "the date stays, so that calendars cancel the same event");
        refused(Reason.NOT_READY, () -> planning.cancel(bram, PEER, bramObservesAnna));

        assertEquals(List.of("kind"), fields(refused(Reason.INVALID_INPUT, () -> planning.plan(anna, PEER, bramObservesAnna,
                new PlanningInput("2027-04-08T09:00", "", "dinner", null)))));
        assertEquals(List.of("minutes"), fields(refused(Reason.INVALID_INPUT, () -> planning.plan(anna, PEER, bramObservesAnna,
                new PlanningInput("2027-04-08T09:00", "", null, 5)))));
        assertTrue(planning.planned(bram, PEER, bramObservesAnna).cancelled(), "a refused planning changes nothing");

        planning.plan(anna, PEER, bramObservesAnna, new PlanningInput("2027-04-08T09:00", "", null, null));
        ObservationPlanning.PlannedObservation again = planning.planned(bram, PEER, bramObservesAnna);
        assertFalse(again.cancelled(), "planning again undoes the cancellation");
        assertEquals(StoredObservation.USUAL_MINUTES, again.minutes());
        assertEquals(cancelled.sequence() + 1, again.sequence());
    }

    @Test
    void aSaveFromAStaleFormIsRefusedWithTheNewerOneAndAnEmptyRequestWipesNothing() {
        pair(anna, bram);
        long observation = given(anna).id();
        long first = forms.saveForm(anna, PEER, observation, new FormInput(Map.of(), "Uit het eerste venster", ""),
                OptionalLong.of(0)).version();
        long second = forms.saveForm(anna, PEER, observation, new FormInput(Map.of(), "Uit het tweede venster", ""),
                OptionalLong.of(first)).version();

        StaleDraftException stale = assertThrows(StaleDraftException.class, () -> forms.saveForm(anna, PEER,
                observation, new FormInput(Map.of(), "Eerste venster, verder getypt", ""), OptionalLong.of(first)));

        assertEquals(Reason.STALE_DRAFT, stale.reason());
        assertEquals(second, stale.newer().version());
        assertEquals(Optional.of(new ObservationDraft(Map.of(), "Uit het tweede venster", "")), stale.newer().content());
        assertEquals("Uit het tweede venster", given(anna).form().compliment(), "the stale save changed nothing");
        assertEquals(List.of("form"), fields(refused(Reason.INVALID_INPUT, () -> forms.saveForm(anna, PEER, observation,
                new FormInput(null, null, null)))));
        assertEquals(List.of("form"), fields(refused(Reason.INVALID_INPUT, () -> forms.saveForm(anna, PEER, observation,
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
        return peers.state(observer, PEER).partners().get(0).given().orElseThrow();
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

    /** The inviter invites, the colleague accepts: the pair every later step starts from. */
    private void pair(WorkScope inviter, WorkScope invitee) {
        invitations.invite(inviter, PEER, invitee.userId());
        long invitation = peers.state(invitee, PEER).received().stream()
                .filter(received -> received.person().userId() == inviter.userId()).findFirst().orElseThrow().id();
        invitations.accept(invitee, PEER, invitation);
    }
}
