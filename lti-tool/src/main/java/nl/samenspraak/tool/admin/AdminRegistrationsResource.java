package nl.samenspraak.tool.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.interfaces.rest.ProblemException;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import nl.samenspraak.tool.lti.registration.RegistrationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/registrations}: the platforms that may launch the tool, added, changed, enabled or
 * disabled and removed by hand, with their deployments.
 */
@Tag(name = "Administration")
@Singleton
@Path("admin/registrations")
@AdminRequired
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminRegistrationsResource {

    private final RegistrationService registrations;
    private final RegistrationUsage usage;

    @Inject
    public AdminRegistrationsResource(RegistrationService registrations, RegistrationUsage usage) {
        this.registrations = registrations;
        this.usage = usage;
    }

    /** A registration as the admin API shows it. */
    public record RegistrationView(long id, String issuer, String clientId, String name, URI authorizationUrl,
                                   URI tokenUrl, URI jwksUrl, boolean enabled, String registeredBy,
                                   String productFamily, List<DeploymentView> deployments,
                                   RegistrationUsage.Usage usage, Instant createdAt, Instant updatedAt) {
    }

    public record DeploymentView(String deploymentId, String label, Instant createdAt) {
    }

    /** The fields an administrator fills in; deployment ids only when adding. */
    public record RegistrationForm(String issuer, String clientId, String name, String authorizationUrl,
                                   String tokenUrl, String jwksUrl, List<String> deploymentIds) {

        RegistrationService.Form form() {
            return new RegistrationService.Form(issuer, clientId, name, authorizationUrl, tokenUrl, jwksUrl);
        }
    }

    public record Enabled(Boolean enabled) {
    }

    public record DeploymentForm(String label) {
    }

    @GET
    @Operation(summary = "The registered platforms with their deployments and use")
    public List<RegistrationView> all() {
        return registrations.all().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One registered platform")
    public RegistrationView one(@PathParam("id") long id) {
        return view(registrations.find(id).orElseThrow(() -> notFound(id)));
    }

    @POST
    @Operation(summary = "Registers a platform by hand")
    public Response add(RegistrationForm body) {
        RegistrationForm form = requireBody(body);
        PlatformRegistration added = registrations.register(form.form(), PlatformRegistration.RegisteredBy.MANUAL,
                java.util.Optional.empty(), form.deploymentIds() == null ? List.of() : form.deploymentIds());
        // Resolved against the application's base /api/, where "/api/admin/..." became /api/api/admin/...
        return Response.created(URI.create("admin/registrations/" + added.id()))
                .entity(view(added)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Changes a platform's registration")
    public RegistrationView change(@PathParam("id") long id, RegistrationForm body) {
        return view(registrations.change(id, requireBody(body).form()).orElseThrow(() -> notFound(id)));
    }

    @PUT
    @Path("{id}/enabled")
    @Operation(summary = "Enables or disables a platform")
    public RegistrationView enable(@PathParam("id") long id, Enabled body) {
        if (body == null || body.enabled() == null) {
            throw new ProblemException(new Problem("about:blank", "Bad Request", 400,
                    "Send {\"enabled\": true} or {\"enabled\": false}.", null,
                    List.of(new Problem.FieldError("enabled", "must be true or false"))));
        }
        return view(registrations.enable(id, body.enabled()).orElseThrow(() -> notFound(id)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Removes a platform and everything launched through it")
    public Response remove(@PathParam("id") long id) {
        if (!registrations.remove(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/deployments/{deploymentId}")
    @Operation(summary = "Adds or renames a deployment")
    public RegistrationView putDeployment(@PathParam("id") long id, @PathParam("deploymentId") String deploymentId,
                                          DeploymentForm body) {
        return view(registrations.putDeployment(id, deploymentId, body == null ? null : body.label())
                .orElseThrow(() -> notFound(id)));
    }

    @GET
    @Path("{id}/deployments/{deploymentId}/usage")
    @Operation(summary = "What removing a deployment affects: the teachers with work and the courses in it")
    public RegistrationUsage.DeploymentUsage deploymentUsage(@PathParam("id") long id,
                                                             @PathParam("deploymentId") String deploymentId) {
        registrations.find(id).filter(registration -> registration.hasDeployment(deploymentId))
                .orElseThrow(() -> new ProblemException(Problem.of(Response.Status.NOT_FOUND, "Registration " + id
                        + " has no deployment '" + deploymentId + "'.")));
        return usage.ofDeployment(id, deploymentId);
    }

    @DELETE
    @Path("{id}/deployments/{deploymentId}")
    @Operation(summary = "Removes a deployment")
    public RegistrationView removeDeployment(@PathParam("id") long id, @PathParam("deploymentId") String deploymentId) {
        return view(registrations.removeDeployment(id, deploymentId).orElseThrow(() ->
                new ProblemException(Problem.of(Response.Status.NOT_FOUND, "Registration " + id
                        + " has no deployment '" + deploymentId + "'."))));
    }

    private RegistrationView view(PlatformRegistration registration) {
        return new RegistrationView(registration.id(), registration.issuer(), registration.clientId(),
                registration.name(), registration.authorizationUrl(), registration.tokenUrl(),
                registration.jwksUrl(), registration.enabled(), registration.registeredBy().name().toLowerCase(),
                registration.productFamily().orElse(null), registration.deployments().stream()
                .map(deployment -> new DeploymentView(deployment.deploymentId(), deployment.label().orElse(null),
                        deployment.createdAt())).toList(), usage.of(registration.id()), registration.createdAt(),
                registration.updatedAt());
    }

    private static RegistrationForm requireBody(RegistrationForm body) {
        if (body == null) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST,
                    "Send the registration as JSON: issuer, clientId, name, authorizationUrl, tokenUrl, jwksUrl."));
        }
        return body;
    }

    private static ProblemException notFound(long id) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND,
                "There is no registration " + id + ". GET /api/admin/registrations lists them."));
    }
}
