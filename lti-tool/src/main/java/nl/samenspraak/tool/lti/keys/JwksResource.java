package nl.samenspraak.tool.lti.keys;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /lti/jwks}: the tool's public key set, which platforms use to check the tool's signatures. */
@Singleton
@Path("jwks")
public class JwksResource {

    /** Platforms may cache the set this long; a new key is published a rotation before it signs. */
    static final String CACHE = "public, max-age=3600";

    private final ToolKeyRing keyRing;

    @Inject
    public JwksResource(ToolKeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @GET
    public Response keySet() {
        return keySet(keyRing);
    }

    static Response keySet(ToolKeyRing keyRing) {
        return Response.ok(keyRing.publicKeySet().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .build();
    }
}
