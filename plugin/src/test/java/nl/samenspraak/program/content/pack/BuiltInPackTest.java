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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pack shipped in the plugin jar loads cleanly and covers the whole training. */
class BuiltInPackTest {

    private final ProgramCatalog catalog = ContentPackLoader.create(getClass().getClassLoader()).load(Optional.empty());

    @Test
    void loadsWithoutProblems() {
        assertEquals(List.of(), catalog.problems());
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
}
