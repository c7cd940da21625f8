package nl.samenspraak.tool.it.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A learning platform's side of LTI Dynamic Registration, on 127.0.0.1 and a free port: the OpenID
 * configuration in the shape Moodle 4.x or Canvas sends it, and a registration endpoint that checks the
 * Bearer token and the request, then answers as that platform does. Moodle answers with a deployment_id,
 * Canvas without (it makes the deployment when the administrator enables the tool). The client_id stays
 * the same for one platform, so registering twice at it is registering again, as at Sakai.
 */
public final class FakeRegistrationPlatform implements AutoCloseable {

    /** Which platform's documents the fake sends. */
    public enum Shape { MOODLE, CANVAS }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/scope/";
    private static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
    private static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    private final Shape shape;
    private final String token;
    private final HttpServer server;
    private final String base;
    private final String clientId = "client-" + UUID.randomUUID();
    private final List<JsonNode> registrationRequests = new CopyOnWriteArrayList<>();
    private final List<String> configurationAuthorizations = new CopyOnWriteArrayList<>();
    private final List<String> deploymentIds = new CopyOnWriteArrayList<>();
    private volatile String claimedIssuer;

    private FakeRegistrationPlatform(Shape shape, String token) throws IOException {
        this.shape = shape;
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext(path("configuration"), this::configuration);
        server.createContext(path("registration"), this::registration);
        server.start();
    }

    /** A platform that accepts this registration token. */
    public static FakeRegistrationPlatform start(Shape shape, String token) {
        try {
            return new FakeRegistrationPlatform(shape, token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on the configuration names this issuer instead of the platform's own address. */
    public FakeRegistrationPlatform claimingIssuer(String issuer) {
        this.claimedIssuer = issuer;
        return this;
    }

    /** The openid_configuration the platform passes to the tool; Canvas puts the token in it too. */
    public URI configurationUrl() {
        String query = shape == Shape.CANVAS ? "?registration_token=" + token : "";
        return URI.create(base + path("configuration") + query);
    }

    public String issuer() {
        return claimedIssuer != null ? claimedIssuer : shape == Shape.MOODLE ? base + "/moodle" : base;
    }

    public String clientId() {
        return clientId;
    }

    /** The deployment_ids answered so far, one per accepted registration (none for Canvas). */
    public List<String> deploymentIds() {
        return List.copyOf(deploymentIds);
    }

    /** The bodies of the registration requests that carried the right token. */
    public List<JsonNode> registrationRequests() {
        return List.copyOf(registrationRequests);
    }

    /** The Authorization header of each configuration request, empty when there was none. */
    public List<String> configurationAuthorizations() {
        return List.copyOf(configurationAuthorizations);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private String path(String endpoint) {
        return switch (shape) {
            case MOODLE -> endpoint.equals("configuration") ? "/moodle/mod/lti/openid-configuration.php"
                    : "/moodle/mod/lti/openid-registration.php";
            case CANVAS -> endpoint.equals("configuration") ? "/api/lti/security/openid-configuration"
                    : "/api/lti/registrations";
        };
    }

    private void configuration(HttpExchange exchange) throws IOException {
        String authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
        configurationAuthorizations.add(authorization);
        if (shape == Shape.CANVAS && !authorization.equals("Bearer " + token)) {
            answer(exchange, 401, Map.of("errors", List.of(Map.of("message", "Invalid access token"))));
            return;
        }
        answer(exchange, 200, shape == Shape.MOODLE ? moodleConfiguration() : canvasConfiguration());
    }

    private Map<String, Object> moodleConfiguration() {
        String moodle = base + "/moodle";
        return Map.ofEntries(
                Map.entry("issuer", issuer()),
                Map.entry("token_endpoint", moodle + "/mod/lti/token.php"),
                Map.entry("token_endpoint_auth_methods_supported", List.of("private_key_jwt")),
                Map.entry("token_endpoint_auth_signing_alg_values_supported", List.of("RS256")),
                Map.entry("jwks_uri", moodle + "/mod/lti/certs.php"),
                Map.entry("authorization_endpoint", moodle + "/mod/lti/auth.php"),
                Map.entry("registration_endpoint", base + path("registration")),
                Map.entry("scopes_supported", List.of(AGS + "lineitem", AGS + "lineitem.readonly",
                        AGS + "result.readonly", AGS + "score",
                        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
                        "https://purl.imsglobal.org/spec/lti-ts/scope/toolsetting", "openid")),
                Map.entry("response_types_supported", List.of("id_token")),
                Map.entry("subject_types_supported", List.of("public", "pairwise")),
                Map.entry("id_token_signing_alg_values_supported", List.of("RS256")),
                Map.entry("claims_supported", List.of("sub", "iss", "name", "given_name", "family_name", "email")),
                Map.entry(PLATFORM_CONFIGURATION, Map.of(
                        "product_family_code", "moodle",
                        "version", "4.3.2 (Build: 20231222)",
                        "messages_supported", List.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest"),
                        "placements", List.of("AddContentMenu"),
                        "variables", List.of("basic-lti-launch-request", "Context.id", "ResourceLink.id"))));
    }

    private Map<String, Object> canvasConfiguration() {
        return Map.ofEntries(
                Map.entry("issuer", issuer()),
                Map.entry("authorization_endpoint", base + "/api/lti/authorize_redirect"),
                Map.entry("registration_endpoint", base + path("registration")),
                Map.entry("jwks_uri", base + "/api/lti/security/jwks"),
                Map.entry("token_endpoint", base + "/login/oauth2/token"),
                Map.entry("token_endpoint_auth_methods_supported", List.of("private_key_jwt")),
                Map.entry("token_endpoint_auth_signing_alg_values_supported", List.of("RS256")),
                Map.entry("scopes_supported", List.of(AGS + "lineitem", AGS + "lineitem.readonly",
                        AGS + "result.readonly", AGS + "score",
                        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
                        "https://canvas.instructure.com/lti/public_jwk/scope/update")),
                Map.entry("response_types_supported", List.of("id_token")),
                Map.entry("id_token_signing_alg_values_supported", List.of("RS256")),
                Map.entry("claims_supported", List.of("sub", "picture", "email", "name", "given_name", "family_name",
                        "locale")),
                Map.entry("subject_types_supported", List.of("public")),
                Map.entry("authorization_server", "127.0.0.1"),
                Map.entry(PLATFORM_CONFIGURATION, Map.of(
                        "product_family_code", "canvas",
                        "version", "vCloud",
                        "messages_supported", List.of(
                                Map.of("type", "LtiResourceLinkRequest", "placements", List.of("account_navigation",
                                        "course_navigation", "link_selection", "user_navigation")),
                                Map.of("type", "LtiDeepLinkingRequest", "placements", List.of("assignment_selection",
                                        "editor_button", "link_selection", "module_menu_modal"))),
                        "variables", List.of("ResourceLink.id", "Canvas.course.id"),
                        "https://canvas.instructure.com/lti/account_name", "Proefschool Zonnewijzer")));
    }

    private void registration(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, Map.of("error", "method_not_allowed"));
            return;
        }
        if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, Map.of("error", "invalid_token", "error_description", "registration token refused"));
            return;
        }
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        List<String> wrong = problems(request);
        if (!wrong.isEmpty()) {
            answer(exchange, 400, Map.of("error", "invalid_client_metadata", "error_description", String.join(", ", wrong)));
            return;
        }
        registrationRequests.add(request);
        ObjectNode response = request.deepCopy();
        response.put("client_id", clientId);
        if (shape == Shape.MOODLE) {
            String deploymentId = String.valueOf(deploymentIds.size() + 7);
            deploymentIds.add(deploymentId);
            ((ObjectNode) response.get(TOOL_CONFIGURATION)).put("deployment_id", deploymentId);
        }
        answer(exchange, shape == Shape.MOODLE ? 200 : 201, response);
    }

    /** What Moodle and Canvas refuse, in the words they use. */
    private static List<String> problems(JsonNode request) {
        List<String> problems = new ArrayList<>();
        if (!"web".equals(request.path("application_type").asText())) {
            problems.add("invalid_application_type");
        }
        if (!contains(request.path("response_types"), "id_token")) {
            problems.add("invalid_response_types");
        }
        if (!contains(request.path("grant_types"), "implicit") || !contains(request.path("grant_types"), "client_credentials")) {
            problems.add("grant_types must include client_credentials, implicit");
        }
        if (!"private_key_jwt".equals(request.path("token_endpoint_auth_method").asText())) {
            problems.add("invalid_token_endpoint_auth_method");
        }
        for (String field : List.of("initiate_login_uri", "client_name", "jwks_uri", "scope")) {
            if (!request.hasNonNull(field)) {
                problems.add("missing required attribute " + field);
            }
        }
        if (!request.path("redirect_uris").isArray() || request.path("redirect_uris").isEmpty()) {
            problems.add("invalid_redirect_uris");
        }
        JsonNode tool = request.path(TOOL_CONFIGURATION);
        for (String field : List.of("domain", "target_link_uri")) {
            if (tool.path(field).asText().isEmpty()) {
                problems.add("missing required attribute " + field);
            }
        }
        if (!tool.path("messages").isArray() || !tool.path("claims").isArray()) {
            problems.add("lti_tool_configuration needs messages and claims");
        }
        return problems;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
