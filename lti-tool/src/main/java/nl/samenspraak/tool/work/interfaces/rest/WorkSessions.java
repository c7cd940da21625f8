package nl.samenspraak.tool.work.interfaces.rest;

import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.catalog.interfaces.rest.RequestLanguage;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionToken;
import nl.samenspraak.tool.work.application.WorkScope;

/** What the work API takes from the session: whose work in which course, and the language to answer in. */
final class WorkSessions {

    private WorkSessions() {
    }

    static WorkScope scope(CurrentSession session) {
        SessionToken current = session.get();
        return new WorkScope(current.userId(), current.contextId());
    }

    /** {@code ?lang=} when given, else the language of the launch. */
    static Language language(CurrentSession session, String lang) {
        return lang == null || lang.isBlank() ? session.get().language() : RequestLanguage.of(lang, null);
    }
}
