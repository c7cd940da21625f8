package nl.samenspraak.tool.infrastructure.persistence;

/** The database cannot be used; the message says what an administrator must fix, in one line. */
public class DatabaseStartupException extends RuntimeException {

    public DatabaseStartupException(String message) {
        super(message);
    }

    public DatabaseStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
