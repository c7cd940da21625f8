package nl.samenspraak.program.content.pack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static nl.samenspraak.program.content.pack.TestPacks.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of broken pack is rejected with the file, the JSON path and a message an author can act on. */
class BrokenPackTest {

    private static final String FILE = "school/pack.json";
    private static final String VIDEO = "/modules/0/assignments/0";
    private static final String READING = "/modules/0/assignments/1";
    private static final String COACHING = "/modules/1/assignments/0";
    private static final String QUICKSCAN = "/modules/1/assignments/1";
    private static final String PLAN = "/modules/1/assignments/2";

    private final PackReader reader = PackReader.create(getClass().getClassLoader());

    @TempDir
    Path folder;

    private List<PackProblem> problems(Consumer<ObjectNode> breakIt) {
        ObjectNode pack = TestPacks.valid();
        breakIt.accept(pack);
        TestPacks.writeMedia(folder);
        TestPacks.writePack(folder.resolve("pack.json"), pack);
        Checked<LoadedPack> result = reader.read(new PackSource(FILE, new FolderPackFiles(folder), "pack.json"));
        assertTrue(result.value().isEmpty(), "a broken pack is rejected whole");
        return result.problems();
    }

    private void assertOnlyProblem(Consumer<ObjectNode> breakIt, String jsonPath, String messagePart) {
        List<PackProblem> problems = problems(breakIt);
        TestPacks.assertProblem(problems, FILE, jsonPath, messagePart);
        assertEquals(1, problems.size(), () -> "expected exactly one problem, got " + problems);
    }

    // --- schema ---

    @Test
    void missingRequiredField() {
        assertOnlyProblem(pack -> at(pack, "/modules/1").remove("title"),
                "$.modules[1].title", "The field 'title' is missing");
    }

    @Test
    void misspelledFieldNamesTheAllowedOnes() {
        assertOnlyProblem(pack -> at(pack, READING + "/questions/0").put("minLenght", 20),
                "$.modules[0].assignments[1].questions[0].minLenght", "Unknown field 'minLenght'");
        TestPacks.assertProblem(problems(pack -> at(pack, READING + "/questions/0").put("minLenght", 20)),
                FILE, "$.modules[0].assignments[1].questions[0].minLenght", "minLength, maxLength");
    }

    @Test
    void unknownTopLevelField() {
        assertOnlyProblem(pack -> pack.put("auteur", "ik"), "$.auteur", "Unknown field 'auteur'");
    }

    @Test
    void fieldOfAnotherAssignmentType() {
        assertOnlyProblem(pack -> at(pack, READING).put("minActions", 2),
                "$.modules[0].assignments[1].minActions", "Unknown field 'minActions'");
    }

    @Test
    void wrongFormatVersion() {
        assertOnlyProblem(pack -> pack.put("formatVersion", 2), "$.formatVersion", "Must be 1; found 2");
    }

    @Test
    void invalidId() {
        assertOnlyProblem(pack -> at(pack, "/modules/0").put("id", "Kijken"),
                "$.modules[0].id", "'Kijken' is not a valid id");
    }

    @Test
    void textWrittenAsPlainString() {
        assertOnlyProblem(pack -> at(pack, VIDEO).put("title", "Film"),
                "$.modules[0].assignments[0].title", "A text is written as {\"nl\"");
    }

    @Test
    void blankDutchText() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/title").put("nl", "  "),
                "$.modules[0].assignments[0].title.nl", "Must not be empty");
    }

    @Test
    void unknownAssignmentType() {
        assertOnlyProblem(pack -> at(pack, VIDEO).put("type", "film"),
                "$.modules[0].assignments[0].type", "Must be one of 'video', 'reading', 'peer-coaching', 'quickscan' or 'action-plan'");
    }

    @Test
    void maxLengthAboveTheLimit() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/viewingQuestions/0").put("maxLength", 30000),
                "$.modules[0].assignments[0].viewingQuestions[0].maxLength", "Must be at most 20000");
    }

    @Test
    void timeStampOutsideAVideo() {
        assertOnlyProblem(pack -> at(pack, READING + "/questions/0").put("at", 12),
                "$.modules[0].assignments[1].questions[0].at", "The field 'at' is not allowed here");
    }

    @Test
    void choiceWithOneOption() {
        assertOnlyProblem(pack -> ((ArrayNode) pack.at(VIDEO + "/viewingQuestions/1/options")).remove(1),
                "$.modules[0].assignments[0].viewingQuestions[1].options", "Needs at least 2 entries; found 1");
    }

    @Test
    void captionWithBothPathAndUrl() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/video/captions/0").put("url", "https://example.nl/a.vtt"),
                "$.modules[0].assignments[0].video.captions[0]", "Give only one of 'path' or 'url'");
    }

    @Test
    void captionWithNeitherPathNorUrl() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/video/captions/0").remove("path"),
                "$.modules[0].assignments[0].video.captions[0]", "Give one of 'path' or 'url'");
    }

    @Test
    void readingWithoutTextOrDocument() {
        assertOnlyProblem(pack -> at(pack, READING).remove(List.of("text", "document")),
                "$.modules[0].assignments[1]", "Give at least one of 'text' or 'document'");
    }

    @Test
    void plainHttpAddress() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/video/captions/1").put("url", "http://media.example.nl/film.en.vtt"),
                "$.modules[0].assignments[0].video.captions[1].url", "not a web address starting with https://");
    }

    @Test
    void requiredWatchedShareAsPercentage() {
        assertOnlyProblem(pack -> at(pack, VIDEO).put("requiredWatchedShare", 80),
                "$.modules[0].assignments[0].requiredWatchedShare", "Must be at most 1");
    }

    @Test
    void wrongJsonType() {
        assertOnlyProblem(pack -> at(pack, PLAN).put("minActions", "twee"),
                "$.modules[1].assignments[2].minActions", "Expected a whole number here; found a text in quotes");
    }

    @Test
    void videoSourceMissingItsMimeType() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/video/source").remove("mimeType"),
                "$.modules[0].assignments[0].video.source.mimeType", "The field 'mimeType' is missing");
    }

    // --- semantic rules ---

    @Test
    void duplicateModuleId() {
        assertOnlyProblem(pack -> at(pack, "/modules/1").put("id", "kijken"),
                "$.modules[1].id", "Duplicate module id 'kijken': it is already used at $.modules[0]");
    }

    @Test
    void duplicateAssignmentIdInThePack() {
        assertOnlyProblem(pack -> at(pack, PLAN).put("id", "test-video"),
                "$.modules[1].assignments[2].id", "Duplicate assignment id 'test-video'");
    }

    @Test
    void duplicateQuestionId() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/viewingQuestions/2").put("id", "keuze"),
                "$.modules[0].assignments[0].viewingQuestions[2].id", "Duplicate question id 'keuze'");
    }

    @Test
    void duplicateOptionId() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/viewingQuestions/1/options/1").put("id", "a1"),
                "$.modules[0].assignments[0].viewingQuestions[1].options[1].id", "Duplicate option id 'a1'");
    }

    @Test
    void duplicateBehaviourAcrossPhases() {
        assertOnlyProblem(pack -> at(pack, COACHING + "/observationForm/phases/1/behaviours/0").put("id", "welkom"),
                "$.modules[1].assignments[0].observationForm.phases[1].behaviours[0].id", "Duplicate behaviour id 'welkom'");
    }

    @Test
    void duplicateStatementAcrossThemesOfASector() {
        assertOnlyProblem(pack -> at(pack, QUICKSCAN + "/sectors/0/themes/1/statements/0").put("id", "s1"),
                "$.modules[1].assignments[1].sectors[0].themes[1].statements[0].id", "Duplicate statement id 's1'");
    }

    @Test
    void minLengthAboveMaxLength() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/viewingQuestions/0").put("minLength", 600),
                "$.modules[0].assignments[0].viewingQuestions[0].maxLength", "maxLength (500) is smaller than minLength (600)");
    }

    @Test
    void minLengthAboveTheDefaultMaxLength() {
        assertOnlyProblem(pack -> at(pack, READING + "/questions/0").put("minLength", 5000),
                "$.modules[0].assignments[1].questions[0].minLength", "default maxLength of 4000");
    }

    @Test
    void scaleWithMinNotBelowMax() {
        assertOnlyProblem(pack -> at(pack, QUICKSCAN + "/scale").put("min", 4),
                "$.modules[1].assignments[1].scale.max", "max (4) must be greater than min (4)");
    }

    @Test
    void scaleWithTooManySteps() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/viewingQuestions/2/scale").put("min", 0).put("max", 20),
                "$.modules[0].assignments[0].viewingQuestions[2].scale.max", "at most 11 steps; 0 to 20 has 21");
    }

    @Test
    void questionTimeAfterTheEndOfTheVideo() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/viewingQuestions/1").put("at", 120),
                "$.modules[0].assignments[0].viewingQuestions[1].at", "the video lasts 120 s");
    }

    @Test
    void twoCaptionsInOneLanguage() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/video/captions/1").put("language", "nl"),
                "$.modules[0].assignments[0].video.captions[1].language",
                "already a caption file for language 'nl' at $.modules[0].assignments[0].video.captions[0]");
    }

    @Test
    void missingMediaFile() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/video/source").put("path", "media/andere-film.webm"),
                "$.modules[0].assignments[0].video.source.path", "The file 'media/andere-film.webm' was not found");
    }

    @Test
    void mediaPathLeavingThePackFolder() {
        TestPacks.write(folder.resolveSibling("secret.webm"), "outside the pack");
        assertOnlyProblem(pack -> at(pack, VIDEO + "/video/source").put("path", "../secret.webm"),
                "$.modules[0].assignments[0].video.source.path", "The path '../secret.webm' is not allowed");
    }

    @Test
    void absoluteDocumentPath() {
        assertOnlyProblem(pack -> at(pack, READING + "/document").put("path", "/etc/passwd"),
                "$.modules[0].assignments[1].document.path", "The path '/etc/passwd' is not allowed");
    }

    @Test
    void malformedHttpsAddress() {
        assertOnlyProblem(pack -> at(pack, VIDEO + "/video/captions/1").put("url", "https://media|example.nl/x.vtt"),
                "$.modules[0].assignments[0].video.captions[1].url", "is not a valid web address");
    }

    @Test
    void actionPlanThatCannotBeCompleted() {
        assertOnlyProblem(pack -> at(pack, PLAN).put("allowOwnActions", false).put("minActions", 3),
                "$.modules[1].assignments[2].minActions", "only 2 actions to choose from");
    }

    @Test
    void schemaErrorsComeBeforeSemanticRules() {
        List<PackProblem> problems = problems(pack -> {
            pack.remove("version");
            at(pack, "/modules/1").put("id", "kijken");
        });

        assertEquals(List.of(new PackProblem(FILE, "$.version", "The field 'version' is missing; it is required here.")),
                problems);
    }
}
