package nl.samenspraak.tool.work.interfaces.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.ObservationDraft;
import nl.samenspraak.tool.work.application.WorkRejectedException;

/**
 * Versions of drafts over HTTP: a save sends the version it edited as {@code If-Match: "7"} (the value of
 * the draft's {@code version}), and a newer stored version answers 409 with the newer draft. A save without
 * If-Match (a page loaded before versions existed) is taken as it is: the last save wins.
 */
final class DraftVersions {

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private DraftVersions() {
    }

    /** The version an If-Match header names; empty without the header or for {@code *} (any version). */
    static OptionalLong ifMatch(String header, Texts texts) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher matcher = ENTITY_TAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw WorkRejectedException.invalid("If-Match", texts.of(TextKey.DRAFT_VERSIONS_SEND_VERSION_EDITED_IF));
        }
        return OptionalLong.of(Long.parseLong(matcher.group(1)));
    }

    /** An answer as the API shows it: one of text, optionIds or value. */
    static Map<String, Object> answer(Answer answer) {
        Map<String, Object> view = new LinkedHashMap<>();
        if (answer instanceof Answer.TextAnswer text) {
            view.put("text", text.text());
        } else if (answer instanceof Answer.ChoiceAnswer choice) {
            view.put("optionIds", choice.optionIds().stream().sorted().toList());
        } else if (answer instanceof Answer.ScaleAnswer scale) {
            view.put("value", scale.value());
        }
        return view;
    }

    /** A stored draft, answer or observation form, as the API shows it. */
    static Object draft(Object content) {
        if (content instanceof Answer answer) {
            return answer(answer);
        }
        if (content instanceof ObservationDraft form) {
            return PeerCoachingView.form(form);
        }
        throw new IllegalArgumentException("Not a draft: " + content.getClass());
    }
}
