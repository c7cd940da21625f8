package nl.samenspraak.tool.work.observerlink;

import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;

/**
 * An observer's link that does not open the form, with why and what the observer can do, in both languages.
 * {@code language} is the link's own when it could be read, so that the page can answer in it.
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

    private static final LocalizedText ASK_NEW = LocalizedText.of(
            "Open Samenspraak vanuit je cursus op je computer en maak bij de observatie een nieuwe link voor je telefoon.",
            "Open Samenspraak from your course on your computer and make a new link for your phone at the observation.");

    private final Reason reason;
    private final transient LocalizedText detail;
    private final transient Language language;

    public ObserverLinkRejectedException(Reason reason, LocalizedText detail, Language language) {
        super(reason.name());
        this.reason = reason;
        this.detail = detail;
        this.language = language;
    }

    static ObserverLinkRejectedException invalid() {
        return new ObserverLinkRejectedException(Reason.INVALID, LocalizedText.of(
                "Deze link werkt niet: hij is onvolledig of veranderd. " + ASK_NEW.nl(),
                "This link does not work: it is incomplete or was changed. " + ASK_NEW.in(Language.EN)), Language.NL);
    }

    static ObserverLinkRejectedException expired(Language language) {
        return new ObserverLinkRejectedException(Reason.EXPIRED, LocalizedText.of(
                "Deze link is verlopen. Wat je al had verzonden, is bewaard. " + ASK_NEW.nl(),
                "This link has expired. What you had sent is saved. " + ASK_NEW.in(Language.EN)), language);
    }

    static ObserverLinkRejectedException revoked(Language language) {
        return new ObserverLinkRejectedException(Reason.REVOKED, LocalizedText.of(
                "Deze link is ingetrokken (of er is een nieuwere gemaakt). Wat je al had verzonden, is bewaard. "
                        + ASK_NEW.nl(),
                "This link has been revoked (or a newer one was made). What you had sent is saved. "
                        + ASK_NEW.in(Language.EN)), language);
    }

    public static ObserverLinkRejectedException tooMany(Language language) {
        return new ObserverLinkRejectedException(Reason.TOO_MANY, LocalizedText.of(
                "Er komen te veel verzoeken met deze link. Wacht een minuut; je invoer blijft op deze telefoon bewaard.",
                "Too many requests are coming with this link. Wait a minute; what you typed stays on this phone."),
                language);
    }

    public Reason reason() {
        return reason;
    }

    public LocalizedText detail() {
        return detail;
    }

    public Language language() {
        return language;
    }
}
