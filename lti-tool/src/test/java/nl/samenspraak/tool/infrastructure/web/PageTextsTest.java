package nl.samenspraak.tool.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a teacher's or trainer's page asks i18n's {@code t()} for is there, in Dutch and in English, by the
 * time the page draws it: in the texts every page loads (i18n.js, texts-teacher.js, texts-feedback.js), in the
 * trainer's texts for the trainer's pages, or in a catalog the module imports (an assignment kind's
 * {@code texts-film.js}…). A key that is missing would show as "undefined" on the page. Read from the
 * modules' source, as the browser gets them.
 */
class PageTextsTest {

    private static final Path MODULES = Path.of("src/main/webapp/static/js");

    /** The catalogs every page has: i18n.js's own texts and the two it imports. */
    private static final List<String> ALWAYS = List.of("i18n.js", "texts-teacher.js", "texts-feedback.js");

    /**
     * The trainer's pages: app.js loads texts-trainer.js for a trainer before it opens any of them
     * (loadTrainerTexts), and a teacher never opens them.
     */
    private static final Set<String> TRAINER_MODULES = Set.of("course.js", "course-matrix.js", "review.js", "peer-groups.js");

    /** The catalogs that add their texts to i18n's with addTexts() when a module imports them. */
    private static final Pattern ADDS_TEXTS = Pattern.compile("^addTexts\\(\\{", Pattern.MULTILINE);

    private static final Pattern STATIC_IMPORT = Pattern.compile("^import (?:[^'\\n]* from )?'\\./([^']+\\.js)';", Pattern.MULTILINE);
    private static final Pattern TEXT_BINDING = Pattern.compile("\\b(?:const|let) text = ([^;]+);");
    /** A text is a string or a table of strings, never called: {@code text.trim()} is a string's method. */
    private static final Pattern TEXT_KEY = Pattern.compile("\\btext\\??\\.([A-Za-z]+)\\b(?!\\s*\\()");
    private static final Pattern T_KEY = Pattern.compile("\\bt\\(\\)\\??\\.([A-Za-z]+)\\b");
    private static final Pattern ENTRY = Pattern.compile("^    ([A-Za-z]+|'[^']+'):", Pattern.MULTILINE);

    @Test
    void everyCatalogHasTheSameTextsInDutchAndEnglish() {
        for (String catalog : catalogs()) {
            Map<String, Set<String>> languages = keys(catalog);
            assertEquals(Set.of("nl", "en"), languages.keySet(), catalog);
            assertEquals(languages.get("nl"), languages.get("en"), catalog + ": the same keys in Dutch and English");
            assertFalse(languages.get("nl").isEmpty(), catalog);
        }
    }

    @Test
    void everyTextAModuleShowsIsLoadedWithIt() {
        Map<String, Set<String>> missing = new TreeMap<>();
        int checked = 0;
        for (String module : modules()) {
            Set<String> available = new HashSet<>();
            for (String catalog : loaded(module)) {
                available.addAll(keys(catalog).get("nl"));
            }
            for (String key : used(module)) {
                checked++;
                if (!available.contains(key)) {
                    missing.computeIfAbsent(module, any -> new TreeSet<>()).add(key);
                }
            }
        }
        assertTrue(checked > 300, "the pages' texts were found: " + checked);
        assertEquals(Map.of(), missing, "texts a module shows that no catalog it loads has");
    }

    @Test
    void theFilmPageDoesNotLoadTheOtherKindsTexts() {
        Set<String> film = loaded("film.js");
        assertTrue(film.contains("texts-film.js"));
        assertFalse(film.contains("texts-peer-coaching.js") || film.contains("texts-quickscan.js")
                || film.contains("texts-action-plan.js") || film.contains("texts-trainer.js"), film.toString());
        assertFalse(loaded("assignment.js").contains("texts-film.js"), "assignment.js imports the kinds' modules when they open");
    }

    /** The catalogs a module has: those every page has, the trainer's for the trainer's pages, and those it imports. */
    private static Set<String> loaded(String module) {
        Set<String> catalogs = new TreeSet<>(ALWAYS);
        if (TRAINER_MODULES.contains(module)) {
            catalogs.add("texts-trainer.js");
        }
        Deque<String> open = new ArrayDeque<>(List.of(module));
        Set<String> seen = new HashSet<>();
        while (!open.isEmpty()) {
            String next = open.pop();
            if (!seen.add(next)) {
                continue;
            }
            Matcher imported = STATIC_IMPORT.matcher(read(next));
            while (imported.find()) {
                String name = imported.group(1);
                if (addsTexts(name)) {
                    catalogs.add(name);
                }
                open.push(name);
            }
        }
        return catalogs;
    }

    /**
     * The keys a module asks t() for: {@code t().key}, and {@code text.key} where every {@code text} of the
     * module is {@code t()} (a module that names another catalog's texts {@code text} is read by t() alone).
     */
    private static Set<String> used(String module) {
        String source = read(module);
        Set<String> keys = new TreeSet<>();
        Matcher direct = T_KEY.matcher(source);
        while (direct.find()) {
            keys.add(direct.group(1));
        }
        Matcher binding = TEXT_BINDING.matcher(source);
        boolean onlyT = true;
        boolean any = false;
        while (binding.find()) {
            any = true;
            onlyT &= binding.group(1).trim().equals("t()");
        }
        if (any && onlyT) {
            Matcher named = TEXT_KEY.matcher(source);
            while (named.find()) {
                keys.add(named.group(1));
            }
        }
        return keys;
    }

    /** A catalog's top-level keys per language, from its {@code nl: {…}} and {@code en: {…}} blocks. */
    private static Map<String, Set<String>> keys(String catalog) {
        String source = read(catalog);
        Map<String, Set<String>> languages = new TreeMap<>();
        for (String language : List.of("nl", "en")) {
            int start = source.indexOf("\n  " + language + ": {\n");
            if (start < 0) {
                continue;
            }
            int end = source.indexOf("\n  },", start);
            Set<String> keys = new TreeSet<>();
            Matcher entry = ENTRY.matcher(source.substring(start, end));
            while (entry.find()) {
                keys.add(entry.group(1).replace("'", ""));
            }
            languages.put(language, keys);
        }
        return languages;
    }

    private static boolean addsTexts(String file) {
        return file.startsWith("texts-") && ADDS_TEXTS.matcher(read(file)).find();
    }

    private static List<String> catalogs() {
        return Stream.concat(ALWAYS.stream(), Stream.concat(Stream.of("texts-trainer.js"),
                files().stream().filter(PageTextsTest::addsTexts))).toList();
    }

    /** The modules that draw pages with t(): every module but the catalogs themselves. */
    private static List<String> modules() {
        return files().stream().filter(name -> !name.startsWith("texts-") && !name.equals("i18n.js")).toList();
    }

    private static List<String> files() {
        try (Stream<Path> files = Files.list(MODULES)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".js")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(MODULES.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
