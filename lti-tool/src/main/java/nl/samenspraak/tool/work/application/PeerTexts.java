package nl.samenspraak.tool.work.application;

import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * The wording and checks the peer-coaching use cases share, so that a refusal reads the same from each of
 * them: lengths of free text, names of colleagues, the common refusals.
 */
final class PeerTexts {

    private PeerTexts() {
    }

    static Optional<WorkRejectedException.FieldIssue> tooLong(Texts texts, String field, String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length <= max) {
            return Optional.empty();
        }
        return Optional.of(new WorkRejectedException.FieldIssue(field,
                texts.of(TextKey.PEER_TEXTS_WRITE_AT_MOST, max, length)));
    }

    /**
     * Refuses with the first issue in the message and all of them listed; nothing when there are none.
     *
     * @param notSaved the refusal's text, taking the first issue as its argument
     */
    static void refuseIfAny(Texts texts, TextKey notSaved, List<WorkRejectedException.FieldIssue> issues) {
        if (!issues.isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.INVALID_INPUT,
                    texts.of(notSaved, issues.get(0).message()), issues);
        }
    }

    /** White space at either end means nothing in a note or form, and counts against no limit. */
    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    static LocalizedText name(Texts texts, CourseRoster.Participant person) {
        return person.name().map(LocalizedText::of).orElseGet(() -> texts.of(TextKey.PEER_TEXTS_NO_NAME));
    }

    static LocalizedText noCourse(Texts texts) {
        return texts.of(TextKey.PEER_TEXTS_NO_COURSE);
    }

    static WorkRejectedException observationSubmitted(Texts texts) {
        return new WorkRejectedException(WorkRejectedException.Reason.ALREADY_SUBMITTED,
                texts.of(TextKey.PEER_TEXTS_OBSERVATION_SUBMITTED));
    }

    static WorkRejectedException alreadyThere(LocalizedText refusal) {
        return new WorkRejectedException(WorkRejectedException.Reason.ALREADY_THERE, refusal,
                List.of(new WorkRejectedException.FieldIssue("userId", refusal)));
    }

    static WorkRejectedException unknownColleague(Texts texts) {
        LocalizedText unknown = texts.of(TextKey.PEER_TEXTS_UNKNOWN_COLLEAGUE);
        return new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART, unknown,
                List.of(new WorkRejectedException.FieldIssue("userId", unknown)));
    }
}
