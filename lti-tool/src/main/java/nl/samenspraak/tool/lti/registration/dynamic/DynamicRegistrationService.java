package nl.samenspraak.tool.lti.registration.dynamic;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.infrastructure.web.LogValues;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.lti.registration.DuplicateRegistrationException;
import nl.samenspraak.tool.lti.registration.InvalidRegistrationException;
import nl.samenspraak.tool.lti.registration.PlatformAddresses;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import nl.samenspraak.tool.lti.registration.PlatformRegistrations;
import nl.samenspraak.tool.lti.registration.RegistrationService;
import nl.samenspraak.tool.texts.Texts;

/**
 * LTI Dynamic Registration from the tool's side: read and check the platform's configuration, register
 * at the platform, then store the registration. Every check comes before the platform is asked, and the
 * registration is stored only after the platform accepted it, so a refusal anywhere stores nothing.
 */
@Singleton
public class DynamicRegistrationService {

    private static final Logger LOG = Logger.getLogger(DynamicRegistrationService.class.getName());
    private static final int MAX_ADDRESS_LENGTH = 2000;

    private final DynamicRegistrationClient client;
    private final RegistrationService registrations;
    private final PlatformRegistrations stored;
    private final PublicAddress address;
    private final Texts texts;

    @Inject
    public DynamicRegistrationService(DynamicRegistrationClient client, RegistrationService registrations,
                                      PlatformRegistrations stored, PublicAddress address, Texts texts) {
        this.client = client;
        this.registrations = registrations;
        this.stored = stored;
        this.address = address;
        this.texts = texts;
    }

    /** What the platform is and what the tool will ask of it, before anything is registered. */
    public record Preview(PlatformConfiguration platform, ToolRegistrationRequest request) {

        public Preview {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * @param alreadyRegistered the platform had registered the tool under this client_id before; the
     *                          deployment, if any, was added to that registration
     */
    public record Registered(PlatformRegistration registration, Optional<String> deploymentId,
                             boolean alreadyRegistered, Preview preview) {
    }

    /**
     * The configuration's address when it is one the tool could read, without reading it.
     *
     * @throws RegistrationRejectedException when it is not an address a platform may use
     */
    public URI configurationAddress(String configurationUrl) {
        return reachable(configurationUrl);
    }

    /**
     * @param language the administrator's language, in which the platform will show the tool's description
     * @throws RegistrationRejectedException when the configuration cannot be read or is not acceptable
     */
    public Preview preview(String configurationUrl, Optional<RegistrationToken> token, Language language) {
        URI configuration = reachable(configurationUrl);
        PlatformConfiguration platform = client.configuration(configuration, token);
        // The tool calls these later (keys at every launch, tokens for the services): the same rule now.
        client.allowed(platform.registrationEndpoint(), "registration_endpoint");
        client.allowed(platform.jwksUri(), "jwks_uri");
        client.allowed(platform.tokenEndpoint(), "token_endpoint");
        return new Preview(platform, ToolRegistrationRequest.forPlatform(platform, address, language, texts));
    }

    /** @throws RegistrationRejectedException when the platform or its answer is refused; nothing is stored then */
    public Registered register(String configurationUrl, Optional<RegistrationToken> token, Language language) {
        Preview preview = preview(configurationUrl, token, language);
        PlatformConfiguration platform = preview.platform();
        ToolRegistrationResponse response = client.register(platform.registrationEndpoint(), preview.request(), token);
        RegistrationService.Form form = new RegistrationService.Form(platform.issuer(), response.clientId(),
                platform.registrationName(), platform.authorizationEndpoint().toString(),
                platform.tokenEndpoint().toString(), platform.jwksUri().toString());
        try {
            PlatformRegistration added = registrations.register(form, PlatformRegistration.RegisteredBy.DYNAMIC,
                    Optional.of(platform.productFamilyCode()), response.deploymentId().stream().toList());
            return new Registered(added, response.deploymentId(), false, preview);
        } catch (DuplicateRegistrationException e) {
            return addDeployment(e, response, preview);
        } catch (InvalidRegistrationException e) {
            throw new RegistrationRejectedException(RegistrationError.RESPONSE_INVALID, e.getMessage());
        }
    }

    /** The platform registered the tool again under a client_id the tool knows: keep that registration. */
    private Registered addDeployment(DuplicateRegistrationException duplicate, ToolRegistrationResponse response,
                                     Preview preview) {
        PlatformRegistration existing = stored.find(duplicate.issuer(), duplicate.clientId())
                .orElseThrow(() -> duplicate);
        Optional<String> newDeployment = response.deploymentId().filter(id -> !existing.hasDeployment(id));
        PlatformRegistration registration = newDeployment
                .flatMap(id -> registrations.putDeployment(existing.id(), id, null))
                .orElse(existing);
        LOG.info("Platform " + LogValues.quote(existing.issuer()) + " client_id " + LogValues.quote(existing.clientId())
                + " registered again (dynamic)"
                + newDeployment.map(id -> ": deployment " + LogValues.quote(id) + " added to registration " + existing.id())
                .orElse(": registration " + existing.id() + " kept as it was"));
        return new Registered(registration, response.deploymentId(), true, preview);
    }

    private URI reachable(String configurationUrl) {
        Optional<URI> uri = configurationUrl.length() > MAX_ADDRESS_LENGTH ? Optional.empty()
                : PlatformAddresses.parse(configurationUrl);
        if (uri.isEmpty()) {
            throw new RegistrationRejectedException(RegistrationError.CONFIGURATION_URL_NOT_ALLOWED,
                    Redacted.address(configurationUrl));
        }
        return uri.get();
    }
}
