package nl.samenspraak.tool.lti.deeplinking;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A trainer's deep-linking launch waiting for their choice (Deep Linking 2.0, section 4.4): who asked, from which
 * registration, deployment and course, where the answer goes and the {@code data} it must echo.
 */
public record DeepLinkingRequest(String id, long registrationId, String deploymentId, long userId,
                                 Optional<Long> contextId, URI returnUrl, Optional<String> data,
                                 boolean acceptMultiple, Instant expiresAt, Optional<Instant> answeredAt) {

    public DeepLinkingRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(returnUrl, "returnUrl");
    }
}
