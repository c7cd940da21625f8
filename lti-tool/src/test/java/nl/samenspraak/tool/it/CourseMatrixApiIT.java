package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.Test;

/**
 * The trainer's course page over the API: the members × assignments matrix (with its query count, which
 * does not grow with the members), one teacher's work read-only, the preview, the CSV export, and a
 * teaching assistant as one of the trainers. Each test has its own course.
 */
class CourseMatrixApiIT extends CourseReviewFixture {

    /** {@code app;dur=41.2, db;dur=12.9;desc="10 queries"}: the statements' number is group 1. */
    private static final Pattern SERVER_TIMING = Pattern.compile(
            "app;dur=\\d+\\.\\d, db;dur=\\d+\\.\\d;desc=\"(\\d+) queries\"");

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

    @Test
    void aTeachingAssistantOfTheCourseIsOneOfItsTrainers() {
        Launched anna = submittedReading("anna-assistant", "Anna", "course-assistant");
        Launched assistant = launched(platform.sessionToken("assistant-own", claims -> claims
                .roles("http://purl.imsglobal.org/vocab/lis/v2/membership#TeachingAssistant")
                .member(LaunchClaims.CONTEXT, "id", "course-assistant")));

        assertEquals(List.of("Anna"), names(matrix(assistant, "nl")));
        ok(assistant.client().put(member(assistant, anna, READING) + "/feedback", json("text", "Van de assistent")));
    }

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
}
