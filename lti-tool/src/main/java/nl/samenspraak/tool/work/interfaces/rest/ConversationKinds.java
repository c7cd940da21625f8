package nl.samenspraak.tool.work.interfaces.rest;

import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.ConversationKind;

/**
 * The names of the kinds of parent conversation, for a calendar entry; the page has its own in its texts.
 */
final class ConversationKinds {

    private ConversationKinds() {
    }

    static LocalizedText name(ConversationKind kind, Texts texts) {
        return switch (kind) {
            case INTRODUCTORY -> texts.of(TextKey.CONVERSATION_KINDS_INTRODUCTORY_CONVERSATION);
            case HOME_VISIT -> texts.of(TextKey.CONVERSATION_KINDS_HOME_VISIT);
            case REPORT -> texts.of(TextKey.CONVERSATION_KINDS_REPORT_CONVERSATION);
            case OTHER -> texts.of(TextKey.CONVERSATION_KINDS_OTHER_CONVERSATION);
        };
    }
}
