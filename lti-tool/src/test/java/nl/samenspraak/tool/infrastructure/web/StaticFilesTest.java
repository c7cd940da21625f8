package nl.samenspraak.tool.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hashed URLs follow the content; pages name them and carry the import map that CSP allows by its hash. */
class StaticFilesTest {

    private static final String PAGE = """
            <head>
            <link rel="stylesheet" href="/static/css/site.css">
            <script type="module" src="/static/js/app.js"></script>
            <link rel="modulepreload" href="/static/js/dom.js">
            <link rel="icon" href="/static/missing.png">
            </head>""";

    private static StaticFiles files(String app) {
        return new StaticFiles(Map.of(
                "/static/js/app.js", bytes(app),
                "/static/js/dom.js", bytes("export const h = 1;"),
                "/static/css/site.css", bytes("body { color: black }"),
                "/app/index.html", bytes(PAGE),
                "/privacy/index.html", bytes("<link rel=\"stylesheet\" href=\"/static/css/site.css\">")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aChangedFileGetsANewUrlAndTheOthersKeepTheirs() {
        StaticFiles before = files("import { h } from './dom.js';");
        StaticFiles after = files("import { h } from './dom.js'; console.log(h);");

        assertTrue(before.url("/static/js/app.js").startsWith("/static/js/app.js?v="));
        assertNotEquals(before.url("/static/js/app.js"), after.url("/static/js/app.js"));
        assertEquals(before.url("/static/js/dom.js"), after.url("/static/js/dom.js"));
        assertEquals(before.url("/static/js/app.js"), files("import { h } from './dom.js';").url("/static/js/app.js"));
        assertEquals("/static/missing.png", before.url("/static/missing.png"));
    }

    @Test
    void onlyTheCurrentVersionIsKeptForGood() {
        StaticFiles before = files("old");
        StaticFiles after = files("new");
        String query = before.url("/static/js/app.js").split("\\?")[1];

        assertTrue(before.isCurrent("/static/js/app.js", query));
        assertFalse(after.isCurrent("/static/js/app.js", query));
        assertFalse(before.isCurrent("/static/js/app.js", null));
        assertFalse(before.isCurrent("/static/js/dom.js", query));
    }

    @Test
    void thePageNamesHashedFilesWithTheImportMapBeforeItsFirstModule() {
        StaticFiles files = files("app");
        String page = new String(files.page("/app/index.html").content(), StandardCharsets.UTF_8);

        assertTrue(page.contains("href=\"" + files.url("/static/css/site.css") + "\""), page);
        assertTrue(page.contains("src=\"" + files.url("/static/js/app.js") + "\""), page);
        assertTrue(page.contains("href=\"" + files.url("/static/js/dom.js") + "\""), page);
        assertTrue(page.contains("href=\"/static/missing.png\""), page);
        int map = page.indexOf("<script type=\"importmap\">" + files.importMap() + "</script>");
        assertTrue(map > 0 && map < page.indexOf("<script type=\"module\""), page);
        assertEquals("{\"imports\":{\"/static/js/app.js\":\"" + files.url("/static/js/app.js") + "\","
                + "\"/static/js/dom.js\":\"" + files.url("/static/js/dom.js") + "\"}}", files.importMap());
    }

    @Test
    void aPageWithoutModulesGetsNoImportMap() {
        String page = new String(files("app").page("/privacy/index.html").content(), StandardCharsets.UTF_8);

        assertFalse(page.contains("importmap"), page);
        assertNull(files("app").page("/nothing.html"));
    }

    @Test
    void thePolicySourceIsTheHashOfTheImportMap() throws Exception {
        StaticFiles files = files("app");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes(files.importMap()));

        assertEquals("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'", files.importMapSource());
    }

    @Test
    void aPageTagChangesWithTheFilesItNames() {
        assertNotEquals(files("old").page("/app/index.html").tag(), files("new").page("/app/index.html").tag());
    }

    @Test
    void aFilesTagIsItsHash() {
        StaticFiles files = files("app");

        assertEquals("\"" + files.url("/static/js/app.js").split("=")[1] + "\"", files.tag("/static/js/app.js"));
        assertNull(files.tag("/static/missing.png"));
    }

    @Test
    void scriptsAndStylesAreKeptGzippedAndOtherFilesNot() throws Exception {
        StaticFiles files = files("import { h } from './dom.js'; ".repeat(50));
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(files.gzipped("/static/js/app.js")))) {
            assertEquals("import { h } from './dom.js'; ".repeat(50), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(files.gzipped("/static/js/app.js").length < 200);
        assertNull(files.gzipped("/app/index.html"));
        assertNull(files.gzipped("/static/missing.png"));
    }

    @Test
    void aStyleSheetIsGzippedWithoutItsComments() throws Exception {
        byte[] css = bytes("/* Why the body is black.\n   Two lines. */\nbody { color: black }\n\n/* And why links are blue */\na { color: blue }\n");
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(StaticFiles.gzip(StaticFiles.withoutComments(css))))) {
            assertEquals("\nbody { color: black }\na { color: blue }\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void gzipIsSentOnlyToABrowserThatTakesIt() {
        assertTrue(StaticFilesFilter.acceptsGzip("gzip, deflate, br, zstd"));
        assertTrue(StaticFilesFilter.acceptsGzip("GZIP;q=0.5"));
        assertTrue(StaticFilesFilter.acceptsGzip("*"));
        assertFalse(StaticFilesFilter.acceptsGzip(null));
        assertFalse(StaticFilesFilter.acceptsGzip("identity"));
        assertFalse(StaticFilesFilter.acceptsGzip("br"));
        assertFalse(StaticFilesFilter.acceptsGzip("gzip;q=0, identity"));
        assertFalse(StaticFilesFilter.acceptsGzip("gzip; q=0.000"));
    }
}
