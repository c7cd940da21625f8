package nl.samenspraak.tool.lti.registration;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** What an administrator or a platform gives to register a platform: everything but the bookkeeping. */
public record PlatformDetails(String issuer, String clientId, String name, URI authorizationUrl, URI tokenUrl,
                              URI jwksUrl, Optional<String> productFamily) {

    public PlatformDetails {
        Objects.requireNonNull(productFamily, "productFamily");
    }
}
