package nl.samenspraak.tool.lti.login;

import jakarta.ws.rs.core.Response;
import nl.samenspraak.tool.lti.LtiException;

/** Why a login initiation was refused. */
public enum LoginError implements LtiException.LtiError {
    MISSING_PARAMETER(Response.Status.BAD_REQUEST, "The login request has no {0} parameter."),
    UNKNOWN_PLATFORM(Response.Status.BAD_REQUEST,
            "No platform is registered with issuer {0} and client_id {1}."),
    AMBIGUOUS_CLIENT(Response.Status.BAD_REQUEST,
            "Issuer {0} is registered more than once and the login request names no client_id."),
    PLATFORM_DISABLED(Response.Status.FORBIDDEN, "The registration of issuer {0}, client_id {1} is disabled."),
    UNKNOWN_DEPLOYMENT(Response.Status.BAD_REQUEST,
            "Deployment {0} is not registered for issuer {1}, client_id {2}."),
    FOREIGN_TARGET_LINK(Response.Status.BAD_REQUEST,
            "The target_link_uri {0} is not an address of this tool.");

    private final Response.Status status;
    private final String specWording;

    LoginError(Response.Status status, String specWording) {
        this.status = status;
        this.specWording = specWording;
    }

    @Override
    public Response.Status status() {
        return status;
    }

    @Override
    public String textKey() {
        return "login." + name();
    }

    @Override
    public String specWording() {
        return specWording;
    }
}
