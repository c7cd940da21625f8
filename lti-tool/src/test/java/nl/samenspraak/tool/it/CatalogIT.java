package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api/catalog} and the pack media, as a client of the running server sees them. */
class CatalogIT {

    private final ToolClient tool = new ToolClient();

    @Test
    void listsTheModulesInDutchByDefault() {
        ToolClient.Answer catalog = tool.get("/api/catalog");

        assertEquals(200, catalog.status(), catalog.body());
        assertTrue(catalog.contentType().startsWith("application/json"), catalog.contentType());
        assertEquals("nl", catalog.json().path("language").asText());
        List<String> modules = ids(catalog.json().path("modules"));
        assertTrue(modules.containsAll(List.of("kennismakingsgesprek", "tien-minutengesprek-bedeesde-ouder",
                "tien-tips-samenwerking", "partnerschap-traject", "vormen-ouderbetrokkenheid")), modules.toString());
        JsonNode shyParent = module(catalog.json(), "tien-minutengesprek-bedeesde-ouder");
        assertEquals("10-minutengesprek met bedeesde ouder", shyParent.path("title").asText());
        assertEquals(List.of("video", "reading", "peer-coaching"), types(shyParent.path("assignments")));
    }

    @Test
    void speaksEnglishWhenAskedByHeaderOrParameter() {
        ToolClient.Answer byHeader = tool.get("/api/catalog", "Accept-Language", "en-GB,en;q=0.9,nl;q=0.5");
        ToolClient.Answer byParameter = tool.get("/api/catalog?lang=en", "Accept-Language", "nl");

        for (ToolClient.Answer english : List.of(byHeader, byParameter)) {
            assertEquals("en", english.json().path("language").asText());
            assertEquals("Ten-minute conversation with a shy parent",
                    module(english.json(), "tien-minutengesprek-bedeesde-ouder").path("title").asText());
        }
    }

    @Test
    void listsTheLoadedPacksWithSinceWhen() {
        JsonNode packs = tool.get("/api/catalog").json().path("packs");

        JsonNode builtIn = find(packs, "samenspraak-basis");
        assertEquals("built-in", builtIn.path("source").asText());
        assertFalse(builtIn.path("loadedSince").asText().isEmpty());
        assertFalse(builtIn.path("credits").asText().isEmpty(), "the pack credits its sources");
    }

    @Test
    void aSchoolPackFromTheFolderIsAddedAfterTheBuiltInOne() {
        JsonNode catalog = tool.get("/api/catalog").json();

        List<String> modules = ids(catalog.path("modules"));
        assertEquals("proefschool-welkom", modules.get(modules.size() - 1));
        assertEquals("proefschool", find(catalog.path("packs"), "proefschool").path("id").asText());
    }

    @Test
    void aBrokenPackIsLeftOutAndTheOthersStillLoad() {
        JsonNode catalog = tool.get("/api/catalog").json();

        assertFalse(ids(catalog.path("modules")).contains("kapot-module"));
        assertFalse(ids(catalog.path("packs")).contains("kapot"));
        assertEquals(404, tool.get("/api/catalog/assignments/kapot-lezen").status());
    }

    @Test
    void theLogSaysWhichFileWhereAndWhatIsWrong() throws IOException {
        List<String> rejections = Files.readAllLines(Path.of(System.getProperty("samenspraak.it.serverLog"))).stream()
                .filter(line -> line.contains("Content pack rejected: kapot.json"))
                .toList();

        assertEquals(1, rejections.size(), rejections.toString());
        assertTrue(rejections.get(0).contains("$.modules[0].assignments[0].questions[0]"), rejections.get(0));
        assertTrue(rejections.get(0).contains("minLength"), rejections.get(0));
    }

    @Test
    void oneAssignmentInFullWithItsQuestions() {
        ToolClient.Answer answer = tool.get("/api/catalog/assignments/bedeesde-ouder-film?lang=nl");

        assertEquals(200, answer.status(), answer.body());
        JsonNode film = answer.json();
        assertEquals("video", film.path("type").asText());
        assertEquals("samenspraak-basis", film.path("packId").asText());
        assertEquals("tien-minutengesprek-bedeesde-ouder", film.path("moduleId").asText());
        assertEquals("file", film.path("video").path("source").path("kind").asText());
        assertEquals("/api/media/samenspraak-basis/media/bedeesde-ouder-voorbeeld.webm",
                film.path("video").path("source").path("url").asText());
        assertEquals(2, film.path("video").path("captions").size());
        List<String> prompts = new ArrayList<>();
        film.path("viewingQuestions").forEach(q -> prompts.add(q.path("question").path("prompt").asText()));
        assertTrue(prompts.contains("Hoe ga jij om met bedeesde ouders?"), prompts.toString());
        assertTrue(film.path("viewingQuestions").get(0).has("at"), "the first question pauses the film");
    }

    @Test
    void thePeerCoachingFormHasTheFivePhases() {
        JsonNode coaching = tool.get("/api/catalog/assignments/bedeesde-ouder-intercollegiale-coaching").json();

        List<String> phases = new ArrayList<>();
        int behaviours = 0;
        for (JsonNode phase : coaching.path("observationForm").path("phases")) {
            phases.add(phase.path("title").asText());
            behaviours += phase.path("behaviours").size();
        }
        assertEquals(List.of("Afstemmen", "Delen", "Zorgen", "Afspreken", "Afronden"), phases);
        assertEquals(19, behaviours, "every behaviour of the source form");
    }

    @Test
    void aSchoolCanLinkTheOriginalFilm() {
        JsonNode homeVisit = tool.get("/api/catalog/assignments/kennismakingsgesprek-film-huisbezoek").json();

        assertEquals("url", homeVisit.path("video").path("source").path("kind").asText());
        assertEquals("https://media.proefschool.nl/huisbezoek.mp4", homeVisit.path("video").path("source").path("url").asText());
        assertEquals(240, homeVisit.path("video").path("durationSeconds").asInt());
    }

    @Test
    void anUnknownAssignmentIsAProblemThatSaysWhatToDo() {
        ToolClient.Answer missing = tool.get("/api/catalog/assignments/bestaat-niet");

        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing.contentType());
        assertEquals(404, missing.json().path("status").asInt());
        assertEquals("Not Found", missing.json().path("title").asText());
        assertTrue(missing.json().path("detail").asText().contains("bestaat-niet"), missing.body());
        assertEquals("/api/catalog/assignments/bestaat-niet", missing.json().path("instance").asText());
    }

    @Test
    void anUnknownApiPathIsAProblemToo() {
        ToolClient.Answer missing = tool.get("/api/nergens");

        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing.contentType());
        assertTrue(missing.json().path("detail").asText().contains("/api/nergens"), missing.body());
    }

    @Test
    void theSampleFilmIsServedWithByteRanges() {
        String film = "/api/media/samenspraak-basis/media/bedeesde-ouder-voorbeeld.webm";
        HttpResponse<byte[]> whole = tool.getBytes(film);
        HttpResponse<byte[]> part = tool.getBytes(film, "Range", "bytes=100-199");

        assertEquals(200, whole.statusCode());
        assertEquals("video/webm", whole.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(whole.body().length > 100_000, "the whole film");
        assertArrayEquals(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, Arrays.copyOf(whole.body(), 4), "WebM magic");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/" + whole.body().length, part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(whole.body(), 100, 200), part.body());
        assertEquals(416, tool.getBytes(film, "Range", "bytes=" + whole.body().length + "-").statusCode());
    }

    @Test
    void aReloadOfTheFilmAsksWithItsValidatorAndGetsNotModified() {
        String film = "/api/media/samenspraak-basis/media/huisbezoek-voorbeeld.webm";
        HttpResponse<byte[]> first = tool.getBytes(film);
        String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));

        HttpResponse<byte[]> reload = tool.getBytes(film, "If-None-Match", tag);
        HttpResponse<byte[]> seek = tool.getBytes(film, "Range", "bytes=100-199", "If-Range", tag);
        HttpResponse<byte[]> otherVersion = tool.getBytes(film, "Range", "bytes=100-199", "If-Range", "\"ouder\"");
        HttpResponse<byte[]> otherFilm = tool.getBytes("/api/media/samenspraak-basis/media/kennismaking-vo-voorbeeld.webm");

        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Cache-Control").orElseThrow().contains("max-age="), first.headers().toString());
        assertEquals(304, reload.statusCode());
        assertEquals(0, reload.body().length, "a 304 sends no film");
        assertEquals(tag, reload.headers().firstValue("ETag").orElseThrow());
        assertEquals(206, seek.statusCode(), "a seek in the kept version gets its range");
        assertEquals(200, otherVersion.statusCode(), "a range of another version gets the whole file");
        assertEquals(first.body().length, otherVersion.body().length);
        assertNotEquals(tag, otherFilm.headers().firstValue("ETag").orElseThrow(), "each film has its own tag");
        assertEquals(200, tool.getBytes(film, "If-None-Match", "\"ouder\"").statusCode());
    }

    @Test
    void captionsAreServedAsWebVtt() {
        ToolClient.Answer captions = tool.get("/api/media/samenspraak-basis/media/bedeesde-ouder-voorbeeld.en.vtt");

        assertEquals(200, captions.status());
        assertTrue(captions.contentType().startsWith("text/vtt"), captions.contentType());
        assertTrue(captions.body().startsWith("WEBVTT"));
    }

    @Test
    void noFileOutsideThePackIsServed() {
        List<String> attempts = List.of(
                "/api/media/samenspraak-basis/..%2Fpack.json",
                "/api/media/samenspraak-basis/media/..%2F..%2F..%2Fcontent-pack.schema.json",
                "/api/media/proefschool/..%2Fkapot.json",
                "/api/media/proefschool/%2e%2e/kapot.json",
                "/api/media/proefschool/../kapot.json",
                "/api/media/geen-pack/x.webm");
        for (String attempt : attempts) {
            ToolClient.Answer refused = tool.get(attempt);

            assertTrue(refused.status() == 400 || refused.status() == 404, attempt + " gave " + refused.status());
            assertFalse(refused.body().contains("formatVersion"), attempt + " leaked a pack file");
        }
    }

    private static JsonNode module(JsonNode catalog, String id) {
        return find(catalog.path("modules"), id);
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> types(JsonNode list) {
        List<String> types = new ArrayList<>();
        list.forEach(item -> types.add(item.path("type").asText()));
        return types;
    }
}
