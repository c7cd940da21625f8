package nl.samenspraak.tool.catalog.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.interfaces.rest.ProblemException;

/** The language a request asks for: an explicit {@code ?lang=} wins over {@code Accept-Language}. */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Language of(String lang, String acceptLanguage) {
        if (lang == null || lang.isBlank()) {
            return Language.fromTag(acceptLanguage);
        }
        Optional<Language> chosen = Language.fromCode(lang.strip());
        return chosen.orElseThrow(() -> new ProblemException(new Problem("about:blank", "Bad Request", 400,
                "The language '" + lang + "' is not offered: use lang=nl (Nederlands) or lang=en (English).", null,
                List.of(new Problem.FieldError("lang", "must be nl or en")))));
    }
}
