package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static nl.samenspraak.tool.it.WorkRefusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The quickscan over the API: choosing the sector, a value per statement or the statement skipped, the
 * result per theme, submitting and retakes; every refusal of that contract, leaving the quickscan as it
 * was. Every test has its own teacher.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuickscanApiIT {

    private static final String SCAN = "kennismakingsgesprek-quickscan";
    private static final String QUICKSCAN = "/api/assignments/" + SCAN + "/quickscan";
    private static final List<String> THEMES = List.of("welkom-en-kennismaking", "communicatie",
            "samen-leren-en-opvoeden", "inbedding-team-en-organisatie", "sociaal-domein");
    /** A statement of each theme, in the order of the themes, in every sector. */
    private static final List<String> ONE_PER_THEME = List.of("welkom-voelen", "contact-ook-bij-goed-nieuws",
            "kennis-ouders-benut", "gedeelde-visie", "warme-overdracht");
    private static final String ONLY_IN_VO = "buitenschoolse-activiteiten";

    private final WorkPlatform platform = new WorkPlatform();

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    @Test
    void choosingASectorStartsTheFirstAttemptWithAnEmptyResultPerTheme() {
        WorkClient teacher = platform.teacher("sector-first");

        JsonNode state = ok(chooseSector(teacher, "po"));

        JsonNode attempt = state.at("/quickscan/attempts/0");
        assertEquals(1, state.at("/quickscan/current").asInt());
        assertEquals(1, state.at("/quickscan/attempts").size());
        assertEquals("po", attempt.path("sectorId").asText());
        assertTrue(attempt.path("submittedAt").isNull(), attempt.toString());
        assertEquals(THEMES, themeIds(attempt));
        attempt.path("results").forEach(result -> {
            assertEquals(0, result.path("answered").asInt(), result.toString());
            assertEquals(4, result.path("statements").asInt(), result.toString());
            assertTrue(result.path("score").isNull(), result.toString());
        });
        assertEquals(state.path("quickscan"), teacher.assignment(SCAN).path("quickscan"));
    }

    @Test
    void anUnknownSectorIsRefusedAndNoAttemptIsStarted() {
        WorkClient teacher = platform.teacher("sector-unknown");

        refused(teacher, () -> chooseSector(teacher, "hbo"), 400, "sectorId");
        refused(teacher, () -> teacher.put(QUICKSCAN + "/sector", "{}"), 400, "sectorId");
        refused(teacher, () -> teacher.put(QUICKSCAN + "/sector", "{\"sectorId\": 5}"), 400, "sectorId");
        refused(teacher, () -> teacher.put(QUICKSCAN + "/sector", "{\"sector\": \"po\"}"), 400, "sector");
        assertEquals(0, teacher.assignment(SCAN).at("/quickscan/attempts").size());
    }

    @Test
    void noStatementIsAnsweredBeforeASectorIsChosen() {
        WorkClient teacher = platform.teacher("respond-first");

        refused(teacher, () -> respond(teacher, "welkom-voelen", 3), 409, "sectorId");
        refused(teacher, () -> teacher.delete(QUICKSCAN + "/responses/welkom-voelen"), 409, "sectorId");
    }

    @Test
    void aResponseCountsInItsThemesResultAndProgress() {
        WorkClient teacher = teacherInSector("respond", "po");

        JsonNode state = ok(respond(teacher, "welkom-voelen", 4));

        JsonNode attempt = state.at("/quickscan/attempts/0");
        assertEquals(Map.of("welkom-voelen", 4), WorkClient.JSON.convertValue(attempt.path("responses"), Map.class));
        assertEquals(1, attempt.at("/results/0/answered").asInt());
        assertEquals(1.0, attempt.at("/results/0/score").asDouble());
        assertEquals("in_progress", state.at("/progress/state").asText());
    }

    @Test
    void aValueMustBeAWholeNumberOnTheScaleAndARefusedOneLeavesTheSavedOne() {
        WorkClient teacher = teacherInSector("respond-scale", "po");
        ok(respond(teacher, "welkom-voelen", 3));

        for (String value : List.of("0", "5", "2.5", "-1", "null")) {
            refused(teacher, () -> teacher.put(QUICKSCAN + "/responses/welkom-voelen", "{\"value\": " + value + "}"),
                    400, "value");
        }
        refused(teacher, () -> teacher.put(QUICKSCAN + "/responses/welkom-voelen", "{\"value\": \"3\"}"), 400, "value");
        refused(teacher, () -> teacher.put(QUICKSCAN + "/responses/welkom-voelen", "{}"), 400, "value");
        assertEquals(3, teacher.assignment(SCAN).at("/quickscan/attempts/0/responses/welkom-voelen").asInt());
    }

    @Test
    void aStatementOfAnotherSectorIsNotFound() {
        WorkClient teacher = teacherInSector("respond-other-sector", "po");

        refused(teacher, () -> respond(teacher, ONLY_IN_VO, 2), 404, "statementId");
        refused(teacher, () -> respond(teacher, "geen-stelling", 2), 404, "statementId");
    }

    @Test
    void aSkippedStatementIsLeftOutOfItsThemesResult() {
        WorkClient teacher = teacherInSector("skip", "po");
        ok(respond(teacher, "welkom-voelen", 4));
        ok(respond(teacher, "kennismaking-voor-start", 2));

        JsonNode state = ok(teacher.delete(QUICKSCAN + "/responses/kennismaking-voor-start"));

        JsonNode theme = state.at("/quickscan/attempts/0/results/0");
        assertEquals(1, theme.path("answered").asInt());
        assertEquals(1.0, theme.path("score").asDouble());
        assertFalse(state.at("/quickscan/attempts/0/responses").has("kennismaking-voor-start"), state.toString());
    }

    @Test
    void anotherSectorStartsItsResponsesAfreshInTheSameAttempt() {
        WorkClient teacher = teacherInSector("sector-change", "vo");
        ok(respond(teacher, ONLY_IN_VO, 2));

        JsonNode state = ok(chooseSector(teacher, "po"));

        assertEquals(1, state.at("/quickscan/attempts").size());
        assertEquals("po", state.at("/quickscan/attempts/0/sectorId").asText());
        assertTrue(state.at("/quickscan/attempts/0/responses").isEmpty(), state.toString());
    }

    @Test
    void submittingWithoutASectorIsRefusedNamingIt() {
        WorkClient teacher = platform.teacher("submit-no-sector");

        refused(teacher, () -> submit(teacher), 409, "quickscan.sectorId");
    }

    @Test
    void submittingNamesEveryThemeWithoutAnAnswer() {
        WorkClient teacher = teacherInSector("submit-early", "mbo");
        ok(respond(teacher, ONE_PER_THEME.get(0), 3));

        List<String> missing = THEMES.stream().skip(1).map(theme -> "quickscan.themes." + theme).toList();
        refused(teacher, () -> submit(teacher), 409, missing.toArray(String[]::new));
    }

    @Test
    void aSubmittedQuickscanIsCompletedAndItsAttemptLocked() {
        WorkClient teacher = teacherInSector("submit", "po");
        answerEveryTheme(teacher, 4);

        JsonNode submitted = ok(submit(teacher));

        assertEquals("completed", submitted.at("/progress/state").asText());
        assertTrue(submitted.path("readOnly").asBoolean(), submitted.toString());
        assertTrue(submitted.at("/quickscan/current").isNull(), submitted.toString());
        assertTrue(submitted.at("/quickscan/attempts/0/submittedAt").isTextual(), submitted.toString());
        refused(teacher, () -> respond(teacher, "welkom-voelen", 1), 409);
        refused(teacher, () -> teacher.delete(QUICKSCAN + "/responses/welkom-voelen"), 409);
        refused(teacher, () -> chooseSector(teacher, "vo"), 409);
        refused(teacher, () -> submit(teacher), 409);
    }

    @Test
    void aRetakeStartsAnEmptyAttemptInTheSameSectorWhileTheAssignmentStaysCompleted() {
        WorkClient teacher = submittedQuickscan("retake", "vo");

        JsonNode retaken = ok(teacher.post(QUICKSCAN + "/retake", null));

        assertEquals(2, retaken.at("/quickscan/current").asInt());
        JsonNode retake = retaken.at("/quickscan/attempts/1");
        assertEquals("vo", retake.path("sectorId").asText());
        assertTrue(retake.path("responses").isEmpty(), retake.toString());
        assertEquals("completed", retaken.at("/progress/state").asText());
        JsonNode view = teacher.assignment(SCAN);
        assertFalse(view.path("readOnly").asBoolean(), "the retake can be filled in");
        assertEquals(1.0, view.at("/quickscan/attempts/0/results/0/score").asDouble());
    }

    @Test
    void aRetakeIsSubmittedAndBothResultsRemainToCompare() {
        WorkClient teacher = submittedQuickscan("retake-submit", "po");
        ok(teacher.post(QUICKSCAN + "/retake", null));
        answerEveryTheme(teacher, 1);

        JsonNode submitted = ok(submit(teacher));

        assertEquals(2, submitted.at("/quickscan/attempts").size());
        assertEquals(1.0, submitted.at("/quickscan/attempts/0/results/0/score").asDouble());
        assertEquals(0.0, submitted.at("/quickscan/attempts/1/results/0/score").asDouble());
        assertTrue(submitted.at("/quickscan/attempts/1/submittedAt").isTextual(), submitted.toString());
        assertEquals("completed", submitted.at("/progress/state").asText());
    }

    @Test
    void aRetakeOnlyFollowsASubmittedAttempt() {
        WorkClient teacher = platform.teacher("retake-early");

        refused(teacher, () -> teacher.post(QUICKSCAN + "/retake", null), 409);
        ok(chooseSector(teacher, "po"));
        refused(teacher, () -> teacher.post(QUICKSCAN + "/retake", null), 409);
    }

    @Test
    void aSecondRetakeWaitsForTheFirstToBeSubmitted() {
        WorkClient teacher = submittedQuickscan("retake-twice", "po");
        ok(teacher.post(QUICKSCAN + "/retake", null));

        refused(teacher, () -> teacher.post(QUICKSCAN + "/retake", null), 409);
    }

    @Test
    void theProgressShowsTheSubmittedQuickscanCompleted() {
        WorkClient teacher = submittedQuickscan("progress", "po");

        JsonNode progress = ok(teacher.get("/api/progress"));

        JsonNode module = progress.at("/modules/0");
        assertEquals("kennismakingsgesprek", module.path("id").asText());
        assertEquals(SCAN, module.at("/assignments/2/id").asText());
        assertEquals("completed", module.at("/assignments/2/progress/state").asText());
    }

    @Test
    void theQuickscanSpeaksTheLanguageAskedFor() {
        WorkClient teacher = platform.teacher("english");

        JsonNode state = ok(teacher.put(QUICKSCAN + "/sector?lang=en", json("sectorId", "po")));

        assertEquals("Welcome and getting acquainted", state.at("/quickscan/attempts/0/results/0/title").asText());
        assertEquals("Welkom en kennismaking", teacher.assignment(SCAN).at("/quickscan/attempts/0/results/0/title").asText());
    }

    @Test
    void anotherAssignmentHasNoQuickscan() {
        WorkClient teacher = platform.teacher("not-a-quickscan");

        assertProblem(teacher.put("/api/assignments/klavertje-vier/quickscan/sector", json("sectorId", "po")), 404);
        assertProblem(teacher.post("/api/assignments/klavertje-vier/quickscan/retake", null), 404);
        assertProblem(teacher.put("/api/assignments/geen-opdracht/quickscan/sector", json("sectorId", "po")), 404);
        assertTrue(teacher.assignment("klavertje-vier").path("answers").isEmpty());
    }

    private WorkClient teacherInSector(String subject, String sectorId) {
        WorkClient teacher = platform.teacher(subject);
        ok(chooseSector(teacher, sectorId));
        return teacher;
    }

    private WorkClient submittedQuickscan(String subject, String sectorId) {
        WorkClient teacher = teacherInSector(subject, sectorId);
        answerEveryTheme(teacher, 4);
        ok(submit(teacher));
        return teacher;
    }

    private static void answerEveryTheme(WorkClient teacher, int value) {
        ONE_PER_THEME.forEach(statement -> ok(respond(teacher, statement, value)));
    }

    private static ToolClient.Answer chooseSector(WorkClient teacher, String sectorId) {
        return teacher.put(QUICKSCAN + "/sector", json("sectorId", sectorId));
    }

    private static ToolClient.Answer respond(WorkClient teacher, String statementId, int value) {
        return teacher.put(QUICKSCAN + "/responses/" + statementId, json("value", value));
    }

    private static ToolClient.Answer submit(WorkClient teacher) {
        return teacher.post("/api/assignments/" + SCAN + "/submit", null);
    }

    private static List<String> themeIds(JsonNode attempt) {
        List<String> ids = new ArrayList<>();
        attempt.path("results").forEach(result -> ids.add(result.path("themeId").asText()));
        return ids;
    }

    private static void refused(WorkClient teacher, Supplier<ToolClient.Answer> request, int status, String... fields) {
        assertRefused(teacher, SCAN, request, status, fields);
    }
}
