package nl.samenspraak.tool.lti.login;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform's third-party-initiated login request (LTI 1.3 Core, 5.1.1), sent as query or form
 * parameters.
 */
public record LoginInitiation(String issuer, String loginHint, URI targetLinkUri, Optional<String> ltiMessageHint,
                              Optional<String> clientId, Optional<String> deploymentId,
                              Optional<String> storageTarget) {

    public LoginInitiation {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(loginHint, "loginHint");
        Objects.requireNonNull(targetLinkUri, "targetLinkUri");
    }

    /**
     * Reads the parameters.
     *
     * @throws LoginRejectedException when iss, login_hint or target_link_uri is missing or malformed
     */
    public static LoginInitiation parse(Map<String, List<String>> parameters) {
        String issuer = required(parameters, "iss");
        String loginHint = required(parameters, "login_hint");
        String target = required(parameters, "target_link_uri");
        URI targetLinkUri;
        try {
            targetLinkUri = new URI(target);
        } catch (URISyntaxException e) {
            throw new LoginRejectedException(LoginError.FOREIGN_TARGET_LINK, target);
        }
        return new LoginInitiation(issuer, loginHint, targetLinkUri, optional(parameters, "lti_message_hint"),
                optional(parameters, "client_id"), optional(parameters, "lti_deployment_id"),
                optional(parameters, "lti_storage_target"));
    }

    /** The login as a platform sends it: the tool's login initiation URL with these parameters in its query. */
    public URI toURI(URI loginUrl) {
        Map<String, Optional<String>> parameters = new LinkedHashMap<>();
        parameters.put("iss", Optional.of(issuer));
        parameters.put("login_hint", Optional.of(loginHint));
        parameters.put("target_link_uri", Optional.of(targetLinkUri.toString()));
        parameters.put("lti_message_hint", ltiMessageHint);
        parameters.put("client_id", clientId);
        parameters.put("lti_deployment_id", deploymentId);
        parameters.put("lti_storage_target", storageTarget);
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> value.ifPresent(present -> query.append(query.isEmpty() ? "" : "&")
                .append(name).append('=').append(URLEncoder.encode(present, StandardCharsets.UTF_8))));
        return URI.create(loginUrl + (loginUrl.getRawQuery() == null ? "?" : "&") + query);
    }

    private static String required(Map<String, List<String>> parameters, String name) {
        return optional(parameters, name).orElseThrow(() -> new LoginRejectedException(LoginError.MISSING_PARAMETER, name));
    }

    private static Optional<String> optional(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null ? Optional.empty()
                : values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).findFirst();
    }
}
