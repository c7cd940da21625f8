package nl.samenspraak.tool.privacy.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.web.Pages;
import nl.samenspraak.tool.privacy.application.TeacherExport;

/**
 * An export as a download: the JSON file (every field, for another program) or the readable HTML page
 * (a Mustache template that escapes every value, with its style inside, so that it opens from disk).
 */
final class ExportFile {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);

    private ExportFile() {
    }

    static Response json(TeacherExport export) {
        return download(Response.ok(export, MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")),
                name(export, "json"));
    }

    static Response html(TeacherExport export, Pages pages, Language language) {
        byte[] page = pages.render("export", language, Map.of("export", export,
                "hasWork", !export.work().isEmpty(), "hasGiven", !export.observationsGiven().isEmpty(),
                "hasReceived", !export.observationsReceived().isEmpty(), "hasAudit", !export.audit().isEmpty()))
                .getBytes(StandardCharsets.UTF_8);
        return download(Response.ok(page, Pages.HTML), name(export, "html"));
    }

    private static String name(TeacherExport export, String extension) {
        return "samenspraak-" + export.person().userId() + "-" + DAY.format(export.exportedAt()) + "." + extension;
    }

    private static Response download(Response.ResponseBuilder response, String fileName) {
        return response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
