package nl.samenspraak.program.content;

/** The five kinds of assignment, with the {@code type} code a pack uses for each. */
public enum AssignmentType {
    VIDEO("video"),
    READING("reading"),
    PEER_COACHING("peer-coaching"),
    QUICKSCAN("quickscan"),
    ACTION_PLAN("action-plan");

    private final String code;

    AssignmentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
