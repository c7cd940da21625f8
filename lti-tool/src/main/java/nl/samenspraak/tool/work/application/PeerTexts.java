package nl.samenspraak.tool.work.application;

import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;

/**
 * The wording and checks the peer-coaching use cases share, so that a refusal reads the same from each of
 * them: lengths of free text, names of colleagues, the common refusals.
 */
final class PeerTexts {

    private static final LocalizedText NO_NAME = LocalizedText.of("Collega zonder naam", "Colleague without a name");

    private PeerTexts() {
    }

    static Optional<WorkRejectedException.FieldIssue> tooLong(String field, String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length <= max) {
            return Optional.empty();
        }
        return Optional.of(new WorkRejectedException.FieldIssue(field, LocalizedText.of(
                "Schrijf hoogstens " + max + " tekens; dit zijn er " + length + ".",
                "Write at most " + max + " characters; this is " + length + ".")));
    }

    /** Refuses with the first issue in the message and all of them listed; nothing when there are none. */
    static void refuseIfAny(String nl, String en, List<WorkRejectedException.FieldIssue> issues) {
        if (!issues.isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.INVALID_INPUT, LocalizedText.of(
                    nl + issues.get(0).message().nl(), en + issues.get(0).message().in(Language.EN)), issues);
        }
    }

    /** White space at either end means nothing in a note or form, and counts against no limit. */
    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    static LocalizedText name(CourseRoster.Participant person) {
        return person.name().map(LocalizedText::of).orElse(NO_NAME);
    }

    static String partners(int count, Language language) {
        if (language == Language.EN) {
            return count == 1 ? "a coaching partner" : count + " coaching partners";
        }
        return count == 1 ? "een coachingspartner" : count + " coachingspartners";
    }

    static LocalizedText noCourse() {
        return LocalizedText.of(
                "Intercollegiale coaching kan alleen in een cursus: open Samenspraak vanuit je cursus in de leeromgeving.",
                "Peer coaching is only possible in a course: open Samenspraak from your course in the learning platform.");
    }

    static WorkRejectedException observationSubmitted() {
        return new WorkRejectedException(WorkRejectedException.Reason.ALREADY_SUBMITTED, LocalizedText.of(
                "Deze observatie is ingeleverd en verandert niet meer.",
                "This observation has been submitted and no longer changes."));
    }

    static WorkRejectedException alreadyThere(LocalizedText refusal) {
        return new WorkRejectedException(WorkRejectedException.Reason.ALREADY_THERE, refusal,
                List.of(new WorkRejectedException.FieldIssue("userId", refusal)));
    }

    static WorkRejectedException unknownColleague() {
        LocalizedText unknown = LocalizedText.of("Deze collega is geen deelnemer van je cursus.",
                "This colleague is not a participant of your course.");
        return new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART, unknown,
                List.of(new WorkRejectedException.FieldIssue("userId", unknown)));
    }
}
