package nl.samenspraak.tool.lti.token;

import java.util.Set;

/** Asks a platform's token endpoint for a new token. */
public interface TokenClient {

    /** @throws TokenRequestFailedException when the platform gives none */
    AccessToken request(TokenEndpoint endpoint, Set<String> scopes);
}
