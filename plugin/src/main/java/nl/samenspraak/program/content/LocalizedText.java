package nl.samenspraak.program.content;

import java.util.Objects;
import java.util.Optional;

/**
 * A plain text in Dutch and, optionally, English. Paragraphs are separated by a blank line; there is no
 * markup. A blank English text counts as absent so that it falls back to Dutch instead of showing nothing.
 */
public record LocalizedText(String nl, Optional<String> en) {

    public LocalizedText {
        Objects.requireNonNull(nl, "nl");
        if (nl.isBlank()) {
            throw new IllegalArgumentException("The Dutch text must not be blank");
        }
        en = Objects.requireNonNull(en, "en").filter(text -> !text.isBlank());
    }

    public static LocalizedText of(String nl) {
        return new LocalizedText(nl, Optional.empty());
    }

    /** @param en the English text, or null when there is none */
    public static LocalizedText of(String nl, String en) {
        return new LocalizedText(nl, Optional.ofNullable(en));
    }

    /** The text in the given language, or the Dutch text when there is no translation. */
    public String in(Language language) {
        return language == Language.EN ? en.orElse(nl) : nl;
    }
}
