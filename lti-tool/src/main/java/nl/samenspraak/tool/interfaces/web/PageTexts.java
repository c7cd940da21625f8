package nl.samenspraak.tool.interfaces.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.samenspraak.program.content.Language;

/** The texts of the server-written pages per language, from {@code pages/texts*.properties} (UTF-8). */
final class PageTexts {

    private final Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, String>> forTemplates = new EnumMap<>(Language.class);

    PageTexts() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle("pages.texts", Locale.forLanguageTag(language.code()),
                    PageTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, String> texts = new HashMap<>();
            bundle.keySet().forEach(key -> texts.put(key, bundle.getString(key)));
            byLanguage.put(language, Map.copyOf(texts));
            // Mustache reads a dot as a step into a nested value, so templates name page.title as page_title.
            Map<String, String> underscored = new HashMap<>();
            texts.forEach((key, text) -> underscored.put(key.replace('.', '_'), text));
            forTemplates.put(language, Map.copyOf(underscored));
        }
    }

    /** The texts with the dots in their keys written as underscores: {@code {{t.page_title}}}. */
    Map<String, String> forTemplates(Language language) {
        return forTemplates.get(language);
    }

    Map<String, String> of(Language language) {
        return byLanguage.get(language);
    }
}
