package nl.samenspraak.tool.privacy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.catalog.interfaces.rest.RequestLanguage;
import nl.samenspraak.tool.interfaces.web.Pages;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.privacy.application.PrivacyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/privacy}: the session's own person downloads everything the tool keeps about them, and sees who
 * opened, exported or erased their work. Only their own: the session says whose.
 */
@Tag(name = "Privacy", description = "A person's own data: export, and who looked at their work")
@Singleton
@Path("privacy")
@SessionRequired
public class MyDataResource {

    private final PrivacyService privacy;
    private final CurrentSession session;
    private final Pages pages;

    @Inject
    public MyDataResource(PrivacyService privacy, CurrentSession session, Pages pages) {
        this.privacy = privacy;
        this.session = session;
        this.pages = pages;
    }

    /** One audit record as the teacher reads it; {@code actorName} is null for the administrator. */
    public record LookView(Instant occurredAt, String actorKind, String actorName, String action, String course) {
    }

    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything the tool keeps about the session's person, as a JSON file")
    public Response exportJson(@QueryParam("lang") String lang) {
        return ExportFile.json(privacy.exportOwn(session.get().userId(), language(lang)));
    }

    @GET
    @Path("export.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Everything the tool keeps about the session's person, as a readable page")
    public Response exportHtml(@QueryParam("lang") String lang) {
        Language language = language(lang);
        return ExportFile.html(privacy.exportOwn(session.get().userId(), language), pages, language);
    }

    @GET
    @Path("audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who opened, exported or erased the session's person's work, newest first")
    public List<LookView> audit() {
        return privacy.whoLooked(session.get().userId()).stream()
                .map(entry -> new LookView(entry.occurredAt(), entry.actorKind().name().toLowerCase(),
                        entry.actorName().orElse(null), entry.action().name().toLowerCase(),
                        entry.courseTitle().orElse(null))).toList();
    }

    private Language language(String lang) {
        return lang == null || lang.isBlank() ? session.get().language() : RequestLanguage.of(lang, null);
    }
}
