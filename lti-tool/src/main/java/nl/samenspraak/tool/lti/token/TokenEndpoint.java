package nl.samenspraak.tool.lti.token;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and as whom the tool asks a platform for tokens.
 *
 * @param audience the assertion's {@code aud} when it is not the token URL (Brightspace wants
 *                 {@code https://api.brightspace.com/auth/token} while its token URL is another)
 */
public record TokenEndpoint(URI tokenUrl, String clientId, Optional<String> audience) {

    public TokenEndpoint {
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(audience, "audience");
    }

    /** The assertion's audience: one string, the configured one or else the token URL. */
    public String assertionAudience() {
        return audience.filter(value -> !value.isBlank()).orElse(tokenUrl.toString());
    }
}
