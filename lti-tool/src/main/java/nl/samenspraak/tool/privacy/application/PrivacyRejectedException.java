package nl.samenspraak.tool.privacy.application;

import java.util.Objects;
import nl.samenspraak.program.content.LocalizedText;

/** A privacy request that is refused; nothing changed. The detail says in Dutch and English what to do. */
public class PrivacyRejectedException extends RuntimeException {

    /** Why, which decides the HTTP status. */
    public enum Reason {
        /** No such teacher, or the teacher was erased already. */
        UNKNOWN_TEACHER,
        /** A parameter does not fit; {@link #field()} names it. */
        INVALID_INPUT
    }

    private final Reason reason;
    private final String field;
    private final transient LocalizedText detail;

    public PrivacyRejectedException(Reason reason, String field, LocalizedText detail) {
        super(detail.en().orElse(detail.nl()), null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.field = field;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The parameter the refusal is about, or null. */
    public String field() {
        return field;
    }

    public LocalizedText detail() {
        return detail;
    }
}
