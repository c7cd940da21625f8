package nl.samenspraak.tool.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import nl.samenspraak.tool.lti.keys.ToolKey;
import nl.samenspraak.tool.lti.keys.ToolKeyRing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/keys}: the tool's published keys, and rotation. Private keys never leave the server. */
@Tag(name = "Administration")
@Singleton
@Path("admin/keys")
@AdminRequired
@Produces(MediaType.APPLICATION_JSON)
public class AdminKeysResource {

    private final ToolKeyRing keyRing;

    @Inject
    public AdminKeysResource(ToolKeyRing keyRing) {
        this.keyRing = keyRing;
    }

    /** A key as the administrator sees it; {@code publishedUntil} only for a retired key. */
    public record KeyView(String kid, String status, Instant createdAt, Instant activatedAt, Instant retiredAt,
                          Instant publishedUntil) {

        static KeyView of(ToolKey key) {
            return new KeyView(key.kid(), key.status().name().toLowerCase(), key.createdAt(), key.activatedAt(),
                    key.retiredAt(), key.retiredAt() == null ? null : key.retiredAt().plus(ToolKeyRing.GRACE));
        }
    }

    @GET
    @Operation(summary = "The tool's published keys, without private parts")
    public List<KeyView> keys() {
        return keyRing.keys().stream().map(KeyView::of).toList();
    }

    /** Makes the next key current; answers with the keys as they are now. */
    @POST
    @Path("rotate")
    @Operation(summary = "Makes the next key current and retires the current one")
    public List<KeyView> rotate() {
        keyRing.rotate();
        return keys();
    }
}
