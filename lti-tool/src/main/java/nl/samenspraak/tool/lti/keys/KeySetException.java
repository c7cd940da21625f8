package nl.samenspraak.tool.lti.keys;

/** A platform key could not be had: the set is unreachable or unreadable, or it has no such key. */
public class KeySetException extends RuntimeException {

    /** Why there is no key. */
    public enum Kind { UNREACHABLE, UNKNOWN_KID }

    private final Kind kind;

    public KeySetException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
