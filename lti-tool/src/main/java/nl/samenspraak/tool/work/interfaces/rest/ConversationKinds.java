package nl.samenspraak.tool.work.interfaces.rest;

import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.work.application.ConversationKind;

/** The names of the kinds of parent conversation, for a calendar entry; the page has its own in its texts. */
final class ConversationKinds {

    private ConversationKinds() {
    }

    static LocalizedText name(ConversationKind kind) {
        return switch (kind) {
            case INTRODUCTORY -> LocalizedText.of("Kennismakingsgesprek", "Introductory conversation");
            case HOME_VISIT -> LocalizedText.of("Huisbezoek", "Home visit");
            case REPORT -> LocalizedText.of("Rapportgesprek", "Report conversation");
            case OTHER -> LocalizedText.of("Ander gesprek", "Other conversation");
        };
    }
}
