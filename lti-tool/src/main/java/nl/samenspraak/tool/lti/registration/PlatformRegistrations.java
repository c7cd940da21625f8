package nl.samenspraak.tool.lti.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored platform registrations with their deployments. */
public interface PlatformRegistrations {

    List<PlatformRegistration> all();

    Optional<PlatformRegistration> find(long id);

    Optional<PlatformRegistration> find(String issuer, String clientId);

    /** Every registration of an issuer, for a login that names no client_id. */
    List<PlatformRegistration> findByIssuer(String issuer);

    /**
     * Adds a registration with its deployments, in one transaction.
     *
     * @throws DuplicateRegistrationException when (issuer, client_id) is registered already
     */
    PlatformRegistration add(PlatformDetails details, PlatformRegistration.RegisteredBy by, boolean enabled,
                             List<String> deploymentIds, Instant now);

    /** @throws DuplicateRegistrationException when the new (issuer, client_id) belongs to another registration */
    Optional<PlatformRegistration> update(long id, PlatformDetails details, Instant now);

    Optional<PlatformRegistration> setEnabled(long id, boolean enabled, Instant now);

    /** Removes the registration and everything launched through it. */
    boolean remove(long id);

    /** Adds a deployment, or renames it when it is there already. */
    Optional<PlatformRegistration> putDeployment(long id, String deploymentId, Optional<String> label, Instant now);

    Optional<PlatformRegistration> removeDeployment(long id, String deploymentId, Instant now);
}
