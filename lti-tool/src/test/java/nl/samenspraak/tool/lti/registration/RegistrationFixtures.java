package nl.samenspraak.tool.lti.registration;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;

/** Registrations for repository tests, whose rows need a platform to belong to. */
public final class RegistrationFixtures {

    private RegistrationFixtures() {
    }

    /** A platform with this issuer and client_id, its endpoints under the issuer, and one deployment. */
    public static PlatformRegistration add(Sql sql, String issuer, String clientId, String deploymentId, Instant now) {
        JdbcPlatformRegistrations registrations = new JdbcPlatformRegistrations(sql);
        return registrations.add(details(issuer, clientId), PlatformRegistration.RegisteredBy.MANUAL, true,
                List.of(deploymentId), now);
    }

    public static PlatformDetails details(String issuer, String clientId) {
        return new PlatformDetails(issuer, clientId, "Platform " + clientId, URI.create(issuer + "/auth"),
                URI.create(issuer + "/token"), URI.create(issuer + "/jwks"), Optional.empty());
    }
}
