package nl.samenspraak.tool.work.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.QuickscanAssignment;
import nl.samenspraak.program.content.ScaleDefinition;
import nl.samenspraak.program.content.Sector;
import nl.samenspraak.program.content.Statement;
import nl.samenspraak.program.content.Theme;
import nl.samenspraak.program.progress.ThemeResult;
import nl.samenspraak.tool.catalog.interfaces.rest.ProgramJson;
import nl.samenspraak.tool.interfaces.rest.JsonProvider;
import nl.samenspraak.tool.work.application.QuickscanAttempt;
import nl.samenspraak.tool.work.application.QuickscanService;
import nl.samenspraak.tool.work.application.StoredAction;
import org.junit.jupiter.api.Test;

/** The JSON the front end reads for a quickscan and an action plan: every field there, null when absent. */
class WorkViewsTest {

    private static final Instant STARTED = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalizedText TEXT = LocalizedText.of("tekst", "text");
    private static final Theme CONTACT = new Theme("contact", LocalizedText.of("Contact met ouders", "Contact with parents"),
            List.of(new Statement("s1", TEXT), new Statement("s2", TEXT)));
    private static final QuickscanAssignment SCAN = new QuickscanAssignment("scan", TEXT, TEXT,
            new ScaleDefinition(1, 4, Optional.empty(), Optional.empty()), List.of(new Sector("po", TEXT, List.of(CONTACT))));

    private final ProgramJson json = new ProgramJson();
    private final ObjectMapper api = new JsonProvider().locateMapper(Object.class, MediaType.APPLICATION_JSON_TYPE);

    @Test
    void aQuickscanShowsTheCurrentAttemptAndEachAttemptsResultsInTheLanguage() {
        QuickscanAttempt submitted = new QuickscanAttempt(11, 1, Optional.of("po"), STARTED,
                Optional.of(STARTED.plusSeconds(600)), Map.of("s1", 4));
        QuickscanAttempt retake = new QuickscanAttempt(12, 2, Optional.of("po"), STARTED.plusSeconds(3600),
                Optional.empty(), Map.of());
        QuickscanService.Attempts attempts = new QuickscanService.Attempts(SCAN, List.of(
                scored(submitted, new ThemeResult("po", "contact", 1, 2, OptionalDouble.of(1.0))),
                scored(retake, new ThemeResult("po", "contact", 0, 2, OptionalDouble.empty()))));

        JsonNode english = json.toTree(QuickscanView.of(attempts), Language.EN);

        assertEquals(2, english.get("current").asInt());
        assertEquals(1, english.at("/attempts/0/number").asInt());
        assertEquals("po", english.at("/attempts/0/sectorId").asText());
        assertEquals("2026-11-26T10:00:00Z", english.at("/attempts/0/startedAt").asText());
        assertEquals("2026-11-26T10:10:00Z", english.at("/attempts/0/submittedAt").asText());
        assertEquals(4, english.at("/attempts/0/responses/s1").asInt());
        assertEquals("Contact with parents", english.at("/attempts/0/results/0/title").asText());
        assertEquals(1.0, english.at("/attempts/0/results/0/score").asDouble());
        assertEquals(2, english.at("/attempts/0/results/0/statements").asInt());
        assertTrue(english.at("/attempts/1/submittedAt").isNull());
        assertTrue(english.at("/attempts/1/results/0/score").isNull());
        assertEquals(0, english.at("/attempts/1/results/0/answered").asInt());
        assertEquals("Contact met ouders", json.toTree(QuickscanView.of(attempts), Language.NL)
                .at("/attempts/0/results/0/title").asText());
    }

    @Test
    void withoutAnAttemptBeingFilledInCurrentIsNull() {
        QuickscanAttempt noSector = new QuickscanAttempt(11, 1, Optional.empty(), STARTED, Optional.of(STARTED), Map.of());
        JsonNode view = json.toTree(QuickscanView.of(new QuickscanService.Attempts(SCAN,
                List.of(new QuickscanService.ScoredAttempt(noSector, List.of())))), Language.NL);

        assertTrue(view.get("current").isNull());
        assertTrue(view.at("/attempts/0/sectorId").isNull());
        assertTrue(json.toTree(QuickscanView.of(new QuickscanService.Attempts(SCAN, List.of())), Language.NL)
                .get("current").isNull());
    }

    @Test
    void anActionShowsEveryFieldInBothWritersOfJson() throws Exception {
        ActionView own = ActionView.of(new StoredAction(7, Optional.empty(), Optional.of("Huisbezoek <b>"),
                Optional.of(LocalDate.of(2026, 12, 3)), false));
        String expected = "{\"id\":7,\"optionId\":null,\"ownText\":\"Huisbezoek <b>\",\"plannedFor\":\"2026-12-03\",\"done\":false}";

        assertEquals(expected, api.writeValueAsString(own));
        assertEquals(expected, json.toTree(List.of(own), Language.NL).get(0).toString());
    }

    @Test
    void aValueOnTheScaleIsReadWithoutRounding() throws Exception {
        assertEquals(new BigDecimal("2.5"), api.readValue("{\"value\": 2.5}", QuickscanResource.StatementValue.class).value());
        assertEquals(new BigDecimal("3"), api.readValue("{\"value\": 3}", QuickscanResource.StatementValue.class).value());
    }

    private static QuickscanService.ScoredAttempt scored(QuickscanAttempt attempt, ThemeResult result) {
        return new QuickscanService.ScoredAttempt(attempt, List.of(new QuickscanService.ThemeScore(CONTACT, result)));
    }
}
