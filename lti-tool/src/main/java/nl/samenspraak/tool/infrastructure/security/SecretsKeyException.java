package nl.samenspraak.tool.infrastructure.security;

/** The key to the secrets at rest is missing, unreadable or the wrong one: the server does not start. */
public class SecretsKeyException extends RuntimeException {

    public SecretsKeyException(String message) {
        super(message);
    }

    public SecretsKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
