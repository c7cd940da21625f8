package nl.samenspraak.tool.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.infrastructure.security.RandomTokens;
import nl.samenspraak.tool.infrastructure.web.LogValues;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.lti.login.LoginState;
import nl.samenspraak.tool.lti.login.LoginStates;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import nl.samenspraak.tool.lti.registration.PlatformRegistrations;
import nl.samenspraak.tool.lti.session.SessionHandOver;
import nl.samenspraak.tool.lti.session.SessionTokens;

/**
 * Handles the launch a platform posts: the login's state is checked, the id_token validated, the browser's
 * binding to the login confirmed (state cookie, or the platform's storage through a second step), and only
 * then is anything stored and a session made. Every refusal happens before the first write.
 */
@Singleton
public class LaunchService {

    private static final Logger LOG = Logger.getLogger(LaunchService.class.getName());

    /** How long the storage check of a pending launch may take. */
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(2);

    private final LoginStates states;
    private final PlatformRegistrations registrations;
    private final IdTokenValidator validator;
    private final LaunchRecords records;
    private final PendingLaunches pending;
    private final DeepLinkingStarts deepLinking;
    private final SessionTokens sessions;
    private final SessionHandOver handOver;
    private final PublicAddress address;
    private final RandomTokens random;
    private final Clock clock;

    @Inject
    public LaunchService(LoginStates states, PlatformRegistrations registrations, IdTokenValidator validator,
                         LaunchRecords records, PendingLaunches pending, DeepLinkingStarts deepLinking,
                         SessionTokens sessions, SessionHandOver handOver, PublicAddress address, RandomTokens random,
                         Clock clock) {
        this.states = states;
        this.registrations = registrations;
        this.validator = validator;
        this.records = records;
        this.pending = pending;
        this.deepLinking = deepLinking;
        this.sessions = sessions;
        this.handOver = handOver;
        this.address = address;
        this.random = random;
        this.clock = clock;
    }

    /** What the browser does after the launch. */
    public sealed interface Outcome {
    }

    /**
     * The launch is done: the browser goes to the tool's page with a one-time code for the session.
     *
     * @param location the page, with the code in its fragment (never sent to a server, never in a Referer); the
     *                 page exchanges it for the session token at once, and a second exchange gets nothing
     */
    public record Completed(URI location, Language language) implements Outcome {
    }

    /** The browser must first find the state in the platform's storage and confirm the pending launch. */
    public record StorageCheck(String pendingLaunchId, String state, String storageTarget, String platformOrigin,
                               Language language) implements Outcome {
    }

    /**
     * @param browserHasStateCookie whether the request carried the login's state cookie
     * @param requestLanguage       the browser's language, for a launch that names no locale
     * @throws LaunchRejectedException when the launch is refused; nothing is stored then
     */
    public Outcome launch(String idToken, String state, boolean browserHasStateCookie, Language requestLanguage) {
        if (state == null || state.isBlank()) {
            throw new LaunchRejectedException(LaunchError.MISSING_PARAMETER, "state");
        }
        if (idToken == null || idToken.isBlank()) {
            throw new LaunchRejectedException(LaunchError.MISSING_PARAMETER, "id_token");
        }
        Instant now = clock.instant();
        LoginState login = states.findUsable(state, now).orElseThrow(() -> new LaunchRejectedException(
                states.wasUsed(state) ? LaunchError.STATE_USED : LaunchError.STATE_UNKNOWN));
        PlatformRegistration registration = enabledRegistration(login.registrationId());
        IdTokenValidator.ValidatedToken token = validator.validate(idToken, login, registration);
        if (!browserHasStateCookie && login.storageTarget().isEmpty()) {
            throw new LaunchRejectedException(LaunchError.BROWSER_NOT_BOUND);
        }
        if (!states.use(state, now)) {
            throw new LaunchRejectedException(LaunchError.STATE_USED);
        }
        refuseDeepLinkingOfNonInstructor(token.launch());
        Language language = language(token.launch(), requestLanguage);
        if (browserHasStateCookie) {
            return complete(token.launch(), registration, language);
        }
        PendingLaunch waiting = new PendingLaunch(random.next(), state, registration.id(), token.claims().toString(),
                now.plus(PENDING_LIFETIME));
        pending.save(waiting);
        URI authorization = registration.authorizationUrl();
        return new StorageCheck(waiting.id(), state, login.storageTarget().get(),
                authorization.getScheme() + "://" + authorization.getRawAuthority(), language);
    }

    /**
     * Completes a pending launch once the browser found {@code storedState} in the platform's storage.
     *
     * @throws LaunchRejectedException when there is no such pending launch or the state does not match
     */
    public Completed confirm(String pendingLaunchId, String storedState) {
        if (pendingLaunchId == null || storedState == null) {
            throw new LaunchRejectedException(LaunchError.STORAGE_MISMATCH);
        }
        PendingLaunch waiting = pending.take(pendingLaunchId, clock.instant())
                .filter(found -> MessageDigest.isEqual(found.state().getBytes(StandardCharsets.UTF_8),
                        storedState.getBytes(StandardCharsets.UTF_8)))
                .orElseThrow(() -> new LaunchRejectedException(LaunchError.STORAGE_MISMATCH));
        PlatformRegistration registration = enabledRegistration(waiting.registrationId());
        LtiLaunch launch;
        try {
            launch = LtiLaunch.parse(JWTClaimsSet.parse(waiting.claims()), registration.clientId());
        } catch (ParseException e) {
            throw new IllegalStateException("A stored pending launch cannot be read", e);
        }
        return complete(launch, registration, language(launch, Language.NL));
    }

    private PlatformRegistration enabledRegistration(long registrationId) {
        PlatformRegistration registration = registrations.find(registrationId)
                .orElseThrow(() -> new LaunchRejectedException(LaunchError.STATE_UNKNOWN));
        if (!registration.enabled()) {
            throw new LaunchRejectedException(LaunchError.PLATFORM_DISABLED, registration.issuer(),
                    registration.clientId());
        }
        return registration;
    }

    /** Choosing content is the trainer's: a learner's deep-linking launch never reaches the picker. */
    private static void refuseDeepLinkingOfNonInstructor(LtiLaunch launch) {
        if (launch.messageType() == LtiLaunch.MessageType.DEEP_LINKING
                && launch.roles().toolRole() != ToolRole.INSTRUCTOR) {
            throw new LaunchRejectedException(LaunchError.DEEP_LINKING_NOT_ALLOWED, launch.roles().joined());
        }
    }

    private Completed complete(LtiLaunch launch, PlatformRegistration registration, Language language) {
        refuseDeepLinkingOfNonInstructor(launch);
        if (!registration.hasDeployment(launch.deploymentId())) {
            registrations.putDeployment(registration.id(), launch.deploymentId(), Optional.of("first launch"),
                    clock.instant());
            LOG.info("Deployment " + LogValues.quote(launch.deploymentId()) + " added to dynamic registration " + registration.id()
                    + " at its first launch");
        }
        RecordedLaunch recorded = records.record(launch, registration.id(), clock.instant());
        String token = sessions.issue(recorded, registration.id(), launch.deploymentId(), launch.roles().toolRole(),
                language);
        String page = "/app/";
        if (launch.deepLinking().isPresent()) {
            page = "/app/deep-linking/" + deepLinking.keep(launch.deepLinking().get(), recorded, registration.id(),
                    launch.deploymentId(), clock.instant());
        }
        return new Completed(URI.create(address.resolve(page) + "#code=" + handOver.codeFor(token)), language);
    }

    private static Language language(LtiLaunch launch, Language fallback) {
        Optional<String> locale = launch.locale();
        return locale.isPresent() ? Language.fromTag(locale.get()) : fallback;
    }
}
