package nl.samenspraak.tool.lti.registration;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.infrastructure.web.LogValues;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * Adds, changes, disables and removes platform registrations and their deployments, checking every field
 * first so that a refused change leaves the stored registration as it was.
 */
@Singleton
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class.getName());

    private final PlatformRegistrations registrations;
    private final Clock clock;
    private final Texts texts;

    @Inject
    public RegistrationService(PlatformRegistrations registrations, Clock clock, Texts texts) {
        this.registrations = registrations;
        this.clock = clock;
        this.texts = texts;
    }

    /** The fields of a registration as an administrator or a platform typed them. */
    public record Form(String issuer, String clientId, String name, String authorizationUrl, String tokenUrl,
                       String jwksUrl) {
    }

    public List<PlatformRegistration> all() {
        return registrations.all();
    }

    public Optional<PlatformRegistration> find(long id) {
        return registrations.find(id);
    }

    public PlatformRegistration register(Form form, PlatformRegistration.RegisteredBy by,
                                         Optional<String> productFamily, List<String> deploymentIds) {
        PlatformDetails details = validate(form, productFamily);
        deploymentIds.forEach(this::validateDeploymentId);
        PlatformRegistration added = registrations.add(details, by, true,
                deploymentIds.stream().map(String::strip).distinct().toList(), clock.instant());
        LOG.info("Platform registered (" + by.name().toLowerCase() + "): " + LogValues.quote(details.issuer())
                + " client_id " + LogValues.quote(details.clientId()) + " as registration " + added.id());
        return added;
    }

    public Optional<PlatformRegistration> change(long id, Form form) {
        Optional<String> productFamily = registrations.find(id).flatMap(PlatformRegistration::productFamily);
        return registrations.update(id, validate(form, productFamily), clock.instant());
    }

    public Optional<PlatformRegistration> enable(long id, boolean enabled) {
        Optional<PlatformRegistration> changed = registrations.setEnabled(id, enabled, clock.instant());
        changed.ifPresent(registration -> LOG.info("Platform registration " + id + (enabled ? " enabled" : " disabled")));
        return changed;
    }

    public boolean remove(long id) {
        boolean removed = registrations.remove(id);
        if (removed) {
            LOG.info("Platform registration " + id + " removed with everything launched through it");
        }
        return removed;
    }

    public Optional<PlatformRegistration> putDeployment(long id, String deploymentId, String label) {
        validateDeploymentId(deploymentId);
        Optional<String> cleanLabel = Optional.ofNullable(label).map(String::strip).filter(text -> !text.isEmpty());
        if (cleanLabel.isPresent() && cleanLabel.get().length() > 200) {
            throw new InvalidRegistrationException(List.of(new InvalidRegistrationException.FieldProblem("label",
                    texts.of(TextKey.REGISTRATION_USE_AT_MOST, 200))));
        }
        return registrations.putDeployment(id, deploymentId.strip(), cleanLabel, clock.instant());
    }

    public Optional<PlatformRegistration> removeDeployment(long id, String deploymentId) {
        return registrations.removeDeployment(id, deploymentId, clock.instant());
    }

    private void validateDeploymentId(String deploymentId) {
        if (deploymentId == null || deploymentId.isBlank() || deploymentId.strip().length() > 255) {
            throw new InvalidRegistrationException(List.of(new InvalidRegistrationException.FieldProblem("deploymentId",
                    texts.of(TextKey.REGISTRATION_FILL_DEPLOYMENT_ID_PLATFORM))));
        }
    }

    private PlatformDetails validate(Form form, Optional<String> productFamily) {
        List<InvalidRegistrationException.FieldProblem> problems = new ArrayList<>();
        Optional<URI> issuer = address(problems, "issuer", form.issuer(), 500);
        issuer.filter(uri -> uri.getRawQuery() != null).ifPresent(uri -> problems.add(
                new InvalidRegistrationException.FieldProblem("issuer",
                        texts.of(TextKey.REGISTRATION_ISSUER_ADDRESS_WITHOUT_QUERY))));
        String clientId = text(problems, "clientId", form.clientId(), 255,
                texts.of(TextKey.REGISTRATION_FILL_CLIENT_ID_PLATFORM));
        String name = form.name() == null || form.name().isBlank()
                ? issuer.map(URI::getHost).orElse("")
                : text(problems, "name", form.name(), 200, texts.of(TextKey.REGISTRATION_GIVE_PLATFORM_NAME));
        Optional<URI> authorization = address(problems, "authorizationUrl", form.authorizationUrl(), 1000);
        Optional<URI> token = address(problems, "tokenUrl", form.tokenUrl(), 1000);
        Optional<URI> jwks = address(problems, "jwksUrl", form.jwksUrl(), 1000);
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException(problems);
        }
        // The issuer is kept exactly as given: a launch's iss claim must equal it character for character.
        return new PlatformDetails(form.issuer().strip(), clientId, name, authorization.orElseThrow(),
                token.orElseThrow(), jwks.orElseThrow(), productFamily);
    }

    private Optional<URI> address(List<InvalidRegistrationException.FieldProblem> problems, String field,
                                  String value, int maxLength) {
        Optional<URI> uri = value == null || value.strip().length() > maxLength ? Optional.empty()
                : PlatformAddresses.parse(value);
        if (uri.isEmpty()) {
            problems.add(new InvalidRegistrationException.FieldProblem(field,
                    texts.of(TextKey.REGISTRATION_FILL_FULL_HTTPS_ADDRESS, maxLength)));
        }
        return uri;
    }

    private String text(List<InvalidRegistrationException.FieldProblem> problems, String field, String value,
                        int maxLength, LocalizedText whenBlank) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidRegistrationException.FieldProblem(field, whenBlank));
            return "";
        }
        if (value.strip().length() > maxLength) {
            problems.add(new InvalidRegistrationException.FieldProblem(field,
                    texts.of(TextKey.REGISTRATION_USE_AT_MOST, maxLength)));
        }
        return value.strip();
    }
}
