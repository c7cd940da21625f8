package nl.samenspraak.tool.lti.launch;

/** What a person may do in the tool, decided from their LTI roles. */
public enum ToolRole {
    /** A teacher in training, doing the assignments. */
    LEARNER,
    /** A trainer, who assigns exercises and follows progress. */
    INSTRUCTOR,
    /** A platform administrator without a teaching or learning role in the course. */
    ADMINISTRATOR
}
