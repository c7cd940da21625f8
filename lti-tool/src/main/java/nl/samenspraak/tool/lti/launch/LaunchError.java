package nl.samenspraak.tool.lti.launch;

import jakarta.ws.rs.core.Response;
import nl.samenspraak.tool.lti.LtiException;

/** Why a launch was refused, in the words of LTI 1.3 Core and the OIDC Core it builds on. */
public enum LaunchError implements LtiException.LtiError {
    MISSING_PARAMETER(Response.Status.BAD_REQUEST, "The launch request has no {0} parameter."),
    STATE_UNKNOWN(Response.Status.BAD_REQUEST, "The state is unknown or has expired."),
    STATE_USED(Response.Status.BAD_REQUEST, "The state was used already: a launch is accepted once."),
    BROWSER_NOT_BOUND(Response.Status.BAD_REQUEST,
            "The state does not belong to this browser: no state cookie and no platform storage."),
    STORAGE_MISMATCH(Response.Status.BAD_REQUEST,
            "The state in the platform storage does not match the launch, or the launch is no longer pending."),
    TOKEN_TOO_LARGE(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The id_token is larger than {0} bytes."),
    NOT_A_JWT(Response.Status.BAD_REQUEST, "The id_token is not a signed JWT."),
    ALGORITHM_NOT_ALLOWED(Response.Status.UNAUTHORIZED,
            "The id_token is signed with {0}; the tool accepts RS256 only."),
    MISSING_KID(Response.Status.UNAUTHORIZED, "The id_token header has no kid."),
    UNKNOWN_KID(Response.Status.UNAUTHORIZED, "The platform''s key set at {1} has no key with kid {0}."),
    KEY_SET_UNAVAILABLE(Response.Status.BAD_GATEWAY, "The platform''s key set at {0} cannot be used: {1}"),
    BAD_SIGNATURE(Response.Status.UNAUTHORIZED, "The id_token signature does not verify with the platform''s key."),
    WRONG_ISSUER(Response.Status.UNAUTHORIZED, "The iss claim {0} is not the registered issuer {1}."),
    WRONG_AUDIENCE(Response.Status.UNAUTHORIZED, "The aud claim does not contain the client_id {0}."),
    AZP_MISMATCH(Response.Status.UNAUTHORIZED,
            "The azp claim is missing or is not the client_id {0}, while aud has several values."),
    TOKEN_EXPIRED(Response.Status.UNAUTHORIZED, "The id_token has expired (exp {0})."),
    TOKEN_FROM_FUTURE(Response.Status.UNAUTHORIZED, "The id_token was issued in the future (iat {0})."),
    MISSING_TIMESTAMPS(Response.Status.UNAUTHORIZED, "The id_token lacks exp or iat."),
    NONCE_MISMATCH(Response.Status.UNAUTHORIZED, "The nonce is missing or does not match the login."),
    WRONG_VERSION(Response.Status.BAD_REQUEST, "The LTI version is {0}; the tool speaks 1.3.0."),
    WRONG_MESSAGE_TYPE(Response.Status.BAD_REQUEST,
            "The message type {0} is not LtiResourceLinkRequest or LtiDeepLinkingRequest."),
    UNKNOWN_DEPLOYMENT(Response.Status.FORBIDDEN,
            "Deployment {0} is not registered for issuer {1}, client_id {2}."),
    MISSING_CLAIM(Response.Status.BAD_REQUEST, "The id_token lacks the required claim {0}."),
    MALFORMED_CLAIM(Response.Status.BAD_REQUEST, "The claim {0} does not have the form the specification requires."),
    FOREIGN_TARGET_LINK(Response.Status.BAD_REQUEST, "The target_link_uri {0} is not an address of this tool."),
    PLATFORM_DISABLED(Response.Status.FORBIDDEN, "The registration of issuer {0}, client_id {1} is disabled."),
    DEEP_LINKING_NOT_ALLOWED(Response.Status.FORBIDDEN,
            "An LtiDeepLinkingRequest is accepted from an instructor only; the roles are {0}.");

    private final Response.Status status;
    private final String specWording;

    LaunchError(Response.Status status, String specWording) {
        this.status = status;
        this.specWording = specWording;
    }

    @Override
    public Response.Status status() {
        return status;
    }

    @Override
    public String textKey() {
        return "launch." + name();
    }

    @Override
    public String specWording() {
        return specWording;
    }
}
