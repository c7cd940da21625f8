package nl.samenspraak.tool.lti.grades;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import nl.samenspraak.tool.lti.token.AccessToken;
import nl.samenspraak.tool.lti.token.AccessTokens;
import nl.samenspraak.tool.lti.token.TokenEndpoint;
import nl.samenspraak.tool.lti.token.TokenRequestFailedException;

/**
 * The service calls of one score, with a bearer token: on a 401 the token is renewed once and the call made
 * again; a second 401 is answered as it is (Moodle also answers 401 for a missing permission).
 */
final class AuthorizedCalls {

    private final HttpClient http;
    private final Duration timeout;
    private final AccessTokens tokens;
    private final TokenEndpoint endpoint;
    private final Set<String> scopes;
    private AccessToken token;
    private boolean renewed;

    AuthorizedCalls(HttpClient http, Duration timeout, AccessTokens tokens, TokenEndpoint endpoint,
                    Set<String> scopes) {
        this.http = http;
        this.timeout = timeout;
        this.tokens = tokens;
        this.endpoint = endpoint;
        this.scopes = scopes;
    }

    /** @throws PlatformCallFailedException when no token came or the platform did not answer */
    HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> response = once(request);
        if (response.statusCode() == 401 && !renewed) {
            renewed = true;
            tokens.rejected(endpoint, scopes, token);
            token = null;
            response = once(request);
        }
        return response;
    }

    private HttpResponse<String> once(HttpRequest.Builder request) {
        if (token == null) {
            try {
                token = tokens.token(endpoint, scopes);
            } catch (TokenRequestFailedException e) {
                throw new PlatformCallFailedException(new SendOutcome.Retry("no access token: " + e.getMessage(),
                        Optional.empty()));
            }
        }
        HttpRequest built = request.copy().timeout(timeout).setHeader("Authorization", token.authorization()).build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new PlatformCallFailedException(new SendOutcome.Retry("no answer within " + timeout.toMillis()
                    + " ms from " + built.uri().getHost(), Optional.empty()));
        } catch (IOException e) {
            throw new PlatformCallFailedException(new SendOutcome.Retry("cannot reach " + built.uri().getHost() + ": "
                    + e.getClass().getSimpleName(), Optional.empty()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformCallFailedException(new SendOutcome.Retry("interrupted (server stopping)",
                    Optional.empty()));
        }
    }
}
