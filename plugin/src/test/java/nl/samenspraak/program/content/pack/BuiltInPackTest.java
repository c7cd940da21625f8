package nl.samenspraak.program.content.pack;

import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.AssignmentType;
import nl.samenspraak.program.content.Caption;
import nl.samenspraak.program.content.MediaLink;
import nl.samenspraak.program.content.PackFileRef;
import nl.samenspraak.program.content.ReadingAssignment;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pack shipped in the plugin jar loads cleanly and covers the whole training. */
class BuiltInPackTest {

    private final ProgramCatalog catalog = ContentPackLoader.create(getClass().getClassLoader()).load(Optional.empty());

    @Test
    void loadsWithoutProblems() {
        assertEquals(List.of(), catalog.problems());
        assertEquals(List.of(), catalog.warnings(), "the built-in pack links with https only");
        assertEquals(1, catalog.packs().size());
        assertEquals(ContentPackLoader.BUILT_IN_FILE, catalog.packs().get(0).file());
        assertEquals("classpath:samenspraak/packs/builtin/pack.json", ContentPackLoader.BUILT_IN_FILE);
    }

    @Test
    void hasAtLeastFiveModulesCoveringEveryAssignmentType() {
        assertTrue(catalog.modules().size() >= 5, () -> "only " + catalog.modules().size() + " modules");
        Set<AssignmentType> types = catalog.assignments().stream().map(Assignment::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AssignmentType.class)));
        assertEquals(EnumSet.allOf(AssignmentType.class), types);
    }

    @Test
    void everyMediaFileItNamesCanBeOpened() {
        List<PackFileRef> files = new ArrayList<>();
        for (Assignment assignment : catalog.assignments()) {
            if (assignment instanceof VideoAssignment video) {
                if (video.video().source() instanceof VideoSource.PackFile file) {
                    files.add(file.file());
                }
                video.video().captions().stream().map(Caption::link).forEach(link -> addPackFile(link, files));
            }
            if (assignment instanceof ReadingAssignment reading) {
                reading.document().ifPresent(document -> addPackFile(document.link(), files));
            }
        }
        for (PackFileRef file : files) {
            assertTrue(catalog.file(file).filter(found -> found.size() > 0).isPresent(), () -> "cannot open " + file);
        }
    }

    private static void addPackFile(MediaLink link, List<PackFileRef> files) {
        if (link instanceof MediaLink.InPack inPack) {
            files.add(inPack.file());
        }
    }

    @Test
    void everyVideoAssignmentHasASampleFilmOfItsOwn() {
        List<VideoAssignment> videos = videos();
        Set<PackFileRef> films = videos.stream().map(video -> ((VideoSource.PackFile) video.video().source()).file())
                .collect(Collectors.toSet());

        assertTrue(videos.size() >= 3, "the pack has its three video assignments");
        assertEquals(videos.size(), films.size(), "one film is shared by several assignments: " + films);
    }

    /**
     * A sample film's spoken lines all end before the duration the pack gives, and no timed question
     * pauses the film while someone is speaking (the generator places scene boundaries for them).
     */
    @Test
    void timedQuestionsFallBetweenSpokenLinesOfTheirFilm() throws IOException {
        for (VideoAssignment video : videos()) {
            for (Caption caption : video.video().captions()) {
                PackFileRef ref = ((MediaLink.InPack) caption.link()).file();
                List<double[]> cues = cues(catalog.file(ref).orElseThrow());
                assertFalse(cues.isEmpty(), () -> ref + " has no cues");
                double lastEnd = cues.get(cues.size() - 1)[1];
                assertTrue(lastEnd <= video.video().durationSeconds(),
                        () -> ref + " runs until " + lastEnd + " s, after the film's " + video.video().durationSeconds() + " s");
                for (var question : video.viewingQuestions()) {
                    question.at().ifPresent(at -> assertTrue(cues.stream().noneMatch(cue -> cue[0] < at && at < cue[1]),
                            () -> video.id() + ": the question at " + at + " s interrupts a line in " + ref));
                }
            }
        }
    }

    private List<VideoAssignment> videos() {
        return catalog.assignments().stream().filter(VideoAssignment.class::isInstance).map(VideoAssignment.class::cast)
                .filter(video -> video.video().source() instanceof VideoSource.PackFile)
                .toList();
    }

    private static final Pattern CUE_TIMES = Pattern.compile(
            "(\\d{2}):(\\d{2}):(\\d{2}\\.\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2}\\.\\d{3})");

    private static List<double[]> cues(PackFile file) throws IOException {
        String text;
        try (InputStream in = file.open()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<double[]> cues = new ArrayList<>();
        Matcher matcher = CUE_TIMES.matcher(text);
        while (matcher.find()) {
            cues.add(new double[] {seconds(matcher, 1), seconds(matcher, 4)});
        }
        return cues;
    }

    private static double seconds(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group)) * 3600 + Integer.parseInt(matcher.group(group + 1)) * 60
                + Double.parseDouble(matcher.group(group + 2));
    }
}
