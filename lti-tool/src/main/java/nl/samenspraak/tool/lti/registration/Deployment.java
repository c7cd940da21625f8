package nl.samenspraak.tool.lti.registration;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One deployment of the tool on a platform (a whole site, or one course), as its deployment_id names it. */
public record Deployment(String deploymentId, Optional<String> label, Instant createdAt) {

    public Deployment {
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(label, "label");
    }
}
