package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Saving answers over the API, on the ten-tips assignment (open, single-choice and scale questions): drafts
 * kept as typed, and every kind of bad input refused as problem+json naming the field, with the drafts saved
 * before left as they were. Every test has its own teacher.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerApiIT {

    private static final String TIPS = "tien-tips-samenwerking-ouders";
    private static final String OPEN = "tips-al-toegepast";
    private static final int OPEN_MAX_LENGTH = 3000;
    private static final String CHOICE = "starttip";
    private static final String SCALE = "tip-1-gelijkwaardige-partners";

    private final WorkPlatform platform = new WorkPlatform();

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    @Test
    void anOpenDraftIsSavedAsTypedAlthoughItIsStillShort() {
        WorkClient teacher = platform.teacher("draft-open");

        JsonNode saved = ok(teacher.answer(TIPS, OPEN, json("text", "Nog kort")));

        assertEquals(OPEN, saved.path("questionId").asText());
        assertEquals("in_progress", saved.at("/progress/state").asText());
        JsonNode answer = teacher.assignment(TIPS).at("/answers/" + OPEN);
        assertEquals("Nog kort", answer.path("text").asText());
        assertEquals(saved.path("savedAt"), answer.path("savedAt"));
    }

    @Test
    void aChoiceIsSaved() {
        WorkClient teacher = platform.teacher("draft-choice");

        ok(teacher.answer(TIPS, CHOICE, json("optionIds", List.of("tip-3"))));

        assertEquals(List.of("tip-3"), WorkClient.JSON.convertValue(teacher.assignment(TIPS).at("/answers/" + CHOICE + "/optionIds"),
                List.class));
    }

    @Test
    void aScaleValueIsSaved() {
        WorkClient teacher = platform.teacher("draft-scale");

        ok(teacher.answer(TIPS, SCALE, json("value", 3)));

        assertEquals(3, teacher.assignment(TIPS).at("/answers/" + SCALE + "/value").asInt());
    }

    @Test
    void aNewAnswerReplacesTheDraftAndAnEmptyTextTakesItAway() {
        WorkClient teacher = platform.teacher("draft-replaced");
        ok(teacher.answer(TIPS, OPEN, json("text", "Eerste versie")));

        ok(teacher.answer(TIPS, OPEN, json("text", "Tweede versie")));
        assertEquals("Tweede versie", teacher.assignment(TIPS).at("/answers/" + OPEN + "/text").asText());

        ok(teacher.answer(TIPS, OPEN, json("text", "")));
        assertFalse(teacher.assignment(TIPS).path("answers").has(OPEN), "an empty text is no answer");
    }

    @Test
    void textWithHtmlAndQuotesIsStoredAndReturnedExactlyAsTypedInJson() throws JsonProcessingException {
        String typed = "<script>alert(1)</script> en <b>HTML</b>, \"dubbele\" en 'enkele' aanhalingstekens & een \\ erbij";
        WorkClient teacher = platform.teacher("text-as-typed");
        ok(teacher.answer(TIPS, OPEN, json("text", typed)));

        ToolClient.Answer view = teacher.get("/api/assignments/" + TIPS);

        assertEquals(200, view.status(), view.body());
        assertTrue(view.contentType().startsWith("application/json"), view.contentType());
        assertEquals(typed, view.json().at("/answers/" + OPEN + "/text").asText());
        assertTrue(view.body().contains("\"text\":" + WorkClient.JSON.writeValueAsString(typed)), view.body());
        assertFalse(view.body().contains("&lt;") || view.body().contains("&quot;"), "no HTML escaping: " + view.body());
    }

    @Test
    void aTooLongTextIsRefusedNamingAnswerText() {
        WorkClient teacher = teacherWithDrafts("too-long");

        JsonNode problem = refused(teacher, () -> teacher.answer(TIPS, OPEN, tooLong()), 400, "answer.text");

        assertEquals("Schrijf hoogstens 3000 tekens; dit antwoord heeft er 3001.", problem.at("/errors/0/message").asText());
    }

    @Test
    void aTextAsLongAsAllowedIsSaved() {
        WorkClient teacher = platform.teacher("as-long-as-allowed");

        ok(teacher.answer(TIPS, OPEN, json("text", "a".repeat(OPEN_MAX_LENGTH))));

        assertEquals(OPEN_MAX_LENGTH, teacher.assignment(TIPS).at("/answers/" + OPEN + "/text").asText().length());
    }

    @Test
    void aRefusalIsInTheLanguageAskedFor() {
        WorkClient teacher = teacherWithDrafts("refusal-lang-en");

        JsonNode problem = refused(teacher, () -> teacher.put(answerPath(OPEN) + "?lang=en", tooLong()), 400, "answer.text");

        assertEquals("The answer was not saved: Write at most 3000 characters; this answer has 3001.",
                problem.path("detail").asText());
    }

    @Test
    void anEnglishLaunchIsRefusedInEnglish() {
        WorkClient teacher = platform.launch("refusal-english-launch", claims -> claims.locale("en"));

        JsonNode problem = refused(teacher, () -> teacher.put(answerPath(OPEN), tooLong()), 400, "answer.text");

        assertEquals("Write at most 3000 characters; this answer has 3001.", problem.at("/errors/0/message").asText());
    }

    @Test
    void aRefusalIsInTheLaunchsLanguageNotTheBrowsers() {
        WorkClient teacher = teacherWithDrafts("refusal-browser-english");

        JsonNode problem = refused(teacher, () -> teacher.send("PUT", answerPath(OPEN), "application/json", tooLong(),
                "Accept-Language", "en-US,en;q=0.9"), 400, "answer.text");

        assertEquals("Schrijf hoogstens 3000 tekens; dit antwoord heeft er 3001.", problem.at("/errors/0/message").asText());
    }

    @Test
    void textForAScaleQuestionIsRefusedAsTheWrongKind() {
        WorkClient teacher = teacherWithDrafts("wrong-kind");

        refused(teacher, () -> teacher.answer(TIPS, SCALE, json("text", "Vaak")), 400, "answer");
    }

    @Test
    void anOptionTheQuestionDoesNotHaveIsRefused() {
        WorkClient teacher = teacherWithDrafts("unknown-option");

        refused(teacher, () -> teacher.answer(TIPS, CHOICE, json("optionIds", List.of("tip-11"))), 400, "answer.optionIds");
    }

    @Test
    void twoOptionsOnASingleChoiceQuestionAreRefused() {
        WorkClient teacher = teacherWithDrafts("two-options");

        refused(teacher, () -> teacher.answer(TIPS, CHOICE, json("optionIds", List.of("tip-1", "tip-2"))),
                400, "answer.optionIds");
    }

    @Test
    void anEmptyOptionIdIsRefused() {
        WorkClient teacher = teacherWithDrafts("empty-option");

        refused(teacher, () -> teacher.answer(TIPS, CHOICE, json("optionIds", List.of(""))), 400, "answer.optionIds");
    }

    @Test
    void aValueOutsideTheScaleIsRefused() {
        WorkClient teacher = teacherWithDrafts("out-of-scale");

        refused(teacher, () -> teacher.answer(TIPS, SCALE, json("value", 5)), 400, "answer.value");
        refused(teacher, () -> teacher.answer(TIPS, SCALE, json("value", 0)), 400, "answer.value");
    }

    @Test
    void aFractionForAScaleValueIsRefusedNotRounded() {
        WorkClient teacher = teacherWithDrafts("fraction");

        refused(teacher, () -> teacher.answer(TIPS, SCALE, "{\"value\": 2.5}"), 400, "value");
    }

    @Test
    void aNumberWhereTextIsAskedIsRefusedAsTheWrongJsonType() {
        WorkClient teacher = teacherWithDrafts("number-for-text");

        refused(teacher, () -> teacher.answer(TIPS, OPEN, "{\"text\": 5}"), 400, "text");
    }

    @Test
    void textForAScaleValueIsRefusedAsTheWrongJsonType() {
        WorkClient teacher = teacherWithDrafts("text-for-number");

        refused(teacher, () -> teacher.answer(TIPS, SCALE, "{\"value\": \"3\"}"), 400, "value");
    }

    @Test
    void twoKindsOfAnswerAtOnceAreRefused() {
        WorkClient teacher = teacherWithDrafts("two-kinds");

        refused(teacher, () -> teacher.answer(TIPS, SCALE, "{\"text\": \"Vaak\", \"value\": 3}"), 400, "answer");
        refused(teacher, () -> teacher.answer(TIPS, CHOICE, "{\"optionIds\": [\"tip-1\"], \"value\": 3}"), 400, "answer");
    }

    @Test
    void anAnswerWithoutTextOptionsOrValueIsRefused() {
        WorkClient teacher = teacherWithDrafts("no-answer");

        refused(teacher, () -> teacher.answer(TIPS, OPEN, "{}"), 400, "answer");
        refused(teacher, () -> teacher.answer(TIPS, OPEN, "{\"text\": null}"), 400, "answer");
    }

    @Test
    void anEmptyBodyIsRefused() {
        WorkClient teacher = teacherWithDrafts("empty-body");

        refused(teacher, () -> teacher.answer(TIPS, OPEN, ""), 400, "answer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": \"half", "{\"text\": \"heel\"", "{text: \"zonder aanhalingstekens\"}", "geen JSON"})
    void malformedJsonIsRefusedSayingWhereItBreaks(String malformed) {
        WorkClient teacher = teacherWithDrafts("malformed-" + malformed.length());

        JsonNode problem = refused(teacher, () -> teacher.answer(TIPS, OPEN, malformed), 400);

        assertTrue(problem.path("detail").asText().startsWith("The body is not valid JSON (line 1, column "),
                problem.toString());
    }

    @Test
    void aFieldTheAnswerDoesNotHaveIsRefusedNamingIt() {
        WorkClient teacher = teacherWithDrafts("unknown-field");

        refused(teacher, () -> teacher.answer(TIPS, OPEN, "{\"txt\": \"Een antwoord\"}"), 400, "txt");
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        WorkClient teacher = teacherWithDrafts("not-json");

        refused(teacher, () -> teacher.send("PUT", answerPath(OPEN), "text/plain", "Een antwoord"), 415);
    }

    @Test
    void anUnknownQuestionIsNotFoundNamingQuestionId() {
        WorkClient teacher = teacherWithDrafts("unknown-question");

        refused(teacher, () -> teacher.answer(TIPS, "tip-11", json("value", 3)), 404, "questionId");
    }

    /** A teacher with a draft of each kind saved, which a refused request must leave as it is. */
    private WorkClient teacherWithDrafts(String subject) {
        WorkClient teacher = platform.teacher(subject);
        ok(teacher.answer(TIPS, OPEN, json("text", "Mijn eerste opzet")));
        ok(teacher.answer(TIPS, CHOICE, json("optionIds", List.of("tip-2"))));
        ok(teacher.answer(TIPS, SCALE, json("value", 2)));
        return teacher;
    }

    private static String answerPath(String questionId) {
        return "/api/assignments/" + TIPS + "/answers/" + questionId;
    }

    private static String tooLong() {
        return json("text", "a".repeat(OPEN_MAX_LENGTH + 1));
    }

    private static JsonNode refused(WorkClient teacher, Supplier<ToolClient.Answer> request, int status, String... fields) {
        return assertRefused(teacher, TIPS, request, status, fields);
    }
}
