package nl.samenspraak.tool.work.application;

import static nl.samenspraak.tool.work.application.Refusals.fields;
import static nl.samenspraak.tool.work.application.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.ActionPlanAssignment;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.tool.work.application.ActionPlanService.ActionChange;
import nl.samenspraak.tool.work.application.ActionPlanService.NewAction;
import nl.samenspraak.tool.work.application.WorkRejectedException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action plan of the built-in pack (own actions allowed, at least two actions), stored in a real
 * embedded database; the fixture's clock says 2026-11-26.
 */
class ActionPlanServiceTest {

    private static final String PLAN = "ouderbetrokkenheid-actieplan";
    private static final String SCAN = "kennismakingsgesprek-quickscan";
    private static final String MAIL = "mail-over-de-klas";
    private static final String CALL = "bellen-met-goed-nieuws";
    private static final String DECEMBER = "2026-12-03";

    @TempDir
    Path folder;

    private WorkFixture fixture;
    private ActionPlanService plans;
    private TeacherWorkService work;
    private WorkScope teacher;

    @BeforeEach
    void open() {
        fixture = WorkFixture.in(folder.resolve("database"));
        plans = fixture.plans;
        work = fixture.work;
        teacher = fixture.teacher;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void chosenAndOwnActionsAreKeptInTheTeachersOrderAndAsTyped() {
        String typed = "  <b>Huisbezoek</b> bij de ouders van groep 5 ";
        StoredAction mail = plans.add(teacher, PLAN, new NewAction(MAIL, null, DECEMBER));
        StoredAction own = plans.add(teacher, PLAN, new NewAction(null, typed, null));

        assertEquals(List.of(new StoredAction(mail.id(), Optional.of(MAIL), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 12, 3)), false),
                new StoredAction(own.id(), Optional.empty(), Optional.of(typed), Optional.empty(), false)),
                plans.actions(teacher, PLAN));
        assertEquals(ProgressState.IN_PROGRESS, work.assignment(teacher, PLAN).progress().state());
        assertTrue(plans.actions(fixture.otherCourse, PLAN).isEmpty(), "a plan is per course");
    }

    @Test
    void aNewActionThatDoesNotFitIsRefusedAndNothingIsStored() {
        assertEquals(List.of("optionId"), add(Reason.INVALID_INPUT, new NewAction(MAIL, "ook eigen", null)));
        assertEquals(List.of("optionId"), add(Reason.INVALID_INPUT, new NewAction(null, null, DECEMBER)));
        assertEquals(List.of("optionId"), add(Reason.INVALID_INPUT, null));
        assertEquals(List.of("optionId"), add(Reason.INVALID_INPUT, new NewAction("faxen", null, null)));
        assertEquals(List.of("ownText"), add(Reason.INVALID_INPUT, new NewAction(null, " \n ", null)));
        assertEquals(List.of("ownText"), add(Reason.INVALID_INPUT, new NewAction(null, "x".repeat(501), null)));
        for (String date : List.of("3-12-2026", "2026-02-30", "", "2028-11-27", "2024-11-25")) {
            assertEquals(List.of("plannedFor"), add(Reason.INVALID_INPUT, new NewAction(MAIL, null, date)), date);
        }
        assertEquals(List.of("ownText", "plannedFor"), add(Reason.INVALID_INPUT, new NewAction(null, "", "morgen")));

        assertTrue(work.assignment(teacher, PLAN).stored().isEmpty(), "a refused action stores nothing");
        plans.add(teacher, PLAN, new NewAction(null, "x".repeat(500), "2028-11-26"));
        plans.add(teacher, PLAN, new NewAction(CALL, null, "2024-11-26"));
        assertEquals(2, plans.actions(teacher, PLAN).size());
    }

    @Test
    void anOptionIsInThePlanOnceAndThePlanHasAtMostTwentyActions() {
        plans.add(teacher, PLAN, new NewAction(MAIL, null, null));
        assertEquals(List.of("optionId"), add(Reason.ALREADY_THERE, new NewAction(MAIL, null, DECEMBER)));
        for (int i = 2; i <= ActionPlanService.MAX_ACTIONS; i++) {
            plans.add(teacher, PLAN, new NewAction(null, "Actie " + i, null));
        }

        assertEquals(List.of("actions"), add(Reason.INVALID_INPUT, new NewAction(CALL, null, null)));
        assertEquals(ActionPlanService.MAX_ACTIONS, plans.actions(teacher, PLAN).size());
    }

    @Test
    void ownActionsAreRefusedWhereTheAssignmentDoesNotAllowThem() throws IOException {
        Path pack = Files.createDirectories(folder.resolve("packs/alleen-lijst"));
        Files.writeString(pack.resolve("pack.json"), """
                {"formatVersion": 1, "id": "alleen-lijst", "version": "1", "title": {"nl": "Alleen de lijst"},
                 "modules": [{"id": "lijst", "title": {"nl": "Lijst"}, "assignments": [
                   {"id": "lijst-actieplan", "type": "action-plan", "title": {"nl": "Plan uit de lijst"},
                    "instructions": {"nl": "Kies uit de lijst."}, "actions": [{"id": "bellen", "text": {"nl": "Bel."}}],
                    "allowOwnActions": false, "minActions": 1, "reflectionQuestions": []}]}]}
                """);
        try (WorkFixture withPack = WorkFixture.withPacks(folder.resolve("database-2"), folder.resolve("packs"))) {
            assertTrue(withPack.work.assignment(withPack.teacher, "lijst-actieplan").placement().assignment()
                    instanceof ActionPlanAssignment plan && !plan.allowOwnActions(), "the pack was loaded");

            WorkRejectedException refused = refused(Reason.INVALID_INPUT, () -> withPack.plans.add(withPack.teacher,
                    "lijst-actieplan", new NewAction(null, "Een eigen actie", null)));

            assertEquals(List.of("ownText"), fields(refused));
            withPack.plans.add(withPack.teacher, "lijst-actieplan", new NewAction("bellen", null, null));
        }
    }

    @Test
    void changingReplacesTheDateDoneAndOwnText() {
        StoredAction mail = plans.add(teacher, PLAN, new NewAction(MAIL, null, null));
        StoredAction own = plans.add(teacher, PLAN, new NewAction(null, "Eerste versie", DECEMBER));

        StoredAction done = plans.change(teacher, PLAN, mail.id(), new ActionChange(DECEMBER, true, null));
        StoredAction rewritten = plans.change(teacher, PLAN, own.id(), new ActionChange(null, false, "Tweede versie "));

        assertEquals(new StoredAction(mail.id(), Optional.of(MAIL), Optional.empty(), Optional.of(LocalDate.of(2026, 12, 3)),
                true), done);
        assertEquals(new StoredAction(own.id(), Optional.empty(), Optional.of("Tweede versie "), Optional.empty(), false),
                rewritten);
        assertEquals(List.of(done, rewritten), plans.actions(teacher, PLAN));
    }

    @Test
    void aChangeThatDoesNotFitIsRefusedAndTheActionStaysAsItWas() {
        StoredAction mail = plans.add(teacher, PLAN, new NewAction(MAIL, null, DECEMBER));
        StoredAction own = plans.add(teacher, PLAN, new NewAction(null, "Huisbezoek", null));

        assertEquals(List.of("done"), change(mail, new ActionChange(null, true, null)));
        assertEquals(List.of("done"), change(mail, new ActionChange(DECEMBER, null, null)));
        assertEquals(List.of("done"), change(mail, null));
        assertEquals(List.of("plannedFor"), change(mail, new ActionChange("volgende week", true, null)));
        assertEquals(List.of("ownText"), change(mail, new ActionChange(DECEMBER, true, "andere tekst")));
        assertEquals(List.of("ownText"), change(own, new ActionChange(DECEMBER, false, " ")));
        assertEquals(List.of("ownText"), change(own, new ActionChange(DECEMBER, false, null)));

        assertEquals(List.of(mail, own), plans.actions(teacher, PLAN));
    }

    @Test
    void anActionOfAnotherTeacherOrCourseIsNotFound() {
        StoredAction mail = plans.add(teacher, PLAN, new NewAction(MAIL, null, DECEMBER));
        plans.add(fixture.trainer, PLAN, new NewAction(CALL, null, null));

        for (WorkScope other : List.of(fixture.otherCourse, fixture.trainer)) {
            assertEquals(List.of("itemId"), fields(refused(Reason.UNKNOWN_PART, () ->
                    plans.change(other, PLAN, mail.id(), new ActionChange(DECEMBER, true, null)))));
            refused(Reason.UNKNOWN_PART, () -> plans.remove(other, PLAN, mail.id()));
        }
        refused(Reason.UNKNOWN_PART, () -> plans.change(teacher, PLAN, mail.id() + 1000, new ActionChange(null, false, null)));
        refused(Reason.UNKNOWN_PART, () -> plans.add(teacher, SCAN, new NewAction(MAIL, null, null)));

        assertEquals(List.of(mail), plans.actions(teacher, PLAN));
        assertTrue(plans.actions(fixture.otherCourse, PLAN).isEmpty(), "a refused change stores nothing");
    }

    @Test
    void aRemovedActionIsGone() {
        StoredAction mail = plans.add(teacher, PLAN, new NewAction(MAIL, null, DECEMBER));
        StoredAction call = plans.add(teacher, PLAN, new NewAction(CALL, null, DECEMBER));

        plans.remove(teacher, PLAN, mail.id());

        assertEquals(List.of(call), plans.actions(teacher, PLAN));
        refused(Reason.UNKNOWN_PART, () -> plans.remove(teacher, PLAN, mail.id()));
        plans.add(teacher, PLAN, new NewAction(MAIL, null, null));
        assertEquals(2, plans.actions(teacher, PLAN).size());
    }

    @Test
    void submittingSaysHowManyActionsAreStillToPlanAndToDo() {
        plans.add(teacher, PLAN, new NewAction(MAIL, null, DECEMBER));
        plans.add(teacher, PLAN, new NewAction(CALL, null, null));

        WorkRejectedException notReady = refused(Reason.NOT_READY, () -> work.submit(teacher, PLAN));

        assertTrue(fields(notReady).stream().anyMatch(field -> field.startsWith("answers.")), "the reflection is missing too");
        List<String> actions = notReady.issues().stream().filter(issue -> issue.field().equals("actions"))
                .map(issue -> issue.message().nl()).toList();
        assertEquals(List.of("Plan nog 1 actie met een datum; er zijn er minstens 2 nodig.",
                "Voer nog 2 acties uit en vink ze af als gedaan."), actions);

        reflect();
        StoredAction mail = plans.actions(teacher, PLAN).get(0);
        plans.change(teacher, PLAN, mail.id(), new ActionChange(DECEMBER, true, null));
        WorkRejectedException stillNot = refused(Reason.NOT_READY, () -> work.submit(teacher, PLAN));
        assertEquals(List.of("Plan 1 more action with a date; at least 2 are needed.",
                "Carry out 1 more action and tick it off as done."), stillNot.issues().stream()
                .map(issue -> issue.message().en().orElseThrow()).toList());
        assertTrue(!work.assignment(teacher, PLAN).work().submitted());
    }

    @Test
    void aSubmittedPlanIsReadOnlyUntilTheTrainerReopensIt() {
        StoredAction mail = plans.add(teacher, PLAN, new NewAction(MAIL, null, DECEMBER));
        StoredAction own = plans.add(teacher, PLAN, new NewAction(null, "Huisbezoek", DECEMBER));
        plans.change(teacher, PLAN, mail.id(), new ActionChange(DECEMBER, true, null));
        plans.change(teacher, PLAN, own.id(), new ActionChange(DECEMBER, true, "Huisbezoek"));
        reflect();

        work.submit(teacher, PLAN);

        assertEquals(ProgressState.COMPLETED, work.assignment(teacher, PLAN).progress().state());
        refused(Reason.ALREADY_SUBMITTED, () -> plans.add(teacher, PLAN, new NewAction(CALL, null, null)));
        refused(Reason.ALREADY_SUBMITTED, () -> plans.change(teacher, PLAN, mail.id(), new ActionChange(null, false, null)));
        refused(Reason.ALREADY_SUBMITTED, () -> plans.remove(teacher, PLAN, own.id()));
        assertEquals(2, plans.actions(teacher, PLAN).size());

        fixture.returnForRevision(teacher, PLAN);
        plans.remove(teacher, PLAN, own.id());
        assertEquals(ProgressState.IN_PROGRESS, work.assignment(teacher, PLAN).progress().state());
    }

    private List<String> add(Reason reason, NewAction action) {
        return fields(refused(reason, () -> plans.add(teacher, PLAN, action)));
    }

    private List<String> change(StoredAction action, ActionChange change) {
        return fields(refused(Reason.INVALID_INPUT, () -> plans.change(teacher, PLAN, action.id(), change)));
    }

    private void reflect() {
        work.assignment(teacher, PLAN).placement().assignment().questions().forEach(question ->
                work.saveAnswer(teacher, PLAN, question.id(), new Answer.TextAnswer(
                        "Ik heb twee ouders gebeld met goed nieuws; ze waren verrast en blij met het gesprek.")));
    }
}
