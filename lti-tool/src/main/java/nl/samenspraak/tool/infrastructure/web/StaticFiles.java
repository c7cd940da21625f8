package nl.samenspraak.tool.infrastructure.web;

import jakarta.inject.Singleton;
import jakarta.servlet.ServletContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The web application's own files, each with a hash of its content worked out once at start: the pages
 * name every script and style sheet by a URL that carries its hash ({@code /static/js/app.js?v=<hash>}),
 * so a browser keeps them for good and a deployment that changes a file changes its URL. Modules import
 * each other by plain relative names ({@code ./dom.js}); the import map in every page maps each module's
 * plain URL to its hashed one, so those imports, and {@code import()} of a route's modules, get the hashed
 * URLs too. No file needs to be listed or renamed: every {@code .js} and {@code .css} under
 * {@code /static/} is hashed, and every {@code .html} page rewritten. Each of those scripts and styles is also
 * kept gzipped (a style sheet without its comments), at the strongest level, once: Liberty's own compression leaves answers under 2 KB as they are
 * (seven of the teacher's first load were), and need not compress the same file again for every browser.
 */
@Singleton
public class StaticFiles {

    /** The files that get hashed URLs. */
    static final String STATIC = "/static/";

    private static final Pattern FILE_REFERENCE = Pattern.compile("(src|href)=\"(/static/[^\"?#]+)\"");
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern FIRST_MODULE = Pattern.compile("<script type=\"module\"|<link rel=\"modulepreload\"");

    /** Read once, when the web application starts ({@link StaticFilesLoader}); never changed afterwards. */
    private volatile Contents contents;

    /** The hashes, the import map and the rewritten pages, worked out together. */
    private record Contents(Map<String, String> versions, Map<String, byte[]> served, Map<String, byte[]> gzipped,
            String importMap, Map<String, Page> pages) {
    }

    /** A rewritten page and its entity tag, a hash of its content. */
    public record Page(byte[] content, String tag) {
    }

    /**
     * Empty until {@link StaticFilesLoader} reads the files when the web application starts. The files are
     * not read here: CDI may make this bean while the filters are set up, when the servlet context it would
     * inject works only inside a request, whereas the listener has the container's own context.
     */
    public StaticFiles() {
    }

    /** From the files by their path in the web application ({@code /static/js/app.js}, {@code /app/index.html}). */
    StaticFiles(Map<String, byte[]> files) {
        load(files);
    }

    /** Reads every file of the web application once; called when it starts. */
    void load(ServletContext context) {
        load(read(context, "/"));
    }

    private void load(Map<String, byte[]> files) {
        Map<String, String> hashed = new TreeMap<>();
        Map<String, byte[]> served = new TreeMap<>();
        Map<String, byte[]> gzipped = new TreeMap<>();
        files.forEach((path, content) -> {
            if (path.startsWith(STATIC) && (path.endsWith(".js") || path.endsWith(".css"))) {
                hashed.put(path, hash(content));
                byte[] sent = path.endsWith(".css") ? withoutComments(content) : content;
                served.put(path, sent);
                gzipped.put(path, gzip(sent));
            }
        });
        Map<String, String> versions = Map.copyOf(hashed);
        String importMap = importMap(hashed);
        Map<String, Page> rewritten = new TreeMap<>();
        files.forEach((path, content) -> {
            if (path.endsWith(".html") && !path.startsWith(STATIC)) {
                byte[] page = rewrite(new String(content, StandardCharsets.UTF_8), versions, importMap)
                        .getBytes(StandardCharsets.UTF_8);
                rewritten.put(path, new Page(page, hash(page)));
            }
        });
        contents = new Contents(versions, Map.copyOf(served), Map.copyOf(gzipped), importMap, Map.copyOf(rewritten));
    }

    private Contents contents() {
        Contents read = contents;
        if (read == null) {
            throw new IllegalStateException("The web application's files are read when it starts, not yet here");
        }
        return read;
    }

    /** The URL that names a file with its version, or the path itself for a file that has none. */
    public String url(String path) {
        return url(path, contents().versions());
    }

    private static String url(String path, Map<String, String> versions) {
        String version = versions.get(path);
        return version == null ? path : path + "?v=" + version;
    }

    /**
     * Whether a request's path and query ({@code v=<hash>}) name a file's current version: only then may the
     * browser keep the answer for good. The query is compared as it came, so no request body is ever read.
     */
    public boolean isCurrent(String path, String query) {
        String version = contents().versions().get(path);
        return version != null && ("v=" + version).equals(query);
    }

    /** A file's entity tag, its hash in quotes, or null for a file that has none. */
    public String tag(String path) {
        String version = contents().versions().get(path);
        return version == null ? null : "\"" + version + "\"";
    }

    /** A script's or style sheet's content gzipped (never to be changed by the caller), or null for other files. */
    public byte[] gzipped(String path) {
        return contents().gzipped().get(path);
    }

    /** The same script or style sheet as a browser that takes no gzip gets it (never to be changed by the caller). */
    public byte[] served(String path) {
        return contents().served().get(path);
    }

    /** A page with hashed URLs and the import map, or null when the web application has no such page. */
    public Page page(String path) {
        return contents().pages().get(path);
    }

    /** The paths of the rewritten pages. */
    public Set<String> pages() {
        return contents().pages().keySet();
    }

    /** The content of the inline import map, as the pages carry it. */
    public String importMap() {
        return contents().importMap();
    }

    /** The Content-Security-Policy source that allows exactly the inline import map and no other inline script. */
    public String importMapSource() {
        return "'sha256-" + Base64.getEncoder().encodeToString(sha256(importMap().getBytes(StandardCharsets.UTF_8))) + "'";
    }

    private static String rewrite(String html, Map<String, String> versions, String importMap) {
        Matcher reference = FILE_REFERENCE.matcher(html);
        String named = reference.replaceAll(match -> Matcher.quoteReplacement(
                match.group(1) + "=\"" + url(match.group(2), versions) + "\""));
        Matcher module = FIRST_MODULE.matcher(named);
        if (!module.find()) {
            return named;
        }
        // The import map must come before the first module the page loads, or the browser ignores it.
        return named.substring(0, module.start()) + "<script type=\"importmap\">" + importMap + "</script>\n"
                + named.substring(module.start());
    }

    /** The import map of the hashed files, in the order of their paths (so a page's text, and its hash, are stable). */
    private static String importMap(Map<String, String> hashed) {
        Map<String, String> imports = new LinkedHashMap<>();
        hashed.keySet().stream().filter(path -> path.endsWith(".js"))
                .forEach(path -> imports.put(path, url(path, hashed)));
        StringBuilder json = new StringBuilder("{\"imports\":{");
        String separator = "";
        for (Map.Entry<String, String> entry : imports.entrySet()) {
            json.append(separator).append(jsonString(entry.getKey())).append(':').append(jsonString(entry.getValue()));
            separator = ",";
        }
        return json.append("}}").toString();
    }

    /**
     * A path as a JSON string. Paths are file names of the web application; anything outside printable ASCII,
     * and the characters that could end the script element or the string, are written as escapes.
     */
    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Gzipped at the strongest level: done once per file at start, so its cost does not matter. */
    /**
     * A style sheet without its comments, as browsers get it: the comments say why a rule is there, for us, and
     * were a fifth of the teacher's first load of styles (the goal is 40 KB of scripts and styles). Our style
     * sheets hold no string or URL with a comment's opening in it, so dropping every comment is safe here.
     */
    static byte[] withoutComments(byte[] css) {
        String text = new String(css, StandardCharsets.UTF_8);
        return CSS_COMMENT.matcher(text).replaceAll("").replaceAll("\\n\\s*\\n", "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot gzip in memory", e);
        }
        return out.toByteArray();
    }

    /** 64 bits of SHA-256, in hex: plenty to tell one file's versions apart. */
    static String hash(byte[] content) {
        return HexFormat.of().formatHex(sha256(content), 0, 8);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static Map<String, byte[]> read(ServletContext context, String folder) {
        Map<String, byte[]> files = new TreeMap<>();
        Set<String> paths = context.getResourcePaths(folder);
        if (paths == null) {
            return files;
        }
        for (String path : paths) {
            if (path.startsWith("/WEB-INF/") || path.startsWith("/META-INF/")) {
                continue;
            }
            if (path.endsWith("/")) {
                files.putAll(read(context, path));
            } else if (path.endsWith(".js") || path.endsWith(".css") || path.endsWith(".html")) {
                try (InputStream in = context.getResourceAsStream(path)) {
                    files.put(path, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + path, e);
                }
            }
        }
        return files;
    }
}
