package nl.samenspraak.tool.work.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspraak.program.content.LocalizedText;
import org.junit.jupiter.api.function.Executable;

/** Checks of a refused change: its reason, and that it speaks Dutch and English. */
final class Refusals {

    private Refusals() {
    }

    static WorkRejectedException refused(WorkRejectedException.Reason reason, Executable change) {
        WorkRejectedException refused = assertThrows(WorkRejectedException.class, change);
        assertEquals(reason, refused.reason(), refused::getMessage);
        bilingual(refused.detail());
        refused.issues().forEach(issue -> bilingual(issue.message()));
        return refused;
    }

    static List<String> fields(WorkRejectedException refused) {
        return refused.issues().stream().map(WorkRejectedException.FieldIssue::field).toList();
    }

    private static void bilingual(LocalizedText text) {
        assertTrue(text.en().isPresent(), () -> "no English for: " + text.nl());
        assertNotEquals(text.nl(), text.en().get());
    }
}
