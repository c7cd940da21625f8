package nl.samenspraak.tool.work.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of parent conversation an observation can be planned for: a list, so that nobody writes about
 * the parents or pupil to say what the conversation is.
 */
public enum ConversationKind {
    INTRODUCTORY("introductory"),
    HOME_VISIT("home-visit"),
    REPORT("report"),
    OTHER("other");

    private final String id;

    ConversationKind(String id) {
        this.id = id;
    }

    /** The id the API and the page use. */
    public String id() {
        return id;
    }

    public static Optional<ConversationKind> of(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
