package nl.samenspraak.tool.lti.keys;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** {@code GET /.well-known/jwks.json}: the same key set as {@code /lti/jwks}, where OAuth clients look first. */
@Singleton
@Path("jwks.json")
public class WellKnownJwksResource {

    private final ToolKeyRing keyRing;

    @Inject
    public WellKnownJwksResource(ToolKeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @GET
    public Response keySet() {
        return JwksResource.keySet(keyRing);
    }
}
