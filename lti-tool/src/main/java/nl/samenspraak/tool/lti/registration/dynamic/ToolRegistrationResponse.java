package nl.samenspraak.tool.lti.registration.dynamic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform's answer to the client registration: the client_id it gave the tool and, in the LTI tool
 * configuration, the deployment_id. Moodle and Sakai send a deployment; Canvas creates it only when the
 * administrator enables the tool, and Brightspace only when asked to, so it may be absent.
 */
public record ToolRegistrationResponse(String clientId, Optional<String> deploymentId) {

    static final int MAX_ID_LENGTH = 255;

    public ToolRegistrationResponse {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(deploymentId, "deploymentId");
    }

    /** @throws RegistrationRejectedException when client_id is missing, or an id is too long */
    public static ToolRegistrationResponse parse(String json) {
        JsonNode root = JsonFields.object(json).orElseThrow(() -> new RegistrationRejectedException(
                RegistrationError.RESPONSE_INVALID, "it is not a JSON object"));
        String clientId = JsonFields.text(root, "client_id").orElseThrow(() -> new RegistrationRejectedException(
                RegistrationError.RESPONSE_INVALID, "client_id is missing"));
        Optional<String> deploymentId = JsonFields.member(root, ToolRegistrationRequest.LTI_TOOL_CONFIGURATION)
                .flatMap(tool -> JsonFields.text(tool, "deployment_id"));
        requireLength("client_id", clientId);
        deploymentId.ifPresent(id -> requireLength("deployment_id", id));
        return new ToolRegistrationResponse(clientId, deploymentId);
    }

    private static void requireLength(String field, String value) {
        if (value.length() > MAX_ID_LENGTH) {
            throw new RegistrationRejectedException(RegistrationError.RESPONSE_INVALID,
                    field + " is longer than " + MAX_ID_LENGTH + " characters");
        }
    }
}
