package nl.samenspraak.tool.lti.login;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.security.RandomTokens;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import nl.samenspraak.tool.lti.registration.PlatformRegistrations;

/**
 * Answers a platform's login initiation: finds the registration, checks deployment and target, and keeps a
 * new one-time state and nonce for the launch that follows.
 */
@Singleton
public class LoginService {

    /** Long enough for a slow platform and a slow browser, short enough that a stolen state is soon worthless. */
    public static final Duration STATE_LIFETIME = Duration.ofMinutes(10);

    private final PlatformRegistrations registrations;
    private final LoginStates states;
    private final PublicAddress address;
    private final RandomTokens random;
    private final Clock clock;

    @Inject
    public LoginService(PlatformRegistrations registrations, LoginStates states, PublicAddress address,
                        RandomTokens random, Clock clock) {
        this.registrations = registrations;
        this.states = states;
        this.address = address;
        this.random = random;
        this.clock = clock;
    }

    /** Where the login goes next: the authentication request, through the platform storage when offered. */
    public record LoginStart(AuthenticationRequest request, Optional<String> storageTarget,
                             PlatformRegistration registration) {
    }

    /** @throws LoginRejectedException when the login cannot go on; nothing is stored then */
    public LoginStart start(LoginInitiation login) {
        PlatformRegistration registration = registrationFor(login);
        if (!registration.enabled()) {
            throw new LoginRejectedException(LoginError.PLATFORM_DISABLED, registration.issuer(), registration.clientId());
        }
        login.deploymentId().filter(deployment -> !registration.accepts(deployment)).ifPresent(deployment -> {
            throw new LoginRejectedException(LoginError.UNKNOWN_DEPLOYMENT, deployment, registration.issuer(),
                    registration.clientId());
        });
        if (!address.isOwn(login.targetLinkUri())) {
            throw new LoginRejectedException(LoginError.FOREIGN_TARGET_LINK, login.targetLinkUri().toString());
        }
        Instant now = clock.instant();
        LoginState state = new LoginState(random.next(), random.next(), registration.id(), login.targetLinkUri(),
                login.storageTarget(), now, now.plus(STATE_LIFETIME));
        states.save(state);
        AuthenticationRequest request = new AuthenticationRequest(registration.authorizationUrl(),
                registration.clientId(), address.resolve("/lti/launch"), login.loginHint(), login.ltiMessageHint(),
                state.state(), state.nonce());
        return new LoginStart(request, login.storageTarget(), registration);
    }

    private PlatformRegistration registrationFor(LoginInitiation login) {
        if (login.clientId().isPresent()) {
            return registrations.find(login.issuer(), login.clientId().get()).orElseThrow(() ->
                    new LoginRejectedException(LoginError.UNKNOWN_PLATFORM, login.issuer(), login.clientId().get()));
        }
        List<PlatformRegistration> candidates = registrations.findByIssuer(login.issuer());
        if (candidates.isEmpty()) {
            throw new LoginRejectedException(LoginError.UNKNOWN_PLATFORM, login.issuer(), "-");
        }
        if (candidates.size() > 1) {
            throw new LoginRejectedException(LoginError.AMBIGUOUS_CLIENT, login.issuer());
        }
        return candidates.get(0);
    }
}
