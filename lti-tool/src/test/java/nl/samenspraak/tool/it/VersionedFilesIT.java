package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The pages name their scripts and styles by hashed URLs, with an import map for the modules' own imports that
 * the Content-Security-Policy allows by its hash; a hashed URL is kept for good, a plain or outdated one is
 * revalidated; scripts, styles and JSON travel gzipped.
 */
class VersionedFilesIT {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern IMPORT_MAP = Pattern.compile("<script type=\"importmap\">(.*?)</script>");
    private static final Pattern HASHED = Pattern.compile("(?:src|href)=\"(/static/[^\"]+\\?v=[0-9a-f]{16})\"");

    private final ToolClient tool = new ToolClient();

    @Test
    void theTeachersPageNamesHashedFilesAndItsImportMapIsAllowedByItsHash() throws Exception {
        ToolClient.Answer page = tool.get("/app/assignments/bedeesde-ouder-film");

        assertEquals(200, page.status());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""));
        Matcher map = IMPORT_MAP.matcher(page.body());
        assertTrue(map.find(), page.body());
        String source = "'sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(map.group(1).getBytes(StandardCharsets.UTF_8))) + "'";
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self' " + source + ";"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertTrue(map.start() < page.body().indexOf("<script type=\"module\""), "the map comes before the first module");
        assertTrue(page.body().contains("src=\"/static/js/app.js?v="), page.body());
        assertTrue(page.body().contains("href=\"/static/css/samenspraak.css?v="), page.body());

        JsonNode imports = new ObjectMapper().readTree(map.group(1)).get("imports");
        List<String> modules = new ArrayList<>();
        imports.fields().forEachRemaining(entry -> {
            assertEquals(entry.getKey() + "?v=", entry.getValue().asText().replaceAll("[0-9a-f]{16}$", ""));
            modules.add(entry.getValue().asText());
        });
        assertTrue(modules.stream().anyMatch(url -> url.startsWith("/static/js/film.js?v=")), "modules outside the page: " + modules);
        assertTrue(modules.stream().anyMatch(url -> url.startsWith("/static/js/admin/admin.js?v=")), modules.toString());
        for (String module : modules) {
            ToolClient.Answer file = tool.get(module);
            assertEquals(200, file.status(), module);
            assertEquals(IMMUTABLE, file.headers().firstValue("Cache-Control").orElse(""), module);
        }
    }

    @Test
    void aHashedUrlIsKeptForGoodAndAPlainOrOutdatedOneRevalidated() {
        Matcher style = HASHED.matcher(tool.get("/app/").body());
        assertTrue(style.find());
        String hashed = style.group(1);
        String plain = hashed.substring(0, hashed.indexOf('?'));

        ToolClient.Answer kept = tool.get(hashed);
        assertEquals(200, kept.status());
        assertEquals(IMMUTABLE, kept.headers().firstValue("Cache-Control").orElse(""));
        for (String path : new String[] {plain, plain + "?v=0000000000000000"}) {
            ToolClient.Answer asked = tool.get(path);
            assertEquals(200, asked.status(), path);
            assertEquals("no-cache", asked.headers().firstValue("Cache-Control").orElse(""), path);
            assertEquals(kept.body(), asked.body(), path);
            String tag = asked.headers().firstValue("ETag").orElseThrow();
            assertEquals("\"" + hashed.substring(hashed.indexOf("?v=") + 3) + "\"", tag, path);
            ToolClient.Answer unchanged = tool.get(path, "If-None-Match", tag);
            assertEquals(304, unchanged.status(), path);
            // the filter that answers 304 runs in no fixed order with the security headers' filter
            assertEquals("no-cache", unchanged.headers().firstValue("Cache-Control").orElse(""), path);
            assertTrue(unchanged.headers().firstValue("Content-Security-Policy").isPresent(), path);
        }
    }

    @Test
    void everyPageGetsTheHashedUrlsAndAnUnchangedPageIsNotSentAgain() {
        for (String path : new String[] {"/", "/admin/", "/privacy/", "/privacy/en.html", "/observe/", "/app/deep-linking/abc"}) {
            ToolClient.Answer page = tool.get(path);
            assertEquals(200, page.status(), path);
            assertTrue(page.contentType().startsWith("text/html"), path + ": " + page.contentType());
            assertTrue(page.body().contains("href=\"/static/css/samenspraak.css?v="), path);
            assertFalse(page.body().contains("=\"/static/js/app.js\""), path);
            String tag = page.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, tool.get(path, "If-None-Match", tag).status(), path);
        }
        assertTrue(tool.get("/admin/").body().contains("src=\"/static/js/admin/admin.js?v="));
        assertEquals(404, tool.get("/no-such-page.html").status());
    }

    @Test
    void scriptsStylesAndJsonTravelGzipped() throws Exception {
        Matcher file = HASHED.matcher(tool.get("/app/").body());
        List<String> paths = new ArrayList<>();
        while (file.find()) {
            paths.add(file.group(1));
        }
        // Small files too: the tool gzips every script and style itself, where Liberty leaves answers under 2 KB.
        assertTrue(paths.stream().anyMatch(path -> tool.getBytes(path).body().length < 2048), paths.toString());
        assertTrue(paths.size() >= 10, paths.toString());
        for (String path : paths) {
            HttpResponse<byte[]> plain = tool.getBytes(path);
            HttpResponse<byte[]> answer = tool.getBytes(path, "Accept-Encoding", "gzip, deflate, br");
            assertEquals("gzip", answer.headers().firstValue("Content-Encoding").orElse(""), path);
            assertTrue(answer.body().length < plain.body().length, path);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
                assertArrayEquals(plain.body(), in.readAllBytes(), path);
            }
            assertEquals(IMMUTABLE, answer.headers().firstValue("Cache-Control").orElse(""), path);
            assertTrue(answer.headers().firstValue("Content-Security-Policy").isPresent(), path);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(path.contains(".css") ? "text/css" : "text/javascript"), path);
            assertEquals("", plain.headers().firstValue("Content-Encoding").orElse(""), path);
        }
        assertEquals("", tool.getBytes(paths.get(0), "Accept-Encoding", "gzip;q=0, identity").headers()
                .firstValue("Content-Encoding").orElse(""));
        assertEquals("gzip", tool.getBytes("/health/ready", "Accept-Encoding", "gzip").headers()
                .firstValue("Content-Encoding").orElse(""));
    }
}
