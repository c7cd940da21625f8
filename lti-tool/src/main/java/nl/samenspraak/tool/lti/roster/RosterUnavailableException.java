package nl.samenspraak.tool.lti.roster;

/**
 * The platform's roster could not be read: no token, a refusal, an answer that is no roster. The message
 * says why in plain words, for the log and the trainer's page; it never holds a token.
 */
public class RosterUnavailableException extends RuntimeException {

    public RosterUnavailableException(String message) {
        super(message, null, false, false);
    }
}
