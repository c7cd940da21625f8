package nl.samenspraak.tool.lti.registration;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform the tool trusts. The key is (issuer, client_id): one issuer may register the tool several
 * times (Canvas uses one issuer for every school).
 *
 * @param productFamily what the platform said it is during dynamic registration ("moodle", "canvas", ...)
 */
public record PlatformRegistration(long id, String issuer, String clientId, String name, URI authorizationUrl,
                                   URI tokenUrl, URI jwksUrl, boolean enabled, RegisteredBy registeredBy,
                                   Optional<String> productFamily, List<Deployment> deployments,
                                   Instant createdAt, Instant updatedAt) {

    /** How the registration came about. */
    public enum RegisteredBy { MANUAL, DYNAMIC, DEMO }

    public PlatformRegistration {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(productFamily, "productFamily");
        deployments = List.copyOf(deployments);
    }

    public boolean hasDeployment(String deploymentId) {
        return deployments.stream().anyMatch(deployment -> deployment.deploymentId().equals(deploymentId));
    }

    /**
     * Whether a launch may come from this deployment: a registered one; or, for a dynamic registration that
     * has none yet, the first one (Canvas and Brightspace register without naming a deployment, and the
     * id_token that names it is signed with the key the administrator approved at registration).
     */
    public boolean accepts(String deploymentId) {
        return hasDeployment(deploymentId) || registeredBy == RegisteredBy.DYNAMIC && deployments.isEmpty();
    }
}
