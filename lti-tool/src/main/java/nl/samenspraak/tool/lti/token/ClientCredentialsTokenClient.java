package nl.samenspraak.tool.lti.token;

import com.nimbusds.common.contenttype.ContentType;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import nl.samenspraak.tool.lti.keys.ToolKey;
import nl.samenspraak.tool.lti.keys.ToolKeyRing;

/**
 * The client_credentials grant with a private_key_jwt client assertion (LTI Security Framework 1.0,
 * section 4.1): {@code iss} = {@code sub} = client_id, {@code aud} one string, a fresh {@code jti}, five
 * minutes to live, RS256 with the current key's kid. Request and response are Nimbus's.
 */
@Singleton
public class ClientCredentialsTokenClient implements TokenClient {

    /** Token endpoints can be slow (the platforms' notes say to allow about 30 s). */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** When a platform leaves expires_in out: short, so a token it meant to be short is not kept long. */
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private final ToolKeyRing keyRing;
    private final Clock clock;

    @Inject
    public ClientCredentialsTokenClient(ToolKeyRing keyRing, Clock clock) {
        this.keyRing = keyRing;
        this.clock = clock;
    }

    @Override
    public nl.samenspraak.tool.lti.token.AccessToken request(TokenEndpoint endpoint, Set<String> scopes) {
        HTTPResponse answer;
        try {
            answer = httpRequest(endpoint, scopes).send();
        } catch (IOException e) {
            throw new TokenRequestFailedException(0, Optional.empty(),
                    "The token endpoint " + endpoint.tokenUrl() + " did not answer: " + e.getMessage(), e);
        }
        Instant received = clock.instant();
        TokenResponse response;
        // Moodle's token.php sends its JSON as text/html (its service response sets no type): the answer of a
        // token endpoint is JSON by RFC 6749 (section 5), so it is read as JSON whatever the header says.
        answer.setEntityContentType(ContentType.APPLICATION_JSON);
        try {
            response = TokenResponse.parse(answer);
        } catch (ParseException e) {
            throw new TokenRequestFailedException(answer.getStatusCode(), Optional.empty(),
                    "The token endpoint " + endpoint.tokenUrl() + " answered HTTP " + answer.getStatusCode()
                            + " with no token response: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new TokenRequestFailedException(answer.getStatusCode(), Optional.ofNullable(error.getCode()),
                    "The token endpoint " + endpoint.tokenUrl() + " refused: HTTP " + answer.getStatusCode() + " "
                            + error.getCode() + Optional.ofNullable(error.getDescription()).map(d -> " (" + d + ")")
                            .orElse(""), null);
        }
        AccessToken token = response.toSuccessResponse().getTokens().getAccessToken();
        Duration lifetime = token.getLifetime() > 0 ? Duration.ofSeconds(token.getLifetime()) : DEFAULT_LIFETIME;
        return new nl.samenspraak.tool.lti.token.AccessToken(token.getValue(), received.plus(lifetime));
    }

    /** The token request as it goes over the wire: form-urlencoded, with the signed assertion. */
    HTTPRequest httpRequest(TokenEndpoint endpoint, Set<String> scopes) {
        ToolKey key = keyRing.signingKey();
        JWTAuthenticationClaimsSet claims = new JWTAuthenticationClaimsSet(new ClientID(endpoint.clientId()),
                new Audience(endpoint.assertionAudience()));
        PrivateKeyJWT assertion;
        try {
            assertion = new PrivateKeyJWT(claims, JWSAlgorithm.RS256, key.keyPair().toRSAPrivateKey(), key.kid(), null);
        } catch (JOSEException e) {
            throw new IllegalStateException("The tool's current key cannot sign", e);
        }
        HTTPRequest request = new TokenRequest(endpoint.tokenUrl(), assertion, new ClientCredentialsGrant(),
                new Scope(scopes.stream().sorted().toArray(String[]::new))).toHTTPRequest();
        request.setConnectTimeout((int) TIMEOUT.toMillis());
        request.setReadTimeout((int) TIMEOUT.toMillis());
        return request;
    }
}
