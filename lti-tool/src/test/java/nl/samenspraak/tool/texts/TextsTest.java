package nl.samenspraak.tool.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final Pattern USE = Pattern.compile("TextKey\\.([A-Z0-9_]+)");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private final Texts texts = new Texts();

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void eachCatalogHasExactlyTheKeys(String language) throws IOException {
        Set<String> keys = Arrays.stream(TextKey.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        Properties catalog = catalog(language);
        assertEquals(keys, new TreeSet<>(catalog.stringPropertyNames()), "messages_" + language + ".properties");
        catalog.forEach((key, text) -> assertTrue(!text.toString().isBlank(), key + " is blank in " + language));
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        Set<String> used;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            used = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.getFileName().toString().equals("TextKey.java"))
                    .flatMap(TextsTest::uses).collect(Collectors.toSet());
        }
        List<String> unused = Arrays.stream(TextKey.values()).map(Enum::name).filter(key -> !used.contains(key))
                .toList();
        assertEquals(List.of(), unused);
    }

    @Test
    void bothLanguagesTakeTheSameArgumentsAndQuoteApostrophes() throws IOException {
        Properties dutch = catalog("nl");
        Properties english = catalog("en");
        for (TextKey key : TextKey.values()) {
            String nl = dutch.getProperty(key.name());
            String en = english.getProperty(key.name());
            assertEquals(arguments(nl), arguments(en), key.name());
            for (String pattern : List.of(nl, en)) {
                // A lone apostrophe starts a quoted part in MessageFormat and would vanish from the text.
                assertTrue(pattern.replace("''", "").replace("'{'", "").replace("'}'", "").indexOf('\'') < 0,
                        key + ": write an apostrophe as '' in " + pattern);
                new MessageFormat(pattern);
            }
        }
    }

    @Test
    void fillsInNumbersWithoutGrouping() {
        LocalizedText text = texts.of(TextKey.FEEDBACK_MOST_CHARACTERS, 4000, 4001);
        assertEquals("Hoogstens 4000 tekens; dit zijn er 4001.", text.nl());
        assertEquals("At most 4000 characters; this has 4001.", text.in(Language.EN));
    }

    @Test
    void fillsInATextInEachLanguage() {
        LocalizedText text = texts.of(TextKey.TEACHER_WORK_ANSWER_NOT_SAVED, LocalizedText.of("Kies één antwoord.",
                "Choose one answer."));
        assertEquals("Het antwoord is niet opgeslagen: Kies één antwoord.", text.nl());
        assertEquals("The answer was not saved: Choose one answer.", text.in(Language.EN));
    }

    @Test
    void picksSingularOrPlural() {
        assertEquals("Plan 1 more action with a date; at least 3 are needed.",
                texts.of(TextKey.SUBMISSION_CHECK_PLAN_MORE_ACTIONS, 1, 1, 3).in(Language.EN));
        assertEquals("Plan nog 2 acties met een datum; er zijn er minstens 3 nodig.",
                texts.of(TextKey.SUBMISSION_CHECK_PLAN_MORE_ACTIONS, 2, 2, 3).nl());
    }

    @Test
    void keepsQuotesAndBraces() {
        assertEquals("There is no assignment 'a-1'.", texts.of(TextKey.WORK_ACCESS_THERE_NO_ASSIGNMENT, "a-1")
                .in(Language.EN));
        assertEquals("Send the stretches played as intervals: [{from, to}].",
                texts.of(TextKey.ASSIGNMENT_WORK_SEND_STRETCHES_PLAYED_INTERVALS).in(Language.EN));
    }

    private static Stream<String> uses(Path source) {
        try {
            Matcher matcher = USE.matcher(Files.readString(source));
            return matcher.results().map(result -> result.group(1)).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(source.toString(), e);
        }
    }

    private static Set<String> arguments(String pattern) {
        return ARGUMENT.matcher(pattern.replaceAll("'[^']*'", "")).results().map(result -> result.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties catalog(String language) throws IOException {
        Properties catalog = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/texts/messages_" + language + ".properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            catalog.load(reader);
        }
        return catalog;
    }
}
