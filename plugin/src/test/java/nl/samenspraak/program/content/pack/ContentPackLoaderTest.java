package nl.samenspraak.program.content.pack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.samenspraak.program.content.Caption;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.MediaLink;
import nl.samenspraak.program.content.PackFileRef;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentPackLoaderTest {

    private static final String BUILT_IN = "builtin/pack.json";

    @TempDir
    Path temp;

    private Path packs;
    private ContentPackLoader loader;

    @BeforeEach
    void builtInPackAndEmptyPacksFolder() {
        // The test pack plays the built-in pack, so these tests do not depend on the real one.
        Path builtIn = temp.resolve("builtin");
        TestPacks.writeMedia(builtIn);
        TestPacks.writePack(builtIn.resolve("pack.json"), TestPacks.valid());
        packs = temp.resolve("packs");
        TestPacks.write(packs.resolve(".keep"), "");
        loader = new ContentPackLoader(new PackSource(BUILT_IN, new FolderPackFiles(builtIn), "pack.json"),
                new PackFolderScanner(), PackReader.create(getClass().getClassLoader()), CatalogAssembler.create());
    }

    /** A small valid school pack with one reading assignment. */
    private static ObjectNode schoolPack(String packId, String assignmentId) {
        ObjectNode pack = TestPacks.JSON.createObjectNode();
        pack.put("formatVersion", 1).put("id", packId).put("version", "1");
        pack.putObject("title").put("nl", "Pakket " + packId);
        ObjectNode module = pack.putArray("modules").addObject();
        module.put("id", "eigen-module");
        module.putObject("title").put("nl", "Eigen module");
        ObjectNode assignment = module.putArray("assignments").addObject();
        assignment.put("id", assignmentId).put("type", "reading");
        assignment.putObject("title").put("nl", "Lezen");
        assignment.putObject("instructions").put("nl", "Lees.");
        assignment.putObject("text").put("nl", "Tekst.");
        ObjectNode question = assignment.putArray("questions").addObject();
        question.put("id", "vraag").put("kind", "open");
        question.putObject("prompt").put("nl", "Wat vind je?");
        return pack;
    }

    /** A videoSources entry giving the built-in test video a film shipped in the school pack. */
    private static ObjectNode filmFor(ObjectNode pack, String assignmentId) {
        ObjectNode entry = pack.withArray("videoSources").addObject();
        entry.put("assignment", assignmentId);
        entry.putObject("source").put("kind", "file").put("path", "media/eigen-film.mp4").put("mimeType", "video/mp4");
        entry.put("durationSeconds", 312);
        ObjectNode caption = entry.putArray("captions").addObject();
        caption.put("language", "nl").put("url", "https://media.myschool.nl/eigen-film.nl.vtt");
        caption.putObject("label").put("nl", "Nederlands");
        entry.putObject("questionTimes").put("keuze", 95);
        return entry;
    }

    private ProgramCatalog load() {
        return loader.load(Optional.of(packs));
    }

    @Test
    void loadsTheBuiltInPackAlone() {
        ProgramCatalog catalog = loader.load(Optional.empty());

        assertEquals(List.of(), catalog.problems());
        assertEquals(List.of("test-pack"), catalog.packs().stream().map(p -> p.pack().id()).toList());
        assertEquals(5, catalog.assignments().size());
    }

    @Test
    void loadsLooseAndFolderPacksInNameOrderAfterTheBuiltInPack() {
        TestPacks.writePack(packs.resolve("b-school.json"), schoolPack("b-school", "b-lezen"));
        TestPacks.writePack(packs.resolve("a-school/pack.json"), schoolPack("a-school", "a-lezen"));

        ProgramCatalog catalog = load();

        assertEquals(List.of(), catalog.problems());
        assertEquals(List.of("test-pack", "a-school", "b-school"), catalog.packs().stream().map(p -> p.pack().id()).toList());
        assertEquals(List.of("kijken", "oefenen", "eigen-module", "eigen-module"),
                catalog.modules().stream().map(m -> m.id()).toList());
        assertEquals("b-lezen", catalog.assignments().get(6).id());
        assertEquals("a-school/pack.json", catalog.pack("a-school").orElseThrow().file());
    }

    @Test
    void findsAnAssignmentWithItsPackAndModule() {
        ProgramCatalog catalog = loader.load(Optional.empty());

        AssignmentPlacement placement = catalog.placement("test-quickscan").orElseThrow();
        assertEquals("test-pack", placement.pack().id());
        assertEquals("oefenen", placement.module().id());
        assertEquals("test-quickscan", placement.assignment().id());
        assertEquals(Optional.empty(), catalog.assignment("bestaat-niet"));
    }

    @Test
    void aBrokenPackIsReportedAndTheOthersStillLoad() {
        ObjectNode broken = schoolPack("kapot", "kapot-lezen");
        TestPacks.at(broken, "/modules/0").remove("title");
        TestPacks.writePack(packs.resolve("kapot.json"), broken);
        TestPacks.write(packs.resolve("geen-json.json"), "{ dit is geen json");
        TestPacks.writePack(packs.resolve("goed.json"), schoolPack("goed", "goed-lezen"));

        ProgramCatalog catalog = load();

        assertEquals(List.of("test-pack", "goed"), catalog.packs().stream().map(p -> p.pack().id()).toList());
        TestPacks.assertProblem(catalog.problems(), "kapot.json", "$.modules[0].title", "is missing");
        TestPacks.assertProblem(catalog.problems(), "geen-json.json", "$", "not valid JSON at line 1");
        assertEquals(2, catalog.problems().size());
        assertTrue(catalog.assignment("kapot-lezen").isEmpty());
    }

    @Test
    void aDuplicatePackIdRejectsTheLaterPack() {
        TestPacks.writePack(packs.resolve("copy.json"), schoolPack("test-pack", "eigen-lezen"));

        ProgramCatalog catalog = load();

        assertEquals(List.of(new PackProblem("copy.json", "$.id", "The pack id 'test-pack' is already used by "
                + BUILT_IN + "; pack ids must be unique over all packs.")), catalog.problems());
        assertTrue(catalog.assignment("eigen-lezen").isEmpty());
    }

    @Test
    void aDuplicateAssignmentIdAcrossPacksRejectsTheLaterPackWhole() {
        ObjectNode school = schoolPack("school", "eigen-lezen");
        ObjectNode second = school.withArray("modules").addObject();
        second.put("id", "tweede");
        second.putObject("title").put("nl", "Tweede");
        second.putArray("assignments").add(schoolPack("x", "test-lezen").at("/modules/0/assignments/0").deepCopy());
        TestPacks.writePack(packs.resolve("school.json"), school);

        ProgramCatalog catalog = load();

        TestPacks.assertProblem(catalog.problems(), "school.json", "$.modules[1].assignments[0].id",
                "The assignment id 'test-lezen' is already used in " + BUILT_IN);
        assertTrue(catalog.assignment("eigen-lezen").isEmpty(), "the whole later pack is rejected");
        assertEquals("test-pack", catalog.placement("test-lezen").orElseThrow().pack().id());
    }

    @Test
    void videoSourcesGiveAnotherPacksVideoAFilm() throws IOException {
        ObjectNode school = schoolPack("school", "eigen-lezen");
        filmFor(school, "test-video");
        TestPacks.writePack(packs.resolve("school/pack.json"), school);
        TestPacks.write(packs.resolve("school/media/eigen-film.mp4"), "the school's film");

        ProgramCatalog catalog = load();

        assertEquals(List.of(), catalog.problems());
        VideoAssignment video = (VideoAssignment) catalog.assignment("test-video").orElseThrow();
        PackFileRef film = new PackFileRef("school", "media/eigen-film.mp4");
        assertEquals(new VideoSource.PackFile(film, "video/mp4"), video.video().source());
        assertEquals(312, video.video().durationSeconds());
        Caption caption = video.video().captions().get(0);
        assertEquals(Language.NL, caption.language());
        assertEquals(new MediaLink.Web(URI.create("https://media.myschool.nl/eigen-film.nl.vtt")), caption.link());
        assertEquals(1, video.video().captions().size());
        assertEquals(OptionalDouble.empty(), video.viewingQuestions().get(0).at(), "the old film's time no longer applies");
        assertEquals(OptionalDouble.of(95), video.viewingQuestions().get(1).at());
        assertEquals("Het gesprek", video.video().film().orElseThrow().in(Language.NL));
        assertEquals(video, catalog.packs().get(0).pack().assignments().get(0), "the pack holds the same film");
        try (InputStream in = catalog.file(film).orElseThrow().open()) {
            assertEquals("the school's film", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFilmForAnUnknownAssignmentRejectsItsPack() {
        ObjectNode school = schoolPack("school", "eigen-lezen");
        filmFor(school, "bestaat-niet");
        TestPacks.writePack(packs.resolve("school/pack.json"), school);
        TestPacks.write(packs.resolve("school/media/eigen-film.mp4"), "film");

        ProgramCatalog catalog = load();

        assertEquals(List.of(new PackProblem("school/pack.json", "$.videoSources[0].assignment",
                "There is no assignment 'bestaat-niet' in any loaded pack.")), catalog.problems());
        assertTrue(catalog.pack("school").isEmpty());
    }

    @Test
    void aFilmForAnAssignmentThatIsNoVideoRejectsItsPack() {
        ObjectNode school = schoolPack("school", "eigen-lezen");
        filmFor(school, "test-lezen").remove("questionTimes");
        TestPacks.writePack(packs.resolve("school/pack.json"), school);
        TestPacks.write(packs.resolve("school/media/eigen-film.mp4"), "film");

        ProgramCatalog catalog = load();

        TestPacks.assertProblem(catalog.problems(), "school/pack.json", "$.videoSources[0].assignment",
                "'test-lezen' is a reading assignment; only a video assignment can be given a film");
    }

    @Test
    void aTimeForAnUnknownViewingQuestionRejectsItsPack() {
        ObjectNode school = schoolPack("school", "eigen-lezen");
        ((ObjectNode) filmFor(school, "test-video").get("questionTimes")).put("andere-vraag", 10);
        TestPacks.writePack(packs.resolve("school/pack.json"), school);
        TestPacks.write(packs.resolve("school/media/eigen-film.mp4"), "film");

        ProgramCatalog catalog = load();

        assertEquals(List.of(new PackProblem("school/pack.json", "$.videoSources[0].questionTimes.andere-vraag",
                "The assignment 'test-video' has no viewing question 'andere-vraag'.")), catalog.problems());
    }

    @Test
    void aSecondFilmForTheSameAssignmentRejectsTheLaterPack() {
        for (String id : List.of("school-a", "school-b")) {
            ObjectNode school = schoolPack(id, id + "-lezen");
            filmFor(school, "test-video");
            TestPacks.writePack(packs.resolve(id + "/pack.json"), school);
            TestPacks.write(packs.resolve(id + "/media/eigen-film.mp4"), "film of " + id);
        }

        ProgramCatalog catalog = load();

        assertEquals(List.of(new PackProblem("school-b/pack.json", "$.videoSources[0].assignment",
                "The film for assignment 'test-video' is already given by school-a/pack.json.")), catalog.problems());
        VideoAssignment video = (VideoAssignment) catalog.assignment("test-video").orElseThrow();
        assertEquals("school-a", ((VideoSource.PackFile) video.video().source()).file().packId());
    }

    @Test
    void aFilmForAVideoOfAPackRejectedForItsOwnFilmsRejectsThePackThatGivesIt() {
        // "a-films" (checked first) gives a film for the video of "b-videos"; "b-videos" is rejected for a
        // film of its own, after which the film of "a-films" has nothing to go to any more.
        ObjectNode videos = schoolPack("b-videos", "b-lezen");
        ObjectNode ownVideo = TestPacks.valid().at("/modules/0/assignments/0").deepCopy();
        ownVideo.put("id", "b-video");
        ((ObjectNode) ownVideo.get("video")).putObject("source").put("kind", "embed").put("url", "https://player.example.nl/b");
        ((ArrayNode) ownVideo.at("/video/captions")).remove(0);
        ((ArrayNode) videos.at("/modules/0/assignments")).add(ownVideo);
        filmFor(videos, "bestaat-niet").remove("questionTimes");
        TestPacks.writePack(packs.resolve("b-videos/pack.json"), videos);
        TestPacks.write(packs.resolve("b-videos/media/eigen-film.mp4"), "film");
        ObjectNode films = schoolPack("a-films", "a-lezen");
        filmFor(films, "b-video").remove("questionTimes");
        TestPacks.writePack(packs.resolve("a-films/pack.json"), films);
        TestPacks.write(packs.resolve("a-films/media/eigen-film.mp4"), "film");

        ProgramCatalog catalog = load();

        assertEquals(List.of(
                new PackProblem("b-videos/pack.json", "$.videoSources[0].assignment",
                        "There is no assignment 'bestaat-niet' in any loaded pack."),
                new PackProblem("a-films/pack.json", "$.videoSources[0].assignment",
                        "There is no assignment 'b-video' in any loaded pack.")), catalog.problems());
        assertEquals(List.of("test-pack"), catalog.packs().stream().map(p -> p.pack().id()).toList());
    }

    @Test
    void opensPackMediaButNothingOutsideThePack() throws IOException {
        TestPacks.write(temp.resolve("secret.txt"), "secret");
        ProgramCatalog catalog = loader.load(Optional.empty());

        try (InputStream in = catalog.file(new PackFileRef("test-pack", "media/film.nl.vtt")).orElseThrow().open()) {
            assertEquals("WEBVTT\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(catalog.file(new PackFileRef("test-pack", "../secret.txt")).isEmpty());
        assertTrue(catalog.file(new PackFileRef("andere-pack", "media/film.nl.vtt")).isEmpty());
    }

    @Test
    void aMissingPacksFolderIsReportedAndTheBuiltInPackStillLoads() {
        ProgramCatalog catalog = loader.load(Optional.of(temp.resolve("bestaat-niet")));

        assertEquals(1, catalog.problems().size());
        assertEquals("The packs folder does not exist or is not a folder.", catalog.problems().get(0).message());
        assertEquals(List.of("test-pack"), catalog.packs().stream().map(p -> p.pack().id()).toList());
    }

    @Test
    void aMissingBuiltInPackIsReported() {
        ContentPackLoader withoutBuiltIn = new ContentPackLoader(
                new PackSource(BUILT_IN, new FolderPackFiles(temp.resolve("leeg")), "pack.json"),
                new PackFolderScanner(), PackReader.create(getClass().getClassLoader()), CatalogAssembler.create());

        ProgramCatalog catalog = withoutBuiltIn.load(Optional.empty());

        assertEquals(List.of(new PackProblem(BUILT_IN, "$", "The pack file was not found.")), catalog.problems());
        assertTrue(catalog.packs().isEmpty());
    }
}
