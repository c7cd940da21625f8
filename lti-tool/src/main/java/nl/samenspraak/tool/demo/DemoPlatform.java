package nl.samenspraak.tool.demo;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.lti.registration.DuplicateRegistrationException;
import nl.samenspraak.tool.lti.registration.PlatformDetails;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import nl.samenspraak.tool.lti.registration.PlatformRegistrations;

/**
 * The demo platform as the tool knows it. In demo mode it makes sure, on start, that the platform has its
 * keys and is registered (issuer {@code <public url>/demo}, client_id {@value #CLIENT_ID}, deployment
 * {@value #DEPLOYMENT_ID}), following the public address when it changed. Out of demo mode it removes what
 * an earlier trial left behind, so a production server has no demo registration and no demo keys.
 * <p>
 * The registration is written through {@link PlatformRegistrations}, not the administrator's validation:
 * a trial may run on a plain-http address other than localhost, which that validation rightly refuses.
 */
@Singleton
public class DemoPlatform {

    private static final Logger LOG = Logger.getLogger(DemoPlatform.class.getName());

    public static final String CLIENT_ID = "samenspraak-demo";
    public static final String DEPLOYMENT_ID = "samenspraak-demo-deployment";
    static final String NAME = "Samenspraak demo-leeromgeving";
    static final String PRODUCT_FAMILY = "samenspraak-demo";
    static final String DEPLOYMENT_LABEL = "Demo-cursus";

    private final PublicAddress address;
    private final Optional<DemoKeys> keys;

    @Inject
    public DemoPlatform(DemoMode mode, DemoPlatformKeys keyStore, PlatformRegistrations registrations,
                        PublicAddress address, Clock clock) {
        this.address = address;
        Instant now = clock.instant();
        if (mode.isOn()) {
            this.keys = Optional.of(keyStore.find().orElseGet(() -> keyStore.addIfAbsent(DemoKeys.generate(), now)));
            register(registrations, now);
        } else {
            this.keys = Optional.empty();
            removeLeftovers(keyStore, registrations);
        }
    }

    /** Registering on start, not on the first visit, makes the demo ready when the server says it started. */
    void prepareOnStart(@Observes Startup startup) {
        LOG.fine(() -> keys.isPresent() ? "Demo platform ready at " + issuer() : "Demo platform off");
    }

    /** @throws IllegalStateException out of demo mode, where the demo platform has no keys */
    public DemoKeys keys() {
        return keys.orElseThrow(() -> new IllegalStateException("The demo platform is off"));
    }

    /** An address of the demo platform: {@code url("/jwks")} is {@code <public url>/demo/jwks}. */
    public URI url(String path) {
        return address.resolve("/demo" + path);
    }

    public String issuer() {
        return url("").toString();
    }

    public URI authorizationUrl() {
        return url("/authorize");
    }

    /** Registered because a registration needs one; the demo platform offers no services that need a token yet. */
    public URI tokenUrl() {
        return url("/token");
    }

    public URI jwksUrl() {
        return url("/jwks");
    }

    /** The tool's login initiation URL, which the demo's links start at. */
    public URI toolLoginUrl() {
        return address.resolve("/lti/login");
    }

    /** The tool's launch URL: the only redirect_uri and target_link_uri the demo platform uses. */
    public URI toolLaunchUrl() {
        return address.resolve("/lti/launch");
    }

    private PlatformDetails details() {
        return new PlatformDetails(issuer(), CLIENT_ID, NAME, authorizationUrl(), tokenUrl(), jwksUrl(),
                Optional.of(PRODUCT_FAMILY));
    }

    private void register(PlatformRegistrations registrations, Instant now) {
        PlatformDetails details = details();
        PlatformRegistration registration;
        try {
            registration = demoRegistrations(registrations).stream().findFirst()
                    .map(found -> moved(found, details) ? move(registrations, found, details, now) : found)
                    .orElseGet(() -> registrations.add(details, PlatformRegistration.RegisteredBy.DEMO, true, List.of(), now));
        } catch (DuplicateRegistrationException e) {
            // Another server on the same database registered it a moment ago.
            registration = registrations.find(details.issuer(), CLIENT_ID).orElseThrow(() -> e);
        }
        if (!registration.hasDeployment(DEPLOYMENT_ID)) {
            registrations.putDeployment(registration.id(), DEPLOYMENT_ID, Optional.of(DEPLOYMENT_LABEL), now);
        }
        LOG.info("Demo platform on at " + details.issuer() + " (registration " + registration.id() + ")");
    }

    private static boolean moved(PlatformRegistration registration, PlatformDetails details) {
        return !registration.issuer().equals(details.issuer()) || !registration.clientId().equals(details.clientId())
                || !registration.authorizationUrl().equals(details.authorizationUrl())
                || !registration.tokenUrl().equals(details.tokenUrl())
                || !registration.jwksUrl().equals(details.jwksUrl());
    }

    private static PlatformRegistration move(PlatformRegistrations registrations, PlatformRegistration registration,
                                             PlatformDetails details, Instant now) {
        LOG.info("The public address changed: the demo platform moves from " + registration.issuer() + " to "
                + details.issuer());
        return registrations.update(registration.id(), details, now).orElseThrow();
    }

    private static void removeLeftovers(DemoPlatformKeys keyStore, PlatformRegistrations registrations) {
        List<PlatformRegistration> leftovers = demoRegistrations(registrations);
        leftovers.forEach(registration -> registrations.remove(registration.id()));
        boolean keysRemoved = keyStore.remove();
        if (!leftovers.isEmpty() || keysRemoved) {
            LOG.info("Demo mode is off: the demo platform's registration and keys are removed, with the launches"
                    + " of its fictional people.");
        }
    }

    private static List<PlatformRegistration> demoRegistrations(PlatformRegistrations registrations) {
        return registrations.all().stream()
                .filter(registration -> registration.registeredBy() == PlatformRegistration.RegisteredBy.DEMO)
                .toList();
    }
}
