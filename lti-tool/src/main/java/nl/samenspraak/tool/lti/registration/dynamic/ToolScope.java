package nl.samenspraak.tool.lti.registration.dynamic;

/**
 * The service scopes the tool asks a platform for, when the platform offers them: Assignment and Grade
 * Services (line items, results, scores) and Names and Role Provisioning (the course's members).
 */
public enum ToolScope {
    LINE_ITEM("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"),
    RESULT_READONLY("https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly"),
    SCORE("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
    MEMBERSHIPS_READONLY("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

    private final String uri;

    ToolScope(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }

    /** The page text that says what the scope lets the tool do. */
    public String textKey() {
        return "register.scope." + name();
    }
}
