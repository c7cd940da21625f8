package nl.samenspraak.tool.lti.registration.dynamic;

import jakarta.ws.rs.core.Response;
import nl.samenspraak.tool.lti.LtiException;

/**
 * Why a dynamic registration was refused, in the words of LTI Dynamic Registration 1.0 and the OpenID
 * Connect Discovery and Registration specifications it builds on. Nothing is stored when one occurs.
 */
public enum RegistrationError implements LtiException.LtiError {
    MISSING_PARAMETER(Response.Status.BAD_REQUEST, "The registration initiation request has no {0} parameter."),
    CONFIGURATION_URL_NOT_ALLOWED(Response.Status.BAD_REQUEST,
            "The openid_configuration {0} is not an https URL (http is allowed only on the loopback interface"
                    + " of a tool that runs there itself)."),
    ADDRESS_NOT_ALLOWED(Response.Status.BAD_REQUEST, "The tool does not call the {0} {1}: {2}."),
    CONFIGURATION_UNAVAILABLE(Response.Status.BAD_REQUEST,
            "The platform''s OpenID configuration at {0} cannot be fetched: {1}."),
    CONFIGURATION_MALFORMED(Response.Status.BAD_REQUEST, "The platform''s OpenID configuration is not a JSON object."),
    CONFIGURATION_MISSING_FIELD(Response.Status.BAD_REQUEST,
            "The platform''s OpenID configuration lacks the required {0}."),
    CONFIGURATION_INVALID_FIELD(Response.Status.BAD_REQUEST,
            "The platform''s OpenID configuration has an invalid {0}: {1}."),
    ISSUER_MISMATCH(Response.Status.BAD_REQUEST,
            "The issuer {0} does not match the domain of the openid_configuration URL {1}."),
    RS256_NOT_SUPPORTED(Response.Status.BAD_REQUEST,
            "id_token_signing_alg_values_supported does not contain RS256, which LTI requires."),
    REGISTRATION_TOKEN_REFUSED(Response.Status.BAD_REQUEST,
            "The registration endpoint {0} refused the registration token (HTTP {1})."),
    REGISTRATION_REFUSED(Response.Status.BAD_REQUEST,
            "The registration endpoint {0} refused the client registration (HTTP {1}): {2}."),
    REGISTRATION_UNAVAILABLE(Response.Status.BAD_REQUEST, "The registration endpoint {0} cannot be reached: {1}."),
    RESPONSE_INVALID(Response.Status.BAD_REQUEST, "The client registration response is not valid: {0}.");

    private final Response.Status status;
    private final String specWording;

    RegistrationError(Response.Status status, String specWording) {
        this.status = status;
        this.specWording = specWording;
    }

    @Override
    public Response.Status status() {
        return status;
    }

    @Override
    public String textKey() {
        return "register." + name();
    }

    @Override
    public String specWording() {
        return specWording;
    }
}
