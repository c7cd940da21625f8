package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Versions of answers over HTTP: GET and every save give the version; a save with If-Match of an older one
 * is 409 problem+json carrying the newer answer, and changes nothing; a save without If-Match still works.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftVersionsApiIT {

    private static final String TIPS = "tien-tips-samenwerking-ouders";
    private static final String OPEN = "tips-al-toegepast";
    private static final String PATH = "/api/assignments/" + TIPS + "/answers/" + OPEN;

    private final WorkPlatform platform = new WorkPlatform();

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    @Test
    void aSaveOverAnOlderVersionGetsTheNewerAnswerAndChangesNothing() {
        WorkClient teacher = platform.teacher("versions-stale");
        long first = ok(teacher.answer(TIPS, OPEN, json("text", "Uit het andere venster"))).path("version").asLong();
        assertTrue(first > 0, "a saved answer has a version");
        assertEquals(first, teacher.assignment(TIPS).at("/answers/" + OPEN + "/version").asLong());

        JsonNode conflict = assertProblem(ifMatch(teacher, "\"0\"", "Uit dit venster"), 409, "answers." + OPEN);

        assertEquals(first, conflict.at("/current/version").asLong(), conflict.toString());
        assertEquals("Uit het andere venster", conflict.at("/current/draft/text").asText());
        assertTrue(conflict.at("/current/savedAt").isTextual(), conflict.toString());
        assertEquals("Uit het andere venster", teacher.assignment(TIPS).at("/answers/" + OPEN + "/text").asText());

        JsonNode kept = ok(ifMatch(teacher, "\"" + first + "\"", "Uit dit venster, gekozen"));
        assertTrue(kept.path("version").asLong() > first, kept.toString());
        assertEquals("Uit dit venster, gekozen", teacher.assignment(TIPS).at("/answers/" + OPEN + "/text").asText());
    }

    @Test
    void withoutIfMatchTheLastSaveWinsAndABadOneIsRefused() {
        WorkClient teacher = platform.teacher("versions-without");
        ok(teacher.answer(TIPS, OPEN, json("text", "Eerste")));
        ok(teacher.answer(TIPS, OPEN, json("text", "Tweede, van een pagina van voor de versies")));
        assertEquals("Tweede, van een pagina van voor de versies",
                teacher.assignment(TIPS).at("/answers/" + OPEN + "/text").asText());

        assertProblem(ifMatch(teacher, "versie drie", "Derde"), 400, "If-Match");
        assertEquals("Tweede, van een pagina van voor de versies",
                teacher.assignment(TIPS).at("/answers/" + OPEN + "/text").asText());
    }

    private static ToolClient.Answer ifMatch(WorkClient teacher, String version, String text) {
        return teacher.send("PUT", PATH, "application/json", json("text", text), "If-Match", version);
    }
}
