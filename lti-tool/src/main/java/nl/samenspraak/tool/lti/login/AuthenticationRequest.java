package nl.samenspraak.tool.lti.login;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The OIDC authentication request the tool sends the browser to the platform with (LTI 1.3 Core, 5.1.1.2):
 * an implicit-flow request for an id_token, posted back to the tool's redirect URI ({@code form_post}),
 * without prompting the user.
 */
public record AuthenticationRequest(URI authorizationUrl, String clientId, URI redirectUri, String loginHint,
                                    Optional<String> ltiMessageHint, String state, String nonce) {

    private static final Set<String> REQUEST_PARAMETERS = Set.of("scope", "response_type", "response_mode", "prompt",
            "client_id", "redirect_uri", "login_hint", "lti_message_hint", "state", "nonce");

    public AuthenticationRequest {
        Objects.requireNonNull(authorizationUrl, "authorizationUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(loginHint, "loginHint");
        Objects.requireNonNull(ltiMessageHint, "ltiMessageHint");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
    }

    /** The platform's authorization URL with the request's parameters added to its query. */
    public URI toURI() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("scope", "openid");
        parameters.put("response_type", "id_token");
        parameters.put("response_mode", "form_post");
        parameters.put("prompt", "none");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", redirectUri.toString());
        parameters.put("login_hint", loginHint);
        ltiMessageHint.ifPresent(hint -> parameters.put("lti_message_hint", hint));
        parameters.put("state", state);
        parameters.put("nonce", nonce);
        StringBuilder uri = new StringBuilder(authorizationUrl.toString());
        char separator = authorizationUrl.getRawQuery() == null ? '?' : '&';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            uri.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    /**
     * Reads a request as a platform receives it.
     *
     * @throws IllegalArgumentException when a required parameter is missing or the request is not for an id_token
     */
    public static AuthenticationRequest parse(URI request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        // What is not the request's own is the platform's, such as a tenant in its authorization URL.
        StringJoiner platformQuery = new StringJoiner("&");
        String query = request.getRawQuery() == null ? "" : request.getRawQuery();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
                if (REQUEST_PARAMETERS.contains(name)) {
                    parameters.putIfAbsent(name, URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } else {
                    platformQuery.add(pair);
                }
            } else if (!pair.isEmpty()) {
                platformQuery.add(pair);
            }
        }
        if (!"id_token".equals(parameters.get("response_type")) || !"openid".equals(parameters.get("scope"))) {
            throw new IllegalArgumentException("Not an OIDC request for an id_token: " + request.getPath());
        }
        URI authorizationUrl = URI.create(request.getScheme() + "://" + request.getRawAuthority() + request.getRawPath()
                + (platformQuery.length() == 0 ? "" : "?" + platformQuery));
        return new AuthenticationRequest(authorizationUrl, required(parameters, "client_id"),
                URI.create(required(parameters, "redirect_uri")), required(parameters, "login_hint"),
                Optional.ofNullable(parameters.get("lti_message_hint")), required(parameters, "state"),
                required(parameters, "nonce"));
    }

    private static String required(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("The authentication request has no " + name);
        }
        return value;
    }

    /** Without state and nonce, which must not reach a log. */
    @Override
    public String toString() {
        return "AuthenticationRequest[" + authorizationUrl + ", client_id " + clientId + "]";
    }
}
