package nl.samenspraak.tool.lti.session;

/** The request's session token is missing, forged, malformed or expired. */
public class InvalidSessionException extends RuntimeException {

    public InvalidSessionException(String reason) {
        super(reason, null, false, false);
    }
}
