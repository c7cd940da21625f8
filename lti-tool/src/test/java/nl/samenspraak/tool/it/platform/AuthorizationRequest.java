package nl.samenspraak.tool.it.platform;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The OIDC authentication request the tool sends the browser to the platform with, as the platform reads
 * it from the login's redirect (LTI 1.3 Core, 5.1.1.2).
 */
public record AuthorizationRequest(URI endpoint, Map<String, String> parameters) {

    public AuthorizationRequest {
        parameters = Map.copyOf(parameters);
    }

    /** Reads the request from the address the tool sent the browser to. */
    public static AuthorizationRequest from(URI address) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = address.getRawQuery() == null ? "" : address.getRawQuery();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
                if (parameters.putIfAbsent(name, URLDecoder.decode(pair.substring(equals + 1),
                        StandardCharsets.UTF_8)) != null) {
                    throw new IllegalStateException("The authentication request repeats " + name);
                }
            }
        }
        return new AuthorizationRequest(URI.create(address.getScheme() + "://" + address.getRawAuthority()
                + address.getRawPath()), parameters);
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    public String state() {
        return required("state");
    }

    public String nonce() {
        return required("nonce");
    }

    /**
     * Checks the request as the platform must before it answers: an implicit-flow request for an id_token,
     * posted back, without prompting, for this client and the tool's registered redirect URI, echoing the
     * login's hints.
     *
     * @throws IllegalStateException naming the first parameter that is wrong
     */
    public AuthorizationRequest verify(URI authorizationUrl, String clientId, URI redirectUri, LoginParameters login) {
        expect("endpoint", authorizationUrl.toString(), endpoint.toString());
        expect("scope", "openid", required("scope"));
        expect("response_type", "id_token", required("response_type"));
        expect("response_mode", "form_post", required("response_mode"));
        expect("prompt", "none", required("prompt"));
        expect("client_id", clientId, required("client_id"));
        expect("redirect_uri", redirectUri.toString(), required("redirect_uri"));
        expect("login_hint", login.get("login_hint").orElse(null), required("login_hint"));
        expect("lti_message_hint", login.get("lti_message_hint").orElse(null),
                parameter("lti_message_hint").orElse(null));
        if (state().length() < 16 || nonce().length() < 16) {
            throw new IllegalStateException("state and nonce must be unguessable, not " + state().length()
                    + " and " + nonce().length() + " characters");
        }
        return this;
    }

    private String required(String name) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("The authentication request has no " + name);
        }
        return value;
    }

    private static void expect(String name, String expected, String actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            throw new IllegalStateException("The authentication request's " + name + " is " + actual + ", not "
                    + expected);
        }
    }

    /** Without state and nonce. */
    @Override
    public String toString() {
        return "AuthorizationRequest[" + endpoint + "]";
    }
}
