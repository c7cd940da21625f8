package nl.samenspraak.tool.demo;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.lti.login.AuthenticationRequest;

/**
 * The demo platform's OIDC authorization endpoint: checks the tool's authentication request as a platform
 * must (LTI 1.3 Core 5.1.1.2-5.1.1.3: the client, the registered redirect URI, prompt and response mode, a
 * known user whose login_hint matches the message hint the platform signed) and answers with a signed
 * id_token for the person and link that were clicked.
 */
@Singleton
public class DemoAuthorization {

    private final DemoPlatform platform;
    private final DemoCourse course;
    private final Clock clock;

    @Inject
    public DemoAuthorization(DemoPlatform platform, DemoCourse course, Clock clock) {
        this.platform = platform;
        this.course = course;
        this.clock = clock;
    }

    /** The authentication response: the id_token and state to post to the tool's redirect URI. */
    public record Authorized(URI redirectUri, String idToken, String state, Language language) {

        public Authorized {
            Objects.requireNonNull(redirectUri, "redirectUri");
            Objects.requireNonNull(idToken, "idToken");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(language, "language");
        }

        /** Without the token and state, which must not reach a log. */
        @Override
        public String toString() {
            return "Authorized[" + redirectUri + "]";
        }
    }

    /**
     * @param request      the request as received, with its query
     * @param responseMode the {@code response_mode} parameter, or null
     * @param prompt       the {@code prompt} parameter, or null
     * @throws DemoAuthorizationRejectedException on the first check that fails
     */
    public Authorized authorize(URI request, String responseMode, String prompt) {
        AuthenticationRequest authentication;
        try {
            authentication = AuthenticationRequest.parse(request);
        } catch (IllegalArgumentException e) {
            throw new DemoAuthorizationRejectedException(DemoAuthorizationError.INVALID_REQUEST, e.getMessage());
        }
        if (!"form_post".equals(responseMode)) {
            throw new DemoAuthorizationRejectedException(DemoAuthorizationError.RESPONSE_MODE_NOT_FORM_POST,
                    String.valueOf(responseMode));
        }
        if (!"none".equals(prompt)) {
            throw new DemoAuthorizationRejectedException(DemoAuthorizationError.PROMPT_NOT_NONE, String.valueOf(prompt));
        }
        if (!DemoPlatform.CLIENT_ID.equals(authentication.clientId())) {
            throw new DemoAuthorizationRejectedException(DemoAuthorizationError.UNKNOWN_CLIENT, authentication.clientId());
        }
        if (!platform.toolLaunchUrl().equals(authentication.redirectUri())) {
            throw new DemoAuthorizationRejectedException(DemoAuthorizationError.WRONG_REDIRECT_URI,
                    authentication.redirectUri().toString(), platform.toolLaunchUrl().toString());
        }
        DemoPersona persona = DemoPersona.fromId(authentication.loginHint()).orElseThrow(() ->
                new DemoAuthorizationRejectedException(DemoAuthorizationError.UNKNOWN_PERSON, authentication.loginHint()));
        Instant now = clock.instant();
        DemoMessageHint hint = authentication.ltiMessageHint()
                .flatMap(value -> DemoMessageHint.parse(value, platform.keys().hintKey(), now))
                .orElseThrow(() -> new DemoAuthorizationRejectedException(DemoAuthorizationError.INVALID_MESSAGE_HINT));
        if (hint.persona() != persona) {
            throw new DemoAuthorizationRejectedException(DemoAuthorizationError.HINT_FOR_OTHER_PERSON, persona.id());
        }
        // The program is read once on start, so a link the platform signed a moment ago is still there.
        DemoCourse.Link link = course.link(hint.assignmentId()).filter(found -> found.id().equals(hint.linkId()))
                .orElseThrow(() -> new DemoAuthorizationRejectedException(DemoAuthorizationError.INVALID_MESSAGE_HINT));
        DemoIdToken token = new DemoIdToken(platform.issuer(), DemoPlatform.CLIENT_ID, DemoPlatform.DEPLOYMENT_ID,
                persona, authentication.nonce(), platform.toolLaunchUrl(), course, link, hint.locale(), hint.display(),
                platform.url(""), now);
        return new Authorized(authentication.redirectUri(), token.toJWT(platform.keys().signingKey()),
                authentication.state(), hint.locale());
    }
}
