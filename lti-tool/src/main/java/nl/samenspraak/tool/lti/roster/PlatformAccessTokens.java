package nl.samenspraak.tool.lti.roster;

import java.util.Set;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;

/**
 * Access tokens for a platform's services (LTI Security Framework, 4.1): OAuth 2.0 client_credentials with a
 * signed JWT assertion. The grades work has the same need; one implementation can serve both.
 */
public interface PlatformAccessTokens {

    /**
     * A usable token for these scopes, from the cache while it lasts.
     *
     * @throws RosterUnavailableException when the platform gives no token
     */
    String token(PlatformRegistration registration, Set<String> scopes);

    /** Forgets the cached token for these scopes, after the platform refused it (401). */
    void forget(PlatformRegistration registration, Set<String> scopes);
}
