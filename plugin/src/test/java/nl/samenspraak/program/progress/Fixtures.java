package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.ActionPlanAssignment;
import nl.samenspraak.program.content.ChoiceOption;
import nl.samenspraak.program.content.ChoiceQuestion;
import nl.samenspraak.program.content.FeedbackPrompts;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.ObservableBehaviour;
import nl.samenspraak.program.content.ObservationForm;
import nl.samenspraak.program.content.ObservationMark;
import nl.samenspraak.program.content.ObservationPhase;
import nl.samenspraak.program.content.ObservationQuota;
import nl.samenspraak.program.content.OpenQuestion;
import nl.samenspraak.program.content.PackFileRef;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.program.content.PlannedActionOption;
import nl.samenspraak.program.content.QuickscanAssignment;
import nl.samenspraak.program.content.ReadingAssignment;
import nl.samenspraak.program.content.ScaleDefinition;
import nl.samenspraak.program.content.ScaleQuestion;
import nl.samenspraak.program.content.Sector;
import nl.samenspraak.program.content.Statement;
import nl.samenspraak.program.content.Theme;
import nl.samenspraak.program.content.Video;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSource;
import nl.samenspraak.program.content.ViewingQuestion;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Small assignments of every type, built in code, for the progress rules. */
final class Fixtures {

    static final LocalizedText TEXT = LocalizedText.of("tekst");
    static final Instant SUBMITTED = Instant.parse("2025-03-01T10:15:30Z");
    static final String LONG_ENOUGH = "Ik zag een ouder die weinig zei.";

    private Fixtures() {
    }

    /** Open, at least 10 characters, required. */
    static OpenQuestion open(String id) {
        return new OpenQuestion(id, TEXT, true, 10, 200);
    }

    static ChoiceQuestion choice(String id, boolean multiple) {
        return new ChoiceQuestion(id, TEXT, true,
                List.of(new ChoiceOption("ja", TEXT), new ChoiceOption("nee", TEXT), new ChoiceOption("soms", TEXT)), multiple);
    }

    static ScaleQuestion scale(String id, boolean required) {
        return new ScaleQuestion(id, TEXT, required, new ScaleDefinition(1, 5, Optional.empty(), Optional.empty()));
    }

    /** 100 seconds, 80% to watch; an open question at 30 s and an optional scale question after the video. */
    static VideoAssignment video(VideoSource source) {
        return new VideoAssignment("film", TEXT, TEXT, new Video(source, 100, List.of(), Optional.empty()), 0.8,
                List.of(new ViewingQuestion(open("indruk"), OptionalDouble.of(30)),
                        new ViewingQuestion(scale("oordeel", false), OptionalDouble.empty())));
    }

    static VideoAssignment video() {
        return video(new VideoSource.PackFile(new PackFileRef("pakket", "media/film.webm"), "video/webm"));
    }

    static ReadingAssignment reading() {
        return new ReadingAssignment("lezen", TEXT, TEXT, Optional.of(TEXT), Optional.empty(),
                List.of(open("reflectie"), choice("herkenning", false)));
    }

    /** Marks gezien / nog-niet; behaviours welkom, doel (opening) and afspraken (afsluiting); give 2, receive 1. */
    static PeerCoachingAssignment peerCoaching() {
        ObservationForm form = new ObservationForm(
                List.of(new ObservationMark("gezien", TEXT), new ObservationMark("nog-niet", TEXT)),
                List.of(new ObservationPhase("opening", TEXT,
                                List.of(new ObservableBehaviour("welkom", TEXT), new ObservableBehaviour("doel", TEXT))),
                        new ObservationPhase("afsluiting", TEXT, List.of(new ObservableBehaviour("afspraken", TEXT)))));
        return new PeerCoachingAssignment("coaching", TEXT, TEXT, List.of(), form, new FeedbackPrompts(TEXT, TEXT),
                List.of(open("geleerd")), new ObservationQuota(2, 1));
    }

    static Observation completeObservation() {
        return new Observation(Map.of("welkom", BehaviourMark.of("gezien"), "doel", BehaviourMark.of("nog-niet"),
                "afspraken", new BehaviourMark("gezien", Optional.of("Sprak een vervolg af."))),
                "Je luisterde goed.", "Vat vaker samen.");
    }

    /** Scale 1..4; sector po with themes contact (s1, s2) and informatie (s3); sector vo with theme contact (s1). */
    static QuickscanAssignment quickscan() {
        return new QuickscanAssignment("scan", TEXT, TEXT, new ScaleDefinition(1, 4, Optional.empty(), Optional.empty()),
                List.of(new Sector("po", TEXT, List.of(
                                new Theme("contact", TEXT, List.of(new Statement("s1", TEXT), new Statement("s2", TEXT))),
                                new Theme("informatie", TEXT, List.of(new Statement("s3", TEXT))))),
                        new Sector("vo", TEXT, List.of(
                                new Theme("contact", TEXT, List.of(new Statement("s1", TEXT)))))));
    }

    /** Actions bellen and mailen; at least 2; own actions as given. */
    static ActionPlanAssignment actionPlan(boolean allowOwnActions) {
        return new ActionPlanAssignment("plan", TEXT, TEXT,
                List.of(new PlannedActionOption("bellen", TEXT), new PlannedActionOption("mailen", TEXT)),
                allowOwnActions, 2, List.of(open("terugblik")));
    }

    static Map<String, Answer> answers(Object... questionIdsAndAnswers) {
        Map<String, Answer> answers = new HashMap<>();
        for (int i = 0; i < questionIdsAndAnswers.length; i += 2) {
            answers.put((String) questionIdsAndAnswers[i], (Answer) questionIdsAndAnswers[i + 1]);
        }
        return answers;
    }

    static Answer text(String text) {
        return new Answer.TextAnswer(text);
    }
}
