package nl.samenspraak.tool.lti.grades;

import java.util.Optional;

/** Whether a link's scores go to the platform's gradebook, and if not, why: what the trainer's page says. */
public enum GradeSending {
    /** Scores are sent. */
    SENT,
    /** The launch had no Assignment and Grade Services claim: the platform offers no gradebook to the tool. */
    NO_GRADE_SERVICE,
    /** The claim did not grant the score scope. */
    NO_SCORE_SCOPE,
    /** The claim named neither a line item nor a container to find or make one in. */
    NO_LINE_ITEM;

    /** From what the link's latest launch stored. */
    public static GradeSending of(Optional<String> scopes, Optional<String> lineItem, Optional<String> lineItems) {
        if (scopes.isEmpty()) {
            return NO_GRADE_SERVICE;
        }
        if (!AgsScopes.parse(scopes.get()).allowsScores()) {
            return NO_SCORE_SCOPE;
        }
        return lineItem.isPresent() || lineItems.isPresent() ? SENT : NO_LINE_ITEM;
    }
}
