package nl.samenspraak.tool.demo;

import jakarta.ws.rs.core.Response;
import nl.samenspraak.tool.lti.LtiException;

/** Why the demo platform refuses an authentication request, in the words of OIDC Core and LTI 1.3 Core 5.1.1. */
public enum DemoAuthorizationError implements LtiException.LtiError {
    INVALID_REQUEST(Response.Status.BAD_REQUEST, "The authentication request is not valid: {0}"),
    RESPONSE_MODE_NOT_FORM_POST(Response.Status.BAD_REQUEST,
            "The response_mode is {0}; LTI requires form_post."),
    PROMPT_NOT_NONE(Response.Status.BAD_REQUEST, "The prompt is {0}; LTI requires prompt=none."),
    UNKNOWN_CLIENT(Response.Status.BAD_REQUEST, "The client_id {0} is not registered with the demo platform."),
    WRONG_REDIRECT_URI(Response.Status.BAD_REQUEST,
            "The redirect_uri {0} is not the tool''s registered launch URL {1}."),
    UNKNOWN_PERSON(Response.Status.BAD_REQUEST, "The login_hint {0} is not a user of the demo platform."),
    INVALID_MESSAGE_HINT(Response.Status.BAD_REQUEST,
            "The lti_message_hint is missing, was not issued by the demo platform, or has expired."),
    HINT_FOR_OTHER_PERSON(Response.Status.BAD_REQUEST,
            "The lti_message_hint was issued for another user than login_hint {0}.");

    private final Response.Status status;
    private final String specWording;

    DemoAuthorizationError(Response.Status status, String specWording) {
        this.status = status;
        this.specWording = specWording;
    }

    @Override
    public Response.Status status() {
        return status;
    }

    @Override
    public String textKey() {
        return "demo.authorize." + name();
    }

    @Override
    public String specWording() {
        return specWording;
    }
}
