package nl.samenspraak.tool.lti.session;

import jakarta.enterprise.context.RequestScoped;

/** The session of the request being handled, set by {@link SessionFilter} before any resource runs. */
@RequestScoped
public class CurrentSession {

    private SessionToken session;

    void set(SessionToken session) {
        this.session = session;
    }

    /** @throws IllegalStateException when called on a resource that is not {@link SessionRequired} */
    public SessionToken get() {
        if (session == null) {
            throw new IllegalStateException("No session on this request: is the resource @SessionRequired?");
        }
        return session;
    }
}
