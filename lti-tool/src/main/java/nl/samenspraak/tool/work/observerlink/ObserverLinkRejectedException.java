package nl.samenspraak.tool.work.observerlink;

import nl.samenspraak.program.content.Language;

/**
 * An observer's link that does not open the form, with why; the mapper words it from the catalog
 * ({@code OBSERVER_LINK_REJECTED_*}). {@code language} is the link's own when it could be read, so that the
 * page can answer in it.
 */
public class ObserverLinkRejectedException extends RuntimeException {

    /** Why, which decides the HTTP status and the page the phone shows. */
    public enum Reason {
        /** Not a link of this tool: malformed, tampered with, or another kind of token. */
        INVALID,
        /** Its time is over. */
        EXPIRED,
        /** The observer revoked it, made a newer one, or the partnership it was for has ended. */
        REVOKED,
        /** Too many requests with this link in a short time. */
        TOO_MANY
    }

    private final Reason reason;
    private final transient Language language;

    public ObserverLinkRejectedException(Reason reason, Language language) {
        super(reason.name());
        this.reason = reason;
        this.language = language;
    }

    static ObserverLinkRejectedException invalid() {
        return new ObserverLinkRejectedException(Reason.INVALID, Language.NL);
    }

    static ObserverLinkRejectedException expired(Language language) {
        return new ObserverLinkRejectedException(Reason.EXPIRED, language);
    }

    static ObserverLinkRejectedException revoked(Language language) {
        return new ObserverLinkRejectedException(Reason.REVOKED, language);
    }

    public static ObserverLinkRejectedException tooMany(Language language) {
        return new ObserverLinkRejectedException(Reason.TOO_MANY, language);
    }

    public Reason reason() {
        return reason;
    }

    public Language language() {
        return language;
    }
}
