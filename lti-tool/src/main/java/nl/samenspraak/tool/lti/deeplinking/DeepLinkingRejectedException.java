package nl.samenspraak.tool.lti.deeplinking;

import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.program.content.LocalizedText;

/**
 * The picker's request or answer is refused; nothing changed. The detail says in Dutch and English what is
 * wrong and what to do; {@code field} names the part of the answer that is wrong, as a JSON path.
 */
public class DeepLinkingRejectedException extends RuntimeException {

    /** Why, which decides the HTTP status. */
    public enum Reason {
        /** No such request for this person, or it expired. */
        UNKNOWN_REQUEST,
        /** Only the course's trainer who launched the request may answer it. */
        FORBIDDEN,
        /** The request was answered already. */
        ANSWERED,
        /** The answer does not fit (assignment, number of items, title, score, date). */
        INVALID_INPUT
    }

    private final Reason reason;
    private final transient LocalizedText detail;
    private final String field;

    public DeepLinkingRejectedException(Reason reason, LocalizedText detail, String field) {
        super(detail.en().orElse(detail.nl()), null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = detail;
        this.field = field;
    }

    public DeepLinkingRejectedException(Reason reason, LocalizedText detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }

    public LocalizedText detail() {
        return detail;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
