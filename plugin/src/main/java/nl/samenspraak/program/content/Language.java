package nl.samenspraak.program.content;

import java.util.Locale;
import java.util.Optional;

/** The languages a pack can be written in. Dutch is the source language every text has. */
public enum Language {
    NL("nl"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code used in packs, {@code "nl"} or {@code "en"}. */
    public String code() {
        return code;
    }

    /** The language with exactly this code (case ignored), as written in a pack. */
    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The supported language a client asks for, from a single tag ({@code "en-GB"}) or a whole
     * Accept-Language header ({@code "de, en-GB;q=0.8, nl;q=0.5"}). The supported language with the
     * highest weight wins, the earlier one on a tie; Dutch when nothing supported is asked for, because
     * every text exists in Dutch.
     */
    public static Language fromTag(String tagOrHeader) {
        if (tagOrHeader == null) {
            return NL;
        }
        Language best = NL;
        double bestWeight = 0;
        for (String range : tagOrHeader.split(",")) {
            String[] parts = range.split(";");
            String primary = parts[0].strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
            Optional<Language> language = fromCode(primary);
            double weight = weight(parts);
            if (language.isPresent() && weight > bestWeight) {
                best = language.get();
                bestWeight = weight;
            }
        }
        return best;
    }

    /** The q parameter of one language range; 1 when absent, 0 (not acceptable) when malformed. */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
