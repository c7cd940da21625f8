package nl.samenspraak.tool.catalog.interfaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.pack.AssignmentPlacement;
import nl.samenspraak.program.content.pack.LoadedPack;
import nl.samenspraak.tool.catalog.application.PackInstallation;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.interfaces.rest.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The program's modules and assignments. The language is {@code ?lang=} when given, else the best match
 * of {@code Accept-Language}, else Dutch.
 */
@Tag(name = "Catalog", description = "The training program: modules and assignments, in Dutch or English")
@Singleton
@Path("catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final ProgramCatalogService program;
    private final ProgramJson json;

    @Inject
    public CatalogResource(ProgramCatalogService program, ProgramJson json) {
        this.program = program;
        this.json = json;
    }

    @GET
    @Operation(summary = "The modules and assignments of the loaded content packs")
    public Response catalog(@QueryParam("lang") String lang,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = RequestLanguage.of(lang, acceptLanguage);
        Map<String, PackInstallation> installed = program.installations().stream()
                .collect(Collectors.toMap(PackInstallation::packId, Function.identity()));
        List<CatalogView.PackSummary> packs = new ArrayList<>();
        List<CatalogView.ModuleSummary> modules = new ArrayList<>();
        for (LoadedPack loaded : program.catalog().packs()) {
            var pack = loaded.pack();
            PackInstallation installation = installed.get(pack.id());
            packs.add(new CatalogView.PackSummary(pack.id(), pack.version(), pack.title(), pack.description(),
                    pack.credits(), installation.source(), installation.firstLoadedAt()));
            pack.modules().forEach(module -> modules.add(new CatalogView.ModuleSummary(module.id(), pack.id(),
                    module.title(), module.introduction(), module.assignments().stream()
                    .map(a -> new CatalogView.AssignmentSummary(a.id(), a.type().code(), a.title()))
                    .toList())));
        }
        return localized(json.toTree(new CatalogView(language, packs, modules), language));
    }

    @GET
    @Path("assignments/{id}")
    @Operation(summary = "One assignment in full, with its questions")
    public Response assignment(@PathParam("id") String id, @QueryParam("lang") String lang,
                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = RequestLanguage.of(lang, acceptLanguage);
        AssignmentPlacement placement = program.placement(id).orElseThrow(() -> new ProblemException(
                Problem.of(Response.Status.NOT_FOUND, "There is no assignment '" + id
                        + "'. GET /api/catalog lists the assignments there are.")));
        ObjectNode assignment = (ObjectNode) json.toTree(placement.assignment(), language);
        assignment.put("packId", placement.pack().id());
        assignment.put("moduleId", placement.module().id());
        assignment.put("language", language.code());
        return localized(assignment);
    }

    private static Response localized(JsonNode body) {
        return Response.ok(body).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }
}
