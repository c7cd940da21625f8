package nl.samenspraak.tool.lti.token;

import java.util.Optional;

/**
 * The platform gave no token. Carries the HTTP status and the OAuth error code (RFC 6749, section 5.2) as the
 * platform wrote them, so the outbox can tell a refusal that retrying will not change (invalid_client,
 * invalid_scope) from a platform that is down or slow.
 */
public class TokenRequestFailedException extends RuntimeException {

    private final int status;
    private final Optional<String> errorCode;

    public TokenRequestFailedException(int status, Optional<String> errorCode, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    /** The HTTP status; 0 when no answer came (a timeout, a refused connection). */
    public int status() {
        return status;
    }

    public Optional<String> errorCode() {
        return errorCode;
    }
}
