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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trainer's course page over the API: the members × assignments matrix, one teacher's work read-only,
 * preview, the "approval needed" switch, approving (one and a selection) and returning for revision,
 * feedback with the teacher's one reply per round, the CSV export; and for every endpoint, that a learner of
 * the same course and a trainer of another course get 403 and change nothing. Each test has its own course.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseReviewApiIT {

    private static final String READING = "klavertje-vier";
    private static final String FILM = "bedeesde-ouder-film";

    /** {@code app;dur=41.2, db;dur=12.9;desc="10 queries"}: the statements' number is group 1. */
    private static final Pattern SERVER_TIMING = Pattern.compile(
            "app;dur=\\d+\\.\\d, db;dur=\\d+\\.\\d;desc=\"(\\d+) queries\"");

    private final WorkPlatform platform = new WorkPlatform();

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    /** A launched user with the ids their session token carries. */
    private record Launched(WorkClient client, long userId, long courseId) {
    }

    @Test
    void theMatrixShowsEveryMemberByEveryAssignmentWithStateActivityAndScore() {
        submittedReading("anna-matrix", "Anna", "course-matrix");
        ok(learner("bram-matrix", "Bram", "course-matrix").client().answer(FILM, "ouder-op-gemak", json("text", "Begin")));
        learner("carla-matrix", "Carla", "course-matrix");
        learner("dirk-matrix-elsewhere", "Dirk", "course-matrix-elsewhere");
        Launched trainer = trainer("trainer-matrix", "course-matrix");

        JsonNode matrix = matrix(trainer, "en");

        assertEquals("en", matrix.path("language").asText());
        assertEquals(trainer.courseId(), matrix.path("courseId").asLong());
        assertEquals("kennismakingsgesprek", matrix.at("/modules/0/id").asText());
        assertEquals("The introductory conversation", matrix.at("/modules/0/title").asText());
        assertEquals("Quickscan: where does your school stand?", matrix.at("/modules/0/assignments/2/title").asText());
        assertFalse(column(matrix, READING).path("needsApproval").asBoolean());
        assertEquals(List.of("Anna", "Bram", "Carla"), names(matrix));
        JsonNode anna = matrix.at("/members/0");
        assertEquals("completed", anna.at("/cells/" + READING + "/state").asText());
        assertEquals(1.0, anna.at("/cells/" + READING + "/score").asDouble());
        assertTrue(anna.at("/cells/" + READING + "/lastActivity").isTextual(), anna.toString());
        assertTrue(anna.at("/cells/" + READING + "/submittedAt").isTextual(), anna.toString());
        assertTrue(anna.path("lastActivity").isTextual(), anna.toString());
        assertEquals("in_progress", matrix.at("/members/1/cells/" + FILM + "/state").asText());
        assertFalse(matrix.at("/members/1/cells/" + FILM + "/submittedAt").isTextual(), matrix.at("/members/1").toString());
        matrix.at("/members/2/cells").forEach(cell -> {
            assertEquals("not_started", cell.path("state").asText(), cell.toString());
            assertFalse(cell.path("lastActivity").isTextual(), cell.toString());
        });
    }

    @Test
    void theMatrixTellsItsServerTimeAndItsQueriesWhichDoNotGrowWithTheMembers() {
        Launched trainer = trainer("trainer-timing", "course-timing");
        seed(0, 10);
        int ten = fewestQueries(trainer);
        seed(10, 200);
        int twoHundred = fewestQueries(trainer);

        assertEquals(200, matrix(trainer, "nl").path("members").size());
        assertEquals(ten, twoHundred, "statements for the matrix of 10 members and of 200");
        assertTrue(ten <= 16, "about one query per table: " + ten);
    }

    @Test
    void workThatNeedsApprovalWaitsUntilTheTrainerApprovesIt() {
        Launched trainer = trainer("trainer-approve", "course-approve");
        ok(trainer.client().put(course(trainer) + "/assignments/" + READING + "/approval", json("needsApproval", true)));
        Launched anna = submittedReading("anna-approve", "Anna", "course-approve");

        assertEquals("awaiting_approval", cell(trainer, "Anna", READING).path("state").asText());
        assertTrue(column(matrix(trainer, "nl"), READING).path("needsApproval").asBoolean());
        assertEquals("awaiting_approval", ok(anna.client().get(feedback(READING))).at("/review/state").asText());

        JsonNode approved = ok(trainer.client().post(member(trainer, anna, READING) + "/approve", null));

        assertEquals("completed", approved.path("state").asText());
        assertTrue(approved.path("approved").asBoolean());
        assertEquals("completed", cell(trainer, "Anna", READING).path("state").asText());
        assertTrue(ok(anna.client().get(feedback(READING))).at("/review/approved").asBoolean());
        assertProblem(trainer.client().post(member(trainer, anna, READING) + "/approve", null), 409, "assignmentId");
    }

    @Test
    void workThatNeedsNoApprovalCannotBeApproved() {
        Launched anna = submittedReading("anna-no-approval", "Anna", "course-no-approval");
        Launched trainer = trainer("trainer-no-approval", "course-no-approval");

        assertRefused(anna.client(), READING, () -> trainer.client().post(member(trainer, anna, READING) + "/approve",
                null), 409, "assignmentId");
    }

    @Test
    void workReturnedForRevisionIsEditableAgainWithTheReasonUntilSubmittedAgain() {
        Launched trainer = trainer("trainer-return", "course-return");
        ok(trainer.client().put(course(trainer) + "/assignments/" + READING + "/approval", json("needsApproval", true)));
        Launched anna = submittedReading("anna-return", "Anna", "course-return");
        String returnPath = member(trainer, anna, READING) + "/return";

        assertRefused(anna.client(), READING, () -> trainer.client().post(returnPath, json("reason", "  ")), 400, "reason");
        assertRefused(anna.client(), READING, () -> trainer.client().post(returnPath, "{}"), 400, "reason");
        assertRefused(anna.client(), READING, () -> trainer.client().post(returnPath,
                json("reason", "x".repeat(2001))), 400, "reason");
        JsonNode returned = ok(trainer.client().post(returnPath, json("reason", "Werk je tweede antwoord verder uit.")));

        assertEquals("returned", returned.path("state").asText());
        assertEquals("Werk je tweede antwoord verder uit.", returned.path("returnReason").asText());
        JsonNode editable = anna.client().assignment(READING);
        assertFalse(editable.path("readOnly").asBoolean(), editable.toString());
        assertTrue(editable.path("reopenedAt").isTextual(), editable.toString());
        assertFalse(editable.has("submittedAt"), editable.toString());
        ok(anna.client().answer(READING, "anders-willen", json("text", "Na het terugsturen aangevuld met een nieuwe gedachte.")));
        JsonNode own = ok(anna.client().get(feedback(READING)));
        assertEquals("returned", own.at("/review/state").asText());
        assertEquals("Werk je tweede antwoord verder uit.", own.at("/review/returnReason").asText());
        assertEquals("Werk je tweede antwoord verder uit.", cell(trainer, "Anna", READING).path("returnReason").asText());
        assertRefused(anna.client(), READING, () -> trainer.client().post(returnPath, json("reason", "Nog eens")), 409);

        ok(anna.client().post("/api/assignments/" + READING + "/submit", null));
        assertEquals("awaiting_approval", cell(trainer, "Anna", READING).path("state").asText());
    }

    @Test
    void aSelectionIsApprovedEntirelyOrNotAtAll() {
        Launched trainer = trainer("trainer-bulk", "course-bulk");
        ok(trainer.client().put(course(trainer) + "/assignments/" + READING + "/approval", json("needsApproval", true)));
        Launched anna = submittedReading("anna-bulk", "Anna", "course-bulk");
        Launched bram = submittedReading("bram-bulk", "Bram", "course-bulk");
        Launched carla = learner("carla-bulk", "Carla", "course-bulk");
        String approvals = course(trainer) + "/approvals";

        assertRefused(anna.client(), READING, () -> trainer.client().post(approvals, items(anna, bram, carla)), 409, "items[2]");
        assertEquals("awaiting_approval", cell(trainer, "Anna", READING).path("state").asText());
        assertRefused(anna.client(), READING, () -> trainer.client().post(approvals, "{\"items\": []}"), 400, "items");
        assertRefused(anna.client(), READING, () -> trainer.client().post(approvals, "{\"items\": [{\"userId\": 1}]}"),
                400, "items[0]");
        assertRefused(anna.client(), READING, () -> trainer.client().post(approvals, "{}"), 400, "items");

        JsonNode approved = ok(trainer.client().post(approvals, items(anna, bram)));

        assertEquals(2, approved.size());
        assertEquals("completed", cell(trainer, "Anna", READING).path("state").asText());
        assertEquals("completed", cell(trainer, "Bram", READING).path("state").asText());
    }

    @Test
    void feedbackIsADraftUntilSentAndTheTeacherRepliesOncePerRound() {
        Launched anna = submittedReading("anna-feedback", "Anna", "course-feedback");
        Launched trainer = trainer("trainer-feedback", "course-feedback");
        String path = member(trainer, anna, READING) + "/feedback";

        assertProblem(trainer.client().put(path, json("text", "x".repeat(4001))), 400, "text");
        assertProblem(trainer.client().put(path, json("text", "")), 400, "text");
        assertProblem(trainer.client().post(path + "/send", null), 409);
        ok(trainer.client().put(path, json("text", "Mooi verwoord.")));
        JsonNode drafts = ok(trainer.client().put(path, json("text", "Mooi verwoord, vooral je eerste antwoord.")));
        assertEquals(1, drafts.size());
        assertEquals("draft", cell(trainer, "Anna", READING).path("feedback").asText());
        assertEquals(0, ok(anna.client().get(feedback(READING))).path("rounds").size());
        assertEquals(0, newFeedback(ok(anna.client().get("/api/notices"))).size());

        ok(trainer.client().post(path + "/send", null));

        List<JsonNode> unseen = newFeedback(ok(anna.client().get("/api/notices?lang=en")));
        assertEquals(1, unseen.size());
        assertEquals(READING, unseen.get(0).path("assignmentId").asText());
        JsonNode own = ok(anna.client().post(feedback(READING) + "/seen", null));
        assertEquals("Mooi verwoord, vooral je eerste antwoord.", own.at("/rounds/0/text").asText());
        assertTrue(own.path("canReply").asBoolean());
        assertEquals(0, newFeedback(ok(anna.client().get("/api/notices"))).size());
        assertProblem(anna.client().post(feedback(READING) + "/reply", json("text", "y".repeat(4001))), 400, "reply");
        JsonNode replied = ok(anna.client().post(feedback(READING) + "/reply", json("text", "Dank je!")));
        assertFalse(replied.path("canReply").asBoolean());
        assertProblem(anna.client().post(feedback(READING) + "/reply", json("text", "Nog iets")), 409);
        assertEquals("replied", cell(trainer, "Anna", READING).path("feedback").asText());
        JsonNode work = ok(trainer.client().get(member(trainer, anna, READING)));
        assertEquals("Dank je!", work.at("/feedback/0/reply").asText());

        ok(trainer.client().put(path, json("text", "Een tweede ronde.")));
        assertEquals(2, ok(trainer.client().get(member(trainer, anna, READING))).path("feedback").size());
        assertEquals(1, ok(anna.client().get(feedback(READING))).path("rounds").size());
    }

    @Test
    void theTrainerReadsOneTeachersWorkReadOnlyAndPreviewsAnAssignmentEmpty() {
        Launched anna = submittedReading("anna-read", "Anna", "course-read");
        Launched elsewhere = learner("bram-read-elsewhere", "Bram", "course-read-elsewhere");
        Launched trainer = trainer("trainer-read", "course-read");

        JsonNode work = ok(trainer.client().get(member(trainer, anna, READING) + "?lang=en"));
        assertTrue(work.path("readOnly").asBoolean());
        assertEquals(anna.client().assignment(READING).path("answers"), work.path("answers"));
        assertEquals("completed", work.at("/review/state").asText());
        assertTrue(work.path("feedback").isArray());

        assertProblem(trainer.client().get(course(trainer) + "/members/" + elsewhere.userId() + "/assignments/" + READING),
                404, "userId");
        assertProblem(trainer.client().get(course(trainer) + "/members/" + anna.userId() + "/assignments/geen-opdracht"), 404);

        JsonNode preview = ok(trainer.client().get(course(trainer) + "/assignments/" + READING + "/preview"));
        assertTrue(preview.path("readOnly").asBoolean());
        assertTrue(preview.path("preview").asBoolean());
        assertTrue(preview.path("answers").isEmpty(), preview.toString());
        assertEquals(READING, preview.at("/assignment/id").asText());
    }

    @Test
    void theApprovalSwitchMustSayTrueOrFalseForAKnownAssignment() {
        Launched trainer = trainer("trainer-switch", "course-switch");
        String path = course(trainer) + "/assignments/" + READING + "/approval";

        assertProblem(trainer.client().put(path, "{}"), 400, "needsApproval");
        assertProblem(trainer.client().put(path, json("needsApproval", "ja")), 400, "needsApproval");
        assertProblem(trainer.client().put(course(trainer) + "/assignments/geen-opdracht/approval",
                json("needsApproval", true)), 404);
        ok(trainer.client().put(path, json("needsApproval", true)));
        ok(trainer.client().put(path, json("needsApproval", false)));
        assertFalse(column(matrix(trainer, "nl"), READING).path("needsApproval").asBoolean());
    }

    @Test
    void theCsvOpensInExcelInDutchAndEnglish() {
        submittedReading("anna-csv", "Anna", "course-csv");
        learner("formula-csv", "=HYPERLINK(\"http://example.org\")", "course-csv");
        Launched trainer = trainer("trainer-csv", "course-csv");

        String dutch = csv(trainer, "nl");
        String[] lines = dutch.substring(1).split("\r\n");
        assertTrue(lines[0].startsWith("Naam;Laatste activiteit;Film: zo ervaren"), lines[0]);
        assertTrue(lines[0].contains(";Tool: Klavertje vier voor kennismakings- en zorggesprekken;"), lines[0]);
        assertTrue(lines[1].startsWith("\"'=HYPERLINK"), lines[1]);
        assertTrue(lines[2].startsWith("Anna;"), lines[2]);
        assertTrue(lines[2].contains(";Afgerond;100;"), lines[2]);
        String english = csv(trainer, "en");
        assertTrue(english.substring(1).startsWith("Name,Last activity,"), english);
        assertTrue(english.contains(",Completed,100,"), english);
    }

    // --- Who may: every endpoint refuses a learner of the course and a trainer of another course ---

    /** Every endpoint of the course page, with a body it would take. */
    private List<List<String>> endpoints(long userId) {
        String member = "/members/" + userId + "/assignments/" + READING;
        return List.of(
                List.of("GET", "/matrix"),
                List.of("GET", "/matrix.csv"),
                List.of("PUT", "/assignments/" + READING + "/approval", json("needsApproval", true)),
                List.of("GET", "/assignments/" + READING + "/preview"),
                List.of("GET", member),
                List.of("PUT", member + "/feedback", json("text", "Goed gedaan")),
                List.of("POST", member + "/feedback/send"),
                List.of("POST", member + "/approve"),
                List.of("POST", member + "/return", json("reason", "Nog niet af")),
                List.of("POST", "/approvals", "{\"items\": [{\"userId\": " + userId + ", \"assignmentId\": \"" + READING + "\"}]}"));
    }

    private Launched guarded;
    private Launched guardedTrainer;

    private Stream<Arguments> refusedCallers() {
        guardedTrainer = trainer("trainer-guarded", "course-guarded");
        ok(guardedTrainer.client().put(course(guardedTrainer) + "/assignments/" + READING + "/approval",
                json("needsApproval", true)));
        guarded = submittedReading("anna-guarded", "Anna", "course-guarded");
        ok(guardedTrainer.client().put(member(guardedTrainer, guarded, READING) + "/feedback", json("text", "Concept")));
        Launched colleague = learner("bram-guarded", "Bram", "course-guarded");
        Launched otherTrainer = trainer("trainer-other-guarded", "course-other-guarded");
        Launched assistant = launched(platform.sessionToken("assistant-other-guarded", claims -> claims
                .roles("http://purl.imsglobal.org/vocab/lis/v2/membership#TeachingAssistant")
                .member(LaunchClaims.CONTEXT, "id", "course-other-guarded")));
        Launched courseless = launched(platform.sessionToken("trainer-without-course-guarded", claims -> claims
                .roles(LaunchClaims.INSTRUCTOR).remove(LaunchClaims.CONTEXT)));
        Map<String, Launched> callers = Map.of("a learner of the course", colleague, "the teacher herself", guarded,
                "a trainer of another course", otherTrainer, "a teaching assistant of another course", assistant,
                "a trainer without a course", courseless);
        List<Arguments> arguments = new ArrayList<>();
        callers.forEach((who, caller) -> endpoints(guarded.userId()).forEach(endpoint ->
                arguments.add(Arguments.of(endpoint.get(0) + " " + endpoint.get(1), who, caller,
                        endpoint.size() > 2 ? endpoint.get(2) : null))));
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("refusedCallers")
    void everyCourseEndpointRefusesAnyoneButTheCoursesTrainers(String endpoint, String who, Launched caller, String body) {
        String[] methodAndPath = endpoint.split(" ", 2);
        JsonNode before = ok(guardedTrainer.client().get(member(guardedTrainer, guarded, READING)));

        assertRefused(guarded.client(), READING, () -> caller.client().send(methodAndPath[0],
                "/api/courses/" + guarded.courseId() + methodAndPath[1], body == null ? null : "application/json", body), 403);

        assertEquals(before, ok(guardedTrainer.client().get(member(guardedTrainer, guarded, READING))));
    }

    @Test
    void aTeachingAssistantOfTheCourseIsOneOfItsTrainers() {
        Launched anna = submittedReading("anna-assistant", "Anna", "course-assistant");
        Launched assistant = launched(platform.sessionToken("assistant-own", claims -> claims
                .roles("http://purl.imsglobal.org/vocab/lis/v2/membership#TeachingAssistant")
                .member(LaunchClaims.CONTEXT, "id", "course-assistant")));

        assertEquals(List.of("Anna"), names(matrix(assistant, "nl")));
        ok(assistant.client().put(member(assistant, anna, READING) + "/feedback", json("text", "Van de assistent")));
    }

    @Test
    void theTeachersFeedbackEndpointsAreTheTeachersOwn() {
        Launched trainer = trainer("trainer-own-feedback", "course-own-feedback");
        for (ToolClient.Answer answer : List.of(trainer.client().get(feedback(READING)),
                trainer.client().post(feedback(READING) + "/seen", null),
                trainer.client().post(feedback(READING) + "/reply", json("text", "Van de trainer")),
                trainer.client().get("/api/notices"))) {
            assertProblem(answer, 403);
        }
        Launched anna = learner("anna-no-feedback", "Anna", "course-own-feedback");
        assertProblem(anna.client().post(feedback(READING) + "/reply", json("text", "Nergens op")), 409);
        assertProblem(anna.client().get(feedback("geen-opdracht")), 404);
    }

    // --- helpers ---

    /** Members {@code from} to {@code to} (exclusive) of the timing course, each with an answer saved. */
    private void seed(int from, int to) {
        for (int i = from; i < to; i++) {
            ok(learner("member-timing-" + i, String.format("Deelnemer %03d", i), "course-timing").client()
                    .answer(READING, "anders-willen", json("text", "Een begin")));
        }
    }

    /**
     * The statements the matrix took by its {@code Server-Timing} header, the fewest of three requests in a
     * row: the session check and the roster refresh, which read only now and then, are left out so.
     */
    private static int fewestQueries(Launched trainer) {
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            ToolClient.Answer answer = trainer.client().get(course(trainer) + "/matrix");
            ok(answer);
            String timing = answer.headers().firstValue("Server-Timing").orElseThrow(() ->
                    new AssertionError("no Server-Timing header"));
            Matcher found = SERVER_TIMING.matcher(timing);
            assertTrue(found.matches(), timing);
            fewest = Math.min(fewest, Integer.parseInt(found.group(1)));
        }
        return fewest;
    }

    private Launched learner(String subject, String name, String courseId) {
        return launched(platform.sessionToken(subject, claims -> claims.set("name", name)
                .member(LaunchClaims.CONTEXT, "id", courseId)));
    }

    private Launched trainer(String subject, String courseId) {
        return launched(platform.sessionToken(subject, claims -> claims.roles(LaunchClaims.INSTRUCTOR)
                .member(LaunchClaims.CONTEXT, "id", courseId)));
    }

    private Launched submittedReading(String subject, String name, String courseId) {
        Launched teacher = learner(subject, name, courseId);
        teacher.client().answerEveryQuestion(READING);
        ok(teacher.client().post("/api/assignments/" + READING + "/submit", null));
        return teacher;
    }

    /** The client of a session token, with the user and course ids of its claims. */
    private static Launched launched(String token) {
        try {
            JsonNode claims = WorkClient.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            return new Launched(WorkClient.withToken(token), claims.path("sub").asLong(), claims.path("ctx").asLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String course(Launched trainer) {
        return "/api/courses/" + trainer.courseId();
    }

    private static String member(Launched trainer, Launched teacher, String assignmentId) {
        return course(trainer) + "/members/" + teacher.userId() + "/assignments/" + assignmentId;
    }

    private static String feedback(String assignmentId) {
        return "/api/assignments/" + assignmentId + "/feedback";
    }

    private static JsonNode matrix(Launched trainer, String lang) {
        return ok(trainer.client().get(course(trainer) + "/matrix?lang=" + lang));
    }

    private static JsonNode column(JsonNode matrix, String assignmentId) {
        for (JsonNode module : matrix.path("modules")) {
            for (JsonNode assignment : module.path("assignments")) {
                if (assignment.path("id").asText().equals(assignmentId)) {
                    return assignment;
                }
            }
        }
        throw new AssertionError("No column " + assignmentId);
    }

    private static JsonNode cell(Launched trainer, String name, String assignmentId) {
        for (JsonNode member : matrix(trainer, "nl").path("members")) {
            if (member.path("name").asText().equals(name)) {
                return member.at("/cells/" + assignmentId);
            }
        }
        throw new AssertionError("No member " + name);
    }

    private static String items(Launched... teachers) {
        return json("items", Arrays.stream(teachers).map(teacher -> Map.of("userId", teacher.userId(),
                "assignmentId", READING)).toList());
    }

    private static String csv(Launched trainer, String lang) {
        ToolClient.Answer answer = trainer.client().send("GET", course(trainer) + "/matrix.csv?lang=" + lang, null, null,
                "Accept", "text/csv");
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("text/csv"), answer.contentType());
        assertTrue(answer.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals('\uFEFF', answer.body().charAt(0), "UTF-8 with a byte order mark");
        return answer.body();
    }

    private static List<String> names(JsonNode matrix) {
        List<String> names = new ArrayList<>();
        matrix.path("members").forEach(member -> names.add(member.path("name").asText()));
        return names;
    }

    /** The start page's notices of feedback not read yet. */
    private static List<JsonNode> newFeedback(JsonNode notices) {
        List<JsonNode> feedback = new ArrayList<>();
        notices.forEach(notice -> {
            if ("feedback".equals(notice.path("kind").asText())) {
                feedback.add(notice);
            }
        });
        return feedback;
    }

}
