package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.created;
import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static nl.samenspraak.tool.it.WorkRefusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The action plan over the API: actions from the list and in the teacher's own words, a day for each, ticked
 * off once done, removed; submitting; every refusal of that contract, leaving the plan as it was. Every
 * test has its own teacher.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPlanApiIT {

    private static final String PLAN = "ouderbetrokkenheid-actieplan";
    private static final String ACTIONS = "/api/assignments/" + PLAN + "/actions";
    private static final String MAIL = "mail-over-de-klas";
    private static final String CALL = "bellen-met-goed-nieuws";
    private static final int OWN_TEXT_MAX_LENGTH = 500;
    private static final int MAX_ACTIONS = 20;

    private final String today = LocalDate.now(ZoneOffset.UTC).toString();
    private final WorkPlatform platform = new WorkPlatform();

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    @Test
    void anActionFromTheListIsAddedWithItsDay() {
        WorkClient teacher = platform.teacher("add-option");

        ToolClient.Answer added = teacher.post(ACTIONS, json("optionId", MAIL, "plannedFor", today));

        assertEquals(201, added.status(), added.body());
        JsonNode action = added.json();
        assertTrue(action.path("id").isIntegralNumber(), action.toString());
        assertEquals(MAIL, action.path("optionId").asText());
        assertTrue(action.path("ownText").isNull(), action.toString());
        assertEquals(today, action.path("plannedFor").asText());
        assertFalse(action.path("done").asBoolean(), action.toString());
        assertEquals(List.of(action), actions(teacher));
        assertEquals("in_progress", teacher.assignment(PLAN).at("/progress/state").asText());
    }

    @Test
    void anOwnActionIsKeptAsTypedAndTheActionsStayInTheirOrder() {
        WorkClient teacher = platform.teacher("add-own");
        String typed = "Huisbezoek <b>groep 5</b> & \"koffie\"";
        created(teacher.post(ACTIONS, json("optionId", MAIL)));

        JsonNode own = created(teacher.post(ACTIONS, json("ownText", typed)));

        assertEquals(typed, own.path("ownText").asText());
        assertTrue(own.path("optionId").isNull() && own.path("plannedFor").isNull(), own.toString());
        assertEquals(List.of(MAIL, typed), actions(teacher).stream()
                .map(action -> action.path("optionId").isNull() ? action.path("ownText").asText() : action.path("optionId").asText())
                .toList());
    }

    @Test
    void anActionNeedsEitherAnOptionOrOwnText() {
        WorkClient teacher = teacherWithAnAction("add-either");

        refused(teacher, () -> teacher.post(ACTIONS, "{}"), 400, "optionId");
        refused(teacher, () -> teacher.post(ACTIONS, json("optionId", CALL, "ownText", "Bellen")), 400, "optionId");
    }

    @Test
    void anOptionThatIsNotInTheListIsRefused() {
        WorkClient teacher = teacherWithAnAction("add-unknown-option");

        refused(teacher, () -> teacher.post(ACTIONS, json("optionId", "geen-actie")), 400, "optionId");
    }

    @Test
    void anOptionChosenTwiceIsAConflict() {
        WorkClient teacher = teacherWithAnAction("add-twice");

        refused(teacher, () -> teacher.post(ACTIONS, json("optionId", MAIL)), 409, "optionId");
    }

    @Test
    void ownTextMustBeWrittenAndFit() {
        WorkClient teacher = teacherWithAnAction("add-own-text");

        refused(teacher, () -> teacher.post(ACTIONS, json("ownText", "   ")), 400, "ownText");
        refused(teacher, () -> teacher.post(ACTIONS, json("ownText", "a".repeat(OWN_TEXT_MAX_LENGTH + 1))), 400, "ownText");
        refused(teacher, () -> teacher.post(ACTIONS, "{\"ownText\": 5}"), 400, "ownText");
        created(teacher.post(ACTIONS, json("ownText", "a".repeat(OWN_TEXT_MAX_LENGTH))));
    }

    @Test
    void theDayIsADateWithinTwoYears() {
        WorkClient teacher = teacherWithAnAction("add-date");
        LocalDate now = LocalDate.parse(today);

        refused(teacher, () -> teacher.post(ACTIONS, json("optionId", CALL, "plannedFor", "03-12-2026")), 400, "plannedFor");
        refused(teacher, () -> teacher.post(ACTIONS, json("optionId", CALL, "plannedFor", now.plusYears(3).toString())),
                400, "plannedFor");
        refused(teacher, () -> teacher.post(ACTIONS, json("optionId", CALL, "plannedFor", now.minusYears(3).toString())),
                400, "plannedFor");
        refused(teacher, () -> teacher.post(ACTIONS, "{\"optionId\": \"" + CALL + "\", \"plannedFor\": 20260101}"),
                400, "plannedFor");
    }

    @Test
    void aFieldTheActionDoesNotHaveIsRefusedNamingIt() {
        WorkClient teacher = teacherWithAnAction("add-unknown-field");

        refused(teacher, () -> teacher.post(ACTIONS, json("optionId", CALL, "done", true)), 400, "done");
    }

    @Test
    void aPlanHasAtMostTwentyActions() {
        WorkClient teacher = platform.teacher("add-too-many");
        for (int i = 1; i <= MAX_ACTIONS; i++) {
            created(teacher.post(ACTIONS, json("ownText", "Actie " + i)));
        }

        refused(teacher, () -> teacher.post(ACTIONS, json("ownText", "Nog een")), 400, "actions");
    }

    @Test
    void aChangeReplacesTheDayDoneAndOwnText() {
        WorkClient teacher = platform.teacher("change");
        long own = created(teacher.post(ACTIONS, json("ownText", "Huisbezoek"))).path("id").asLong();

        JsonNode changed = ok(teacher.put(ACTIONS + "/" + own, json("plannedFor", today, "done", true, "ownText", "Huisbezoek groep 5")));

        assertEquals(today, changed.path("plannedFor").asText());
        assertTrue(changed.path("done").asBoolean(), changed.toString());
        assertEquals("Huisbezoek groep 5", changed.path("ownText").asText());
        assertEquals(List.of(changed), actions(teacher));
    }

    @Test
    void aChangeThatDoesNotFitIsRefusedAndTheActionStaysAsItWas() {
        WorkClient teacher = platform.teacher("change-refused");
        long listed = created(teacher.post(ACTIONS, json("optionId", MAIL, "plannedFor", today))).path("id").asLong();
        long own = created(teacher.post(ACTIONS, json("ownText", "Huisbezoek"))).path("id").asLong();

        refused(teacher, () -> teacher.put(ACTIONS + "/" + own, json("done", true, "ownText", "Huisbezoek")), 400, "done");
        refused(teacher, () -> teacher.put(ACTIONS + "/" + own, json("plannedFor", today, "ownText", "Huisbezoek")), 400, "done");
        refused(teacher, () -> teacher.put(ACTIONS + "/" + own, json("plannedFor", today, "done", false, "ownText", " ")),
                400, "ownText");
        refused(teacher, () -> teacher.put(ACTIONS + "/" + listed, json("plannedFor", today, "done", true, "ownText", "Mail")),
                400, "ownText");
        refused(teacher, () -> teacher.put(ACTIONS + "/" + listed, json("plannedFor", "morgen", "done", false)),
                400, "plannedFor");
        refused(teacher, () -> teacher.put(ACTIONS + "/" + listed, "{\"plannedFor\": \"" + today + "\", \"done\": \"ja\"}"),
                400, "done");
        refused(teacher, () -> teacher.put(ACTIONS + "/" + listed, "{\"done\": true"), 400);
    }

    @Test
    void anActionThatIsNotInThePlanIsNotFound() {
        WorkClient teacher = teacherWithAnAction("unknown-action");
        long missing = actions(teacher).get(0).path("id").asLong() + 1_000_000;

        refused(teacher, () -> teacher.put(ACTIONS + "/" + missing, json("plannedFor", today, "done", false)), 404, "itemId");
        refused(teacher, () -> teacher.delete(ACTIONS + "/" + missing), 404, "itemId");
        refused(teacher, () -> teacher.delete(ACTIONS + "/geen-nummer"), 404);
    }

    @Test
    void aRemovedActionIsGone() {
        WorkClient teacher = teacherWithAnAction("remove");
        long call = created(teacher.post(ACTIONS, json("optionId", CALL))).path("id").asLong();

        ToolClient.Answer removed = teacher.delete(ACTIONS + "/" + call);

        assertEquals(204, removed.status(), removed.body());
        assertEquals(List.of(MAIL), actions(teacher).stream().map(action -> action.path("optionId").asText()).toList());
        refused(teacher, () -> teacher.delete(ACTIONS + "/" + call), 404, "itemId");
    }

    @Test
    void submittingSaysWhatIsLeftToPlanDoAndAnswer() {
        WorkClient teacher = platform.teacher("submit-early");
        created(teacher.post(ACTIONS, json("optionId", MAIL, "plannedFor", today)));

        JsonNode problem = refused(teacher, () -> submit(teacher), 409, "answers.acties-uitgevoerd",
                "answers.reactie-ouders", "answers.opbrengst-leerlingen", "answers.volgende-keer-anders",
                "answers.voortzetten-met-team", "actions", "actions");

        assertEquals("Plan nog 1 actie met een datum; er zijn er minstens 2 nodig.", problem.at("/errors/5/message").asText());
        assertEquals("Voer nog 2 acties uit en vink ze af als gedaan.", problem.at("/errors/6/message").asText());
    }

    @Test
    void aCarriedOutPlanIsSubmittedCompletedAndThenReadOnly() {
        WorkClient teacher = platform.teacher("submit");
        long mail = created(teacher.post(ACTIONS, json("optionId", MAIL, "plannedFor", today))).path("id").asLong();
        long own = created(teacher.post(ACTIONS, json("ownText", "Huisbezoek", "plannedFor", today))).path("id").asLong();
        ok(teacher.put(ACTIONS + "/" + mail, json("plannedFor", today, "done", true)));
        ok(teacher.put(ACTIONS + "/" + own, json("plannedFor", today, "done", true, "ownText", "Huisbezoek")));
        teacher.answerEveryQuestion(PLAN);

        JsonNode submitted = ok(submit(teacher));

        assertEquals("completed", submitted.at("/progress/state").asText());
        assertTrue(submitted.path("readOnly").asBoolean(), submitted.toString());
        assertEquals(2, submitted.path("actions").size());
        refused(teacher, () -> teacher.post(ACTIONS, json("optionId", CALL)), 409);
        refused(teacher, () -> teacher.put(ACTIONS + "/" + mail, json("plannedFor", today, "done", false)), 409);
        refused(teacher, () -> teacher.delete(ACTIONS + "/" + own), 409);
    }

    @Test
    void anotherAssignmentHasNoActions() {
        WorkClient teacher = platform.teacher("not-a-plan");

        assertProblem(teacher.post("/api/assignments/klavertje-vier/actions", json("optionId", MAIL)), 404);
        assertProblem(teacher.post("/api/assignments/geen-opdracht/actions", json("optionId", MAIL)), 404);
        assertTrue(teacher.assignment("klavertje-vier").path("answers").isEmpty());
    }

    /** A teacher whose plan has the mail action, planned for today: what a refused request must leave. */
    private WorkClient teacherWithAnAction(String subject) {
        WorkClient teacher = platform.teacher(subject);
        created(teacher.post(ACTIONS, json("optionId", MAIL, "plannedFor", today)));
        return teacher;
    }

    private static List<JsonNode> actions(WorkClient teacher) {
        List<JsonNode> actions = new ArrayList<>();
        teacher.assignment(PLAN).path("actions").forEach(actions::add);
        return actions;
    }

    private static ToolClient.Answer submit(WorkClient teacher) {
        return teacher.post("/api/assignments/" + PLAN + "/submit", null);
    }

    private static JsonNode refused(WorkClient teacher, Supplier<ToolClient.Answer> request, int status, String... fields) {
        return assertRefused(teacher, PLAN, request, status, fields);
    }
}
