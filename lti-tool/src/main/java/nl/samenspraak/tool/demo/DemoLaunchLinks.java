package nl.samenspraak.tool.demo;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import nl.samenspraak.tool.lti.login.LoginInitiation;

/**
 * Makes the address a link of the demo course opens: the tool's OIDC login initiation, as a platform sends
 * it, with the person as {@code login_hint} and the rest of the choice in a signed {@code lti_message_hint}.
 */
@Singleton
public class DemoLaunchLinks {

    private final DemoPlatform platform;
    private final Clock clock;

    @Inject
    public DemoLaunchLinks(DemoPlatform platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    public URI loginUri(DemoLaunchChoice choice) {
        DemoMessageHint hint = new DemoMessageHint(choice.persona(), choice.link().id(), choice.link().assignmentId(),
                choice.locale(), choice.display(), clock.instant().plus(DemoMessageHint.LIFETIME));
        LoginInitiation login = new LoginInitiation(platform.issuer(), choice.persona().id(), platform.toolLaunchUrl(),
                Optional.of(hint.toJWT(platform.keys().hintKey())), Optional.of(DemoPlatform.CLIENT_ID),
                Optional.of(DemoPlatform.DEPLOYMENT_ID), Optional.empty());
        return login.toURI(platform.toolLoginUrl());
    }
}
