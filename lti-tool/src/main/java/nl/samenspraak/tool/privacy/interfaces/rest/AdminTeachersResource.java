package nl.samenspraak.tool.privacy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.admin.AdminRequired;
import nl.samenspraak.tool.catalog.interfaces.rest.RequestLanguage;
import nl.samenspraak.tool.interfaces.web.Pages;
import nl.samenspraak.tool.privacy.application.ErasureSummary;
import nl.samenspraak.tool.privacy.application.PrivacyService;
import nl.samenspraak.tool.privacy.application.TeacherListing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/teachers}: the administrator finds a teacher, downloads their data, sees what erasing them
 * removes and erases them. Exports and erasures are audited.
 */
@Tag(name = "Administration")
@Singleton
@Path("admin/teachers")
@AdminRequired
public class AdminTeachersResource {

    private final PrivacyService privacy;
    private final Pages pages;

    @Inject
    public AdminTeachersResource(PrivacyService privacy, Pages pages) {
        this.privacy = privacy;
        this.pages = pages;
    }

    /** A teacher in the list; {@code name} is null when the platform sent none. */
    public record TeacherView(long userId, String name, String platform, String platformUserId, int courses,
                              Instant lastLaunchAt) {

        static TeacherView of(TeacherListing listing) {
            return new TeacherView(listing.userId(), listing.name().orElse(null), listing.platform(),
                    listing.platformUserId(), listing.courses(), listing.lastLaunchAt());
        }
    }

    /** What erasing removes (or removed); {@code name} is null when the platform sent none. */
    public record ErasureView(long userId, String name, String platform, int courses, int assignments, int answers,
                              int observationsKept, int partnershipsEnded) {

        static ErasureView of(ErasureSummary summary) {
            return new ErasureView(summary.userId(), summary.name().orElse(null), summary.platform(),
                    summary.courses(), summary.assignments(), summary.answers(), summary.observationsKept(),
                    summary.partnershipsEnded());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Teachers whose name or platform user id contains q (the latest launched first, at most 50)")
    public List<TeacherView> teachers(@QueryParam("q") String query) {
        return privacy.teachers(query).stream().map(TeacherView::of).toList();
    }

    @GET
    @Path("{userId}/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything the tool keeps about the teacher, as a JSON file (audited)")
    public Response exportJson(@PathParam("userId") long userId, @QueryParam("lang") String lang,
                               @Context HttpHeaders headers) {
        return ExportFile.json(privacy.exportForAdministrator(userId, language(lang, headers)));
    }

    @GET
    @Path("{userId}/export.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Everything the tool keeps about the teacher, as a readable page (audited)")
    public Response exportHtml(@PathParam("userId") long userId, @QueryParam("lang") String lang,
                               @Context HttpHeaders headers) {
        Language language = language(lang, headers);
        return ExportFile.html(privacy.exportForAdministrator(userId, language), pages, language);
    }

    @GET
    @Path("{userId}/erasure")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What erasing the teacher would remove, for the confirmation")
    public ErasureView erasurePreview(@PathParam("userId") long userId) {
        return ErasureView.of(privacy.erasurePreview(userId));
    }

    @DELETE
    @Path("{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erases the teacher's personal data; submitted feedback stays with the partner, anonymous")
    public ErasureView erase(@PathParam("userId") long userId) {
        return ErasureView.of(privacy.erase(userId));
    }

    private static Language language(String lang, HttpHeaders headers) {
        return RequestLanguage.of(lang, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
