package nl.samenspraak.tool.lti.grades;

/** A call to the platform on the way to posting a score ended the attempt: the outcome says how. */
class PlatformCallFailedException extends RuntimeException {

    private final transient SendOutcome outcome;

    PlatformCallFailedException(SendOutcome outcome) {
        super(outcome.toString(), null, false, false);
        this.outcome = outcome;
    }

    SendOutcome outcome() {
        return outcome;
    }
}
