package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static nl.samenspraak.tool.it.WorkRefusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A teacher's assignments over the API, launched from an emulated platform: each type as it is shown, in
 * Dutch and English; the film's played stretches; submitting; the progress over the program. Every test
 * has its own teacher.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkApiIT {

    private static final String FILM = "bedeesde-ouder-film";
    private static final double FILM_SECONDS = 108.756;
    /** What the first report may credit, and what a later one may on top of 4x the time since the previous. */
    private static final double FIRST_REPORT_SECONDS = 60;
    private static final double REPORT_SLACK_SECONDS = 5;
    private static final String READING = "klavertje-vier";
    private static final String PEER_COACHING = "bedeesde-ouder-intercollegiale-coaching";
    private static final String MODULE = "tien-minutengesprek-bedeesde-ouder";
    private static final String LONG_ENOUGH = "Ik laat ouders eerst vertellen hoe zij hun kind thuis zien.";
    private static final String NOT_STARTED = "{\"state\": \"not_started\", \"score\": 0.0}";
    /** 90% of the film is to be watched: 97.9 of its 108.8 seconds, rounded up. */
    private static final String NOTHING_WATCHED = "{\"intervals\": [], \"watchedShare\": 0.0, \"requiredShare\": 0.9,"
            + " \"remainingSeconds\": 98.0, \"progress\": " + NOT_STARTED + "}";

    private final WorkPlatform platform = new WorkPlatform();

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    /** Each type: its id, module, a field of its content, and the parts of the teacher's own work it shows, empty. */
    static Stream<Arguments> assignmentsOfEachType() {
        return Stream.of(
                Arguments.of("video", FILM, MODULE, "video", Map.of("watch", NOTHING_WATCHED)),
                Arguments.of("reading", READING, MODULE, "questions", Map.of()),
                Arguments.of("peer-coaching", PEER_COACHING, MODULE, "observationForm", Map.of()),
                Arguments.of("quickscan", "kennismakingsgesprek-quickscan", "kennismakingsgesprek", "sectors",
                        Map.of("quickscan", "{\"current\": null, \"attempts\": []}")),
                Arguments.of("action-plan", "ouderbetrokkenheid-actieplan", "vormen-ouderbetrokkenheid", "actions",
                        Map.of("actions", "[]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assignmentsOfEachType")
    void eachTypeOfAssignmentIsShownWithItsContentAndNoWorkYet(String type, String id, String module, String content,
                                                               Map<String, String> ownParts) throws IOException {
        JsonNode view = platform.teacher("type-" + type).assignment(id);

        assertEquals(id, view.at("/assignment/id").asText());
        assertEquals(type, view.at("/assignment/type").asText());
        assertFalse(view.at("/assignment/title").asText().isBlank(), view.toString());
        assertTrue(view.path("assignment").has(content), view.toString());
        assertEquals(module, view.at("/module/id").asText());
        assertEquals("nl", view.path("language").asText());
        assertEquals(WorkClient.JSON.readTree(NOT_STARTED), view.path("progress"));
        assertFalse(view.path("readOnly").asBoolean(), view.toString());
        assertTrue(view.path("answers").isObject() && view.path("answers").isEmpty(), view.toString());
        assertFalse(view.has("submittedAt"), view.toString());
        Set<String> shown = new TreeSet<>(Set.of("watch", "quickscan", "actions"));
        shown.retainAll(fieldNames(view));
        assertEquals(ownParts.keySet(), shown);
        for (Map.Entry<String, String> part : ownParts.entrySet()) {
            assertEquals(WorkClient.JSON.readTree(part.getValue()), view.path(part.getKey()));
        }
    }

    @Test
    void langEnShowsTheAssignmentInEnglishAndWithoutItTheDutchLaunchGetsDutch() {
        WorkClient teacher = platform.teacher("lang-en");

        JsonNode english = ok(teacher.get("/api/assignments/" + FILM + "?lang=en"));
        JsonNode dutch = teacher.assignment(FILM);

        assertEquals("en", english.path("language").asText());
        assertEquals("Film: ten-minute conversation with a shy parent", english.at("/assignment/title").asText());
        assertEquals("Ten-minute conversation with a shy parent", english.at("/module/title").asText());
        assertEquals("What does the teacher do to put the parent at ease?",
                english.at("/assignment/viewingQuestions/0/question/prompt").asText());
        assertEquals("nl", dutch.path("language").asText());
        assertEquals("Film: 10-minutengesprek met bedeesde ouder", dutch.at("/assignment/title").asText());
    }

    @Test
    void anEnglishLaunchIsAnsweredInEnglishUnlessDutchIsAskedFor() {
        WorkClient teacher = platform.launch("english-launch", claims -> claims.locale("en-GB"));

        JsonNode english = teacher.assignment(READING);
        JsonNode dutch = ok(teacher.get("/api/assignments/" + READING + "?lang=nl"));

        assertEquals("en", english.path("language").asText());
        assertEquals("What can you apply from this in your own school practice?",
                english.at("/assignment/questions/0/prompt").asText());
        assertEquals("nl", dutch.path("language").asText());
        assertEquals("Wat kun je hiervan toepassen in je eigen schoolpraktijk?",
                dutch.at("/assignment/questions/0/prompt").asText());
    }

    @Test
    void aLanguageThatIsNotOfferedIsRefusedNamingLang() {
        assertProblem(platform.teacher("lang-de").get("/api/assignments/" + FILM + "?lang=de"), 400, "lang");
    }

    @Test
    void anUnknownAssignmentIsNotFoundWhateverIsAsked() {
        WorkClient teacher = platform.teacher("unknown-assignment");

        assertProblem(teacher.get("/api/assignments/geen-opdracht"), 404);
        assertProblem(teacher.answer("geen-opdracht", "vraag", json("text", "Een antwoord")), 404);
        assertProblem(teacher.post("/api/assignments/geen-opdracht/watched", intervals(0, 10)), 404);
        assertProblem(teacher.post("/api/assignments/geen-opdracht/submit", null), 404);
    }

    /** A script posting watch reports without end is stopped: at most 30 a minute per person, then 429. */
    @Test
    void watchReportsAreRateLimited() {
        WorkClient teacher = platform.teacher("watch-flood");
        ToolClient.Answer last = null;
        for (int i = 0; i < 40 && (last == null || last.status() != 429); i++) {
            last = teacher.post(watched(FILM), intervals(0, 1));
        }

        assertProblem(last, 429);
        assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElse("0")) > 0, last.body());
    }

    /** A body over the cap is refused before it is read, whatever the endpoint: 413 problem+json. */
    @Test
    void aBodyOverTheCapIsRefusedAsTooLarge() {
        WorkClient teacher = platform.teacher("body-too-large");

        assertRefused(teacher, READING, () -> teacher.answer(READING, "toepassen-eigen-praktijk",
                json("text", "x".repeat(70 * 1024))), 413);
    }

    /** Before a deployment is removed the administrator learns whose work it affects. */
    @Test
    void aDeploymentsUsageCountsTheTeachersWithWork() {
        WorkClient teacher = platform.teacher("deployment-usage");
        ok(teacher.post(watched(FILM), intervals(0, 10)));

        JsonNode usage = platform.deploymentUsage();

        assertTrue(usage.path("teachers").asLong() >= 1, usage.toString());
        assertTrue(usage.path("courses").asLong() >= 1, usage.toString());
    }

    @Test
    void playedStretchesAreCreditedMergedAndShownWithTheAssignment() {
        WorkClient teacher = platform.teacher("watch-merged");

        JsonNode watched = ok(teacher.post(watched(FILM), intervals(0, 10, 5, 20)));

        assertEquals(List.of(stretch(0, 20)), stretches(watched));
        assertEquals(20 / FILM_SECONDS, watched.path("watchedShare").asDouble(), 1e-9);
        assertEquals(0.9, watched.path("requiredShare").asDouble());
        assertEquals(Math.ceil(0.9 * FILM_SECONDS - 20), watched.path("remainingSeconds").asDouble());
        assertEquals("in_progress", watched.at("/progress/state").asText());
        assertEquals(watched, teacher.assignment(FILM).path("watch"));
    }

    @Test
    void aFirstReportClaimingTheWholeFilmIsCreditedAMinute() {
        WorkClient teacher = platform.teacher("watch-claim");

        JsonNode watched = ok(teacher.post(watched(FILM), intervals(0, FILM_SECONDS)));

        assertEquals(List.of(stretch(0, FIRST_REPORT_SECONDS)), stretches(watched));
        assertEquals(Math.ceil(0.9 * FILM_SECONDS - FIRST_REPORT_SECONDS), watched.path("remainingSeconds").asDouble());
    }

    @Test
    void aReportRightAfterTheLastIsCreditedNoMoreThanCouldHaveBeenPlayedSince() {
        WorkClient teacher = platform.teacher("watch-claim-again");
        long start = System.nanoTime();
        ok(teacher.post(watched(FILM), intervals(0, FILM_SECONDS)));

        JsonNode watched = ok(teacher.post(watched(FILM), intervals(0, FILM_SECONDS)));

        double secondsBetween = (System.nanoTime() - start) / 1e9;
        double to = watched.at("/intervals/0/to").asDouble();
        assertEquals(1, watched.path("intervals").size(), watched.toString());
        double least = FIRST_REPORT_SECONDS + REPORT_SLACK_SECONDS;
        assertTrue(to >= least && to <= least + 4 * secondsBetween, "the slack and at most 4x the time between the"
                + " reports (" + secondsBetween + " s): " + watched);
    }

    @Test
    void aFilmReportedInSmallStepsIsWatchedWhole() {
        WorkClient teacher = platform.teacher("watch-whole");

        watchWholeFilm(teacher);

        JsonNode watch = teacher.assignment(FILM).path("watch");
        assertEquals(1.0, watch.path("watchedShare").asDouble(), 1e-9);
        assertEquals(0.0, watch.path("remainingSeconds").asDouble());
    }

    @Test
    void stretchesOutsideTheFilmOrBackwardsAreRefusedEachNamed() {
        WorkClient teacher = platform.teacher("watch-outside");
        ok(teacher.post(watched(FILM), intervals(0, 10)));

        assertRefused(teacher, FILM, () -> teacher.post(watched(FILM), intervals(0, 5, 100, 120, 20, 10, -1, 3)),
                400, "intervals[1]", "intervals[2]", "intervals[3]");
    }

    @Test
    void aReportWithoutItsStretchesIsRefusedNamingWhatIsMissing() {
        WorkClient teacher = platform.teacher("watch-missing");
        ok(teacher.post(watched(FILM), intervals(0, 10)));

        assertRefused(teacher, FILM, () -> teacher.post(watched(FILM), "{}"), 400, "intervals");
        assertRefused(teacher, FILM, () -> teacher.post(watched(FILM), "{\"intervals\": [{\"from\": 3}]}"),
                400, "intervals[0]");
        assertRefused(teacher, FILM, () -> teacher.post(watched(FILM), "{\"intervals\": [{\"from\": \"0\", \"to\": 5}]}"),
                400, "intervals[0].from");
    }

    @Test
    void watchingIsNotKeptForAnAssignmentWithoutAFilm() {
        WorkClient teacher = platform.teacher("watch-reading");

        assertRefused(teacher, READING, () -> teacher.post(watched(READING), intervals(0, 10)), 400);
    }

    @Test
    void unfinishedWorkIsNotSubmittedAndTheRefusalNamesWhatIsMissing() {
        WorkClient teacher = platform.teacher("submit-unfinished");
        ok(teacher.answer(READING, "toepassen-eigen-praktijk", json("text", LONG_ENOUGH)));
        ok(teacher.answer(READING, "gesprekken-op-jouw-school", json("text", "Nog kort")));

        assertRefused(teacher, READING, () -> submit(teacher, READING), 409, "answers.gesprekken-op-jouw-school.text",
                "answers.eigen-aanpak-gesprek", "answers.tevreden-over-aanpak", "answers.sterk-aan-aanpak",
                "answers.anders-willen");
    }

    @Test
    void aFilmNotWatchedFarEnoughIsNotSubmittedAndTheRefusalSaysHowMuchIsLeft() {
        WorkClient teacher = platform.teacher("submit-unwatched");
        teacher.answerEveryQuestion(FILM);
        ok(teacher.post(watched(FILM), intervals(0, 30)));

        JsonNode problem = assertRefused(teacher, FILM, () -> submit(teacher, FILM), 409, "watched");

        long left = (long) Math.ceil(0.9 * FILM_SECONDS - 30);
        assertEquals("Bekijk nog " + left + " seconden van de film.", problem.at("/errors/0/message").asText());
    }

    @Test
    void finishedWorkIsSubmittedCompletedAndReadOnly() {
        WorkClient teacher = platform.teacher("submit-reading");
        teacher.answerEveryQuestion(READING);

        JsonNode submitted = ok(submit(teacher, READING));

        assertEquals("completed", submitted.at("/progress/state").asText());
        assertTrue(submitted.path("readOnly").asBoolean(), submitted.toString());
        assertTrue(submitted.path("submittedAt").isTextual(), submitted.toString());
        assertEquals(submitted, teacher.assignment(READING));
    }

    @Test
    void aFilmWatchedAndAnsweredIsSubmittedCompleted() {
        WorkClient teacher = platform.teacher("submit-film");
        teacher.answerEveryQuestion(FILM);
        watchWholeFilm(teacher);

        JsonNode submitted = ok(submit(teacher, FILM));

        assertEquals("completed", submitted.at("/progress/state").asText());
        assertEquals("completed", submitted.at("/watch/progress/state").asText());
    }

    /** Submitted with the observation given, it waits for the one to receive: PeerCoachingApiIT. */
    @Test
    void peerCoachingIsNotSubmittedWithItsReflectionsAloneButAsksForTheObservationToGive() {
        WorkClient teacher = platform.teacher("submit-peer-coaching");
        teacher.answerEveryQuestion(PEER_COACHING);

        assertRefused(teacher, PEER_COACHING, () -> submit(teacher, PEER_COACHING), 409, "partners");
    }

    @Test
    void submittingTwiceIsAConflictAndKeepsTheFirstSubmission() {
        WorkClient teacher = submittedReading("submit-twice");

        assertRefused(teacher, READING, () -> submit(teacher, READING), 409);
    }

    @Test
    void answeringSubmittedWorkIsAConflict() {
        WorkClient teacher = submittedReading("answer-submitted");

        assertRefused(teacher, READING, () -> teacher.answer(READING, "anders-willen", json("text", LONG_ENOUGH + " Anders.")),
                409);
    }

    @Test
    void watchingASubmittedFilmIsAConflict() {
        WorkClient teacher = platform.teacher("watch-submitted");
        teacher.answerEveryQuestion(FILM);
        watchWholeFilm(teacher);
        ok(submit(teacher, FILM));

        assertRefused(teacher, FILM, () -> teacher.post(watched(FILM), intervals(0, 10)), 409);
    }

    @Test
    void aNewTeachersProgressIsNotStartedAndPointsAtEachModulesFirstAssignment() {
        JsonNode progress = ok(platform.teacher("progress-new").get("/api/progress"));

        assertEquals("nl", progress.path("language").asText());
        for (JsonNode module : progress.path("modules")) {
            assertEquals(0, module.path("completed").asInt(), module.toString());
            assertEquals(module.path("assignments").size(), module.path("total").asInt(), module.toString());
            assertEquals(module.at("/assignments/0/id").asText(), module.path("next").asText(), module.toString());
            module.path("assignments").forEach(assignment ->
                    assertEquals("not_started", assignment.at("/progress/state").asText(), assignment.toString()));
        }
    }

    @Test
    void theProgressShowsSubmittedWorkCompletedAndDraftsInProgress() {
        WorkClient teacher = submittedReading("progress-submitted");
        ok(teacher.answer(FILM, "ouder-op-gemak", json("text", "Een begin")));

        JsonNode module = module(ok(teacher.get("/api/progress?lang=en")), MODULE);

        assertEquals("Ten-minute conversation with a shy parent", module.path("title").asText());
        assertEquals(1, module.path("completed").asInt());
        assertEquals(FILM, module.path("next").asText());
        assertEquals(Map.of(FILM, "in_progress", READING, "completed", PEER_COACHING, "not_started"), states(module));
    }

    private WorkClient submittedReading(String subject) {
        WorkClient teacher = platform.teacher(subject);
        teacher.answerEveryQuestion(READING);
        ok(submit(teacher, READING));
        return teacher;
    }

    /** The whole film in reports no larger than what they may credit without waiting: no time need pass. */
    private static void watchWholeFilm(WorkClient teacher) {
        ok(teacher.post(watched(FILM), intervals(0, FIRST_REPORT_SECONDS)));
        for (double from = FIRST_REPORT_SECONDS; from < FILM_SECONDS; from += REPORT_SLACK_SECONDS) {
            ok(teacher.post(watched(FILM), intervals(from, Math.min(from + REPORT_SLACK_SECONDS, FILM_SECONDS))));
        }
    }

    private static ToolClient.Answer submit(WorkClient teacher, String assignmentId) {
        return teacher.post("/api/assignments/" + assignmentId + "/submit", null);
    }

    private static String watched(String assignmentId) {
        return "/api/assignments/" + assignmentId + "/watched";
    }

    /** A watch report of stretches given as from, to, from, to, ... seconds. */
    private static String intervals(double... fromsAndTos) {
        List<Map<String, Double>> intervals = new ArrayList<>();
        for (int i = 0; i + 1 < fromsAndTos.length; i += 2) {
            intervals.add(Map.of("from", fromsAndTos[i], "to", fromsAndTos[i + 1]));
        }
        return json("intervals", intervals);
    }

    private static Map<String, Double> stretch(double from, double to) {
        return Map.of("from", from, "to", to);
    }

    private static List<?> stretches(JsonNode watch) {
        return WorkClient.JSON.convertValue(watch.path("intervals"), List.class);
    }

    private static JsonNode module(JsonNode progress, String moduleId) {
        for (JsonNode module : progress.path("modules")) {
            if (module.path("id").asText().equals(moduleId)) {
                return module;
            }
        }
        throw new AssertionError("No module " + moduleId + " in " + progress);
    }

    private static Map<String, String> states(JsonNode module) {
        Map<String, String> states = new HashMap<>();
        module.path("assignments").forEach(assignment ->
                states.put(assignment.path("id").asText(), assignment.at("/progress/state").asText()));
        return states;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
