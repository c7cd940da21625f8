package nl.samenspraak.tool.texts;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;

/**
 * Looks texts up in the server's catalog, one properties file per language, and fills in their arguments as
 * {@link MessageFormat} does. The result holds both languages, so that whoever answers the request can pick
 * the page's.
 *
 * <p>Arguments: a {@link LocalizedText} is filled in in each language; a number in a plain {@code {0}} is
 * written without grouping ("4000", never "4.000" or "4,000": the texts name limits and counts); a number
 * in a {@code choice} element keeps its number, so that the element can pick singular or plural.
 */
@ApplicationScoped
public class Texts {

    static final String BUNDLE = "texts.messages";

    private final ResourceBundle dutch;
    private final ResourceBundle english;

    /** The catalog on the class path; {@link ResourceBundle} reads each file once (UTF-8) and keeps it. */
    public Texts() {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        ClassLoader loader = Texts.class.getClassLoader();
        this.dutch = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("nl"), loader, exact);
        this.english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, loader, exact);
    }

    /** The text under {@code key} in Dutch and English, with {@code arguments} filled in. */
    public LocalizedText of(TextKey key, Object... arguments) {
        return LocalizedText.of(format(dutch, Language.NL, key, arguments),
                format(english, Language.EN, key, arguments));
    }

    private static String format(ResourceBundle bundle, Language language, TextKey key, Object... arguments) {
        MessageFormat pattern = new MessageFormat(bundle.getString(key.name()), bundle.getLocale());
        Format[] formats = pattern.getFormatsByArgumentIndex();
        Object[] filled = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            boolean plain = i >= formats.length || formats[i] == null;
            if (argument instanceof LocalizedText text) {
                filled[i] = text.in(language);
            } else if (argument instanceof Number number && plain) {
                filled[i] = String.valueOf(number);
            } else {
                filled[i] = argument;
            }
        }
        return pattern.format(filled);
    }
}
