package nl.samenspraak.tool.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.interfaces.rest.ProblemException;
import nl.samenspraak.tool.lti.token.TokenAudiences;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/registrations/{id}/token-audience}: the audience of the tool's token requests to the
 * platform, for platforms that want another than their token URL (Brightspace).
 */
@Tag(name = "Administration")
@Singleton
@Path("admin/registrations/{id}/token-audience")
@AdminRequired
@Produces(MediaType.APPLICATION_JSON)
public class AdminTokenAudienceResource {

    private final TokenAudiences audiences;

    @Inject
    public AdminTokenAudienceResource(TokenAudiences audiences) {
        this.audiences = audiences;
    }

    /** @param tokenAudience null or empty: the token URL */
    public record TokenAudience(String tokenAudience) {
    }

    @GET
    @Operation(summary = "The audience of the tool's token requests to this platform; empty means its token URL")
    public TokenAudience get(@PathParam("id") long id) {
        return new TokenAudience(audiences.of(id).orElseThrow(() -> notFound(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the audience of the tool's token requests (Brightspace: https://api.brightspace.com/auth/token)")
    public TokenAudience set(@PathParam("id") long id, TokenAudience body) {
        if (body == null) {
            throw invalid("Send {\"tokenAudience\": \"https://...\"}, or an empty one for the token URL.");
        }
        try {
            if (!audiences.set(id, Optional.ofNullable(body.tokenAudience()))) {
                throw notFound(id);
            }
        } catch (IllegalArgumentException e) {
            throw invalid("tokenAudience " + e.getMessage() + ".");
        }
        return get(id);
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(new Problem("about:blank", "Bad Request", 400, detail, null,
                List.of(new Problem.FieldError("tokenAudience", "must be an https URL, or empty for the token URL"))));
    }

    private static ProblemException notFound(long id) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND,
                "There is no registration " + id + ". GET /api/admin/registrations lists them."));
    }
}
