package nl.samenspraak.tool.demo;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /demo/jwks}: the demo platform's public key set, from which the tool checks its id_tokens. */
@Singleton
@Path("jwks")
public class DemoJwksResource {

    private final DemoPlatform platform;

    @Inject
    public DemoJwksResource(DemoPlatform platform) {
        this.platform = platform;
    }

    @GET
    public Response keySet() {
        return Response.ok(platform.keys().publicKeySet().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .build();
    }
}
