package nl.samenspraak.program.content.pack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.samenspraak.program.content.ActionPlanAssignment;
import nl.samenspraak.program.content.AssignmentType;
import nl.samenspraak.program.content.Caption;
import nl.samenspraak.program.content.ChoiceQuestion;
import nl.samenspraak.program.content.ContentPack;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.MediaLink;
import nl.samenspraak.program.content.OpenQuestion;
import nl.samenspraak.program.content.PackFileRef;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.program.content.QuickscanAssignment;
import nl.samenspraak.program.content.ReadingAssignment;
import nl.samenspraak.program.content.ScaleQuestion;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackReaderTest {

    private final PackReader reader = PackReader.create(getClass().getClassLoader());

    @TempDir
    Path folder;

    private Checked<LoadedPack> read(ObjectNode pack) {
        TestPacks.writeMedia(folder);
        TestPacks.writePack(folder.resolve("pack.json"), pack);
        return reader.read(new PackSource("school/pack.json", new FolderPackFiles(folder), "pack.json"));
    }

    @Test
    void readsAValidPackWithEveryAssignmentType() {
        Checked<LoadedPack> result = read(TestPacks.valid());

        assertEquals(List.of(), result.problems());
        LoadedPack loaded = result.value().orElseThrow();
        assertEquals("school/pack.json", loaded.file());
        ContentPack pack = loaded.pack();
        assertEquals("test-pack", pack.id());
        assertEquals("1.0.0", pack.version());
        assertEquals("Test pack", pack.title().in(Language.EN));
        assertEquals("Gemaakt voor de tests", pack.credits().orElseThrow().in(Language.EN));
        assertTrue(pack.description().isEmpty());
        assertEquals(List.of("kijken", "oefenen"), pack.modules().stream().map(m -> m.id()).toList());
        assertEquals(List.of(AssignmentType.VIDEO, AssignmentType.READING, AssignmentType.PEER_COACHING,
                AssignmentType.QUICKSCAN, AssignmentType.ACTION_PLAN),
                pack.assignments().stream().map(a -> a.type()).toList());
    }

    @Test
    void mapsAVideoAssignmentWithItsDefaults() {
        VideoAssignment video = (VideoAssignment) read(TestPacks.valid()).value().orElseThrow().pack().assignments().get(0);

        assertEquals(new VideoSource.PackFile(new PackFileRef("test-pack", "media/film.webm"), "video/webm"),
                video.video().source());
        assertEquals(120, video.video().durationSeconds());
        assertEquals(0.8, video.requiredWatchedShare());
        Caption english = video.video().captions().get(1);
        assertEquals(Language.EN, english.language());
        assertEquals(new MediaLink.Web(URI.create("https://media.example.nl/film.en.vtt")), english.link());
        assertEquals(OptionalDouble.of(30), video.viewingQuestions().get(0).at());
        assertEquals(OptionalDouble.empty(), video.viewingQuestions().get(2).at());
        OpenQuestion open = (OpenQuestion) video.viewingQuestions().get(0).question();
        assertEquals(10, open.minLength());
        assertTrue(open.required());
        ChoiceQuestion choice = (ChoiceQuestion) video.viewingQuestions().get(1).question();
        assertFalse(choice.multiple());
        ScaleQuestion scale = (ScaleQuestion) video.viewingQuestions().get(2).question();
        assertFalse(scale.required());
        assertEquals("goed", scale.scale().maxLabel().orElseThrow().in(Language.NL));
    }

    @Test
    void mapsTheOtherAssignmentTypes() {
        List<?> assignments = read(TestPacks.valid()).value().orElseThrow().pack().assignments();

        ReadingAssignment reading = assertInstanceOf(ReadingAssignment.class, assignments.get(1));
        assertEquals(new MediaLink.InPack(new PackFileRef("test-pack", "docs/lezer.pdf")),
                reading.document().orElseThrow().link());
        OpenQuestion reflection = (OpenQuestion) reading.questions().get(0);
        assertEquals(0, reflection.minLength());
        assertEquals(4000, reflection.maxLength());

        PeerCoachingAssignment coaching = assertInstanceOf(PeerCoachingAssignment.class, assignments.get(2));
        assertEquals(List.of("welkom", "doel", "afspraken"),
                coaching.observationForm().behaviours().stream().map(b -> b.id()).toList());
        assertEquals(1, coaching.observations().receive());

        QuickscanAssignment quickscan = assertInstanceOf(QuickscanAssignment.class, assignments.get(3));
        assertEquals(2, quickscan.sectors().get(0).themes().size());

        ActionPlanAssignment plan = assertInstanceOf(ActionPlanAssignment.class, assignments.get(4));
        assertTrue(plan.allowOwnActions());
        assertEquals(2, plan.minActions());
    }

    @Test
    void reportsAJsonSyntaxErrorWithLineAndColumn() {
        TestPacks.write(folder.resolve("pack.json"), "{\n  \"formatVersion\": 1,\n  \"id\": \"x\"\n  \"version\": \"1\"\n}");

        Checked<LoadedPack> result = reader.read(new PackSource("broken.json", new FolderPackFiles(folder), "pack.json"));

        assertTrue(result.value().isEmpty());
        TestPacks.assertProblem(result.problems(), "broken.json", "$", "line 4, column 3");
        assertEquals(1, result.problems().size());
    }

    @Test
    void rejectsDuplicateKeysAndEmptyFiles() {
        TestPacks.write(folder.resolve("a.json"), "{\"id\": \"aa\", \"id\": \"bb\"}");
        TestPacks.write(folder.resolve("b.json"), "  ");

        List<PackProblem> duplicate = reader.read(new PackSource("a.json", new FolderPackFiles(folder), "a.json")).problems();
        List<PackProblem> empty = reader.read(new PackSource("b.json", new FolderPackFiles(folder), "b.json")).problems();

        TestPacks.assertProblem(duplicate, "a.json", "$", "Duplicate field 'id'");
        TestPacks.assertProblem(empty, "b.json", "$", "The file is empty.");
    }

    @Test
    void reportsAMissingPackFile() {
        List<PackProblem> problems = reader.read(new PackSource("gone.json", new FolderPackFiles(folder), "gone.json")).problems();

        TestPacks.assertProblem(problems, "gone.json", "$", "not found");
    }

    @Test
    void aPlainHttpLinkInATextLoadsWithAWarningSayingWhereAndWhatToUse() {
        ObjectNode pack = TestPacks.valid();
        TestPacks.at(pack, "/modules/0/assignments/1/instructions").put("nl", "Lees http://voorbeeld.nl/tekst.pdf eerst.");

        Checked<LoadedPack> result = read(pack);

        assertEquals(List.of(), result.problems(), "a warning does not reject the pack");
        List<PackProblem> warnings = result.value().orElseThrow().warnings();
        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals("$.modules[0].assignments[1].instructions.nl", warnings.get(0).jsonPath());
        assertTrue(warnings.get(0).message().contains("'http://voorbeeld.nl/tekst.pdf'"), warnings.get(0).message());
        assertTrue(warnings.get(0).message().contains("https://"), warnings.get(0).message());
        assertEquals(List.of(), read(TestPacks.valid()).value().orElseThrow().warnings(), "no warning without one");
    }
}
