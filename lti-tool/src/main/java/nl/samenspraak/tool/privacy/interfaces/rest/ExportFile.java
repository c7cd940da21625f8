package nl.samenspraak.tool.privacy.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.web.Pages;
import nl.samenspraak.tool.privacy.application.TeacherExport;

/**
 * An export as a download: the JSON file (every field, for another program) or the readable HTML page
 * (a Mustache template that escapes every value, with its style inside, so that it opens from disk).
 */
final class ExportFile {

    private static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);

    private ExportFile() {
    }

    static Response json(TeacherExport export) {
        return download(Response.ok(export, MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")),
                name(export, "json"));
    }

    static Response html(TeacherExport export, Pages pages, Language language) {
        return download(Response.ok(page(export, pages, language).getBytes(StandardCharsets.UTF_8), Pages.HTML),
                name(export, "html"));
    }

    /** The readable page: every value escaped by the template, dates in school time and codes in words. */
    static String page(TeacherExport export, Pages pages, Language language) {
        DateTimeFormatter readable = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm",
                Locale.forLanguageTag(language.code())).withZone(SCHOOL_TIME);
        // Sections the page wraps around a value it shows in words: {{#date}}…{{/date}}, {{#say}}…{{/say}}.
        Function<String, String> date = text -> {
            try {
                return readable.format(Instant.parse(text.strip()));
            } catch (DateTimeParseException e) {
                return text;
            }
        };
        Function<String, String> say = code -> Optional.ofNullable(pages.text(language, "export.code." + code.strip()))
                .orElse(code);
        return pages.render("export", language, Map.of("export", export, "date", date, "say", say,
                "hasWork", !export.work().isEmpty(), "hasInvitations", !export.invitations().isEmpty(), "hasGiven", !export.observationsGiven().isEmpty(),
                "hasReceived", !export.observationsReceived().isEmpty(), "hasAudit", !export.audit().isEmpty()));
    }

    /** samenspraak-USERID-DAY.EXT: whose, from when. */
    static String name(TeacherExport export, String extension) {
        return "samenspraak-" + export.person().userId() + "-" + DAY.format(export.exportedAt()) + "." + extension;
    }

    private static Response download(Response.ResponseBuilder response, String fileName) {
        return response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
