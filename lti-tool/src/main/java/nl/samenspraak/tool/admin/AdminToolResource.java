package nl.samenspraak.tool.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/admin/tool}: the values an administrator pastes into the LMS when registering by hand. */
@Tag(name = "Administration")
@Singleton
@Path("admin/tool")
@AdminRequired
@Produces(MediaType.APPLICATION_JSON)
public class AdminToolResource {

    private final PublicAddress address;

    @Inject
    public AdminToolResource(PublicAddress address) {
        this.address = address;
    }

    /** The tool's side of a registration; the deep-linking URL is the launch URL, which tells the messages apart. */
    public record ToolValues(URI toolUrl, String domain, URI loginUrl, URI redirectUri, URI deepLinkingUrl,
                             URI keySetUrl, URI dynamicRegistrationUrl) {
    }

    @GET
    @Operation(summary = "The values to enter in a learning platform when registering by hand")
    public ToolValues values() {
        return new ToolValues(address.base(), address.domain(), address.resolve("/lti/login"),
                address.resolve("/lti/launch"), address.resolve("/lti/launch"), address.resolve("/lti/jwks"),
                address.resolve("/lti/register"));
    }
}
