package nl.samenspraak.program.content;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentModelTest {

    private static final LocalizedText TEXT = LocalizedText.of("tekst");

    private static Question open(String id) {
        return new OpenQuestion(id, TEXT, true, 0, 100);
    }

    private static VideoAssignment video(List<ViewingQuestion> questions) {
        Video film = new Video(new VideoSource.Embed(URI.create("https://player.example.nl/1")), 100, List.of(),
                Optional.of(LocalizedText.of("De film")));
        return new VideoAssignment("film", TEXT, TEXT, film, 0.5, questions);
    }

    @Test
    void listsAreCopiedAndCannotBeChanged() {
        List<ChoiceOption> options = new ArrayList<>(List.of(new ChoiceOption("a1", TEXT), new ChoiceOption("a2", TEXT)));
        ChoiceQuestion question = new ChoiceQuestion("keuze", TEXT, true, options, false);

        options.clear();

        assertEquals(2, question.options().size());
        assertThrows(UnsupportedOperationException.class, () -> question.options().clear());
    }

    @Test
    void aNewFilmKeepsOnlyTheQuestionTimesGivenForIt() {
        VideoAssignment original = video(List.of(
                new ViewingQuestion(open("eerste"), OptionalDouble.of(20)),
                new ViewingQuestion(open("tweede"), OptionalDouble.of(40)),
                new ViewingQuestion(open("derde"), OptionalDouble.empty())));
        VideoSource source = new VideoSource.Url(URI.create("https://media.example.nl/nieuw.mp4"), "video/mp4");

        VideoAssignment replaced = original.withFilm(source, 300, List.of(), Map.of("tweede", 250.0, "derde", 10.0));

        assertEquals(source, replaced.video().source());
        assertEquals(300, replaced.video().durationSeconds());
        assertEquals(original.video().film(), replaced.video().film());
        assertEquals(List.of(OptionalDouble.empty(), OptionalDouble.of(250), OptionalDouble.of(10)),
                replaced.viewingQuestions().stream().map(ViewingQuestion::at).toList());
        assertEquals(original.questions(), replaced.questions());
    }

    @Test
    void findsAQuestionOfAnAssignmentById() {
        VideoAssignment assignment = video(List.of(new ViewingQuestion(open("eerste"), OptionalDouble.empty())));

        assertEquals("eerste", assignment.question("eerste").orElseThrow().id());
        assertTrue(assignment.question("tweede").isEmpty());
    }

    @Test
    void aScaleNormalisesItsValues() {
        ScaleDefinition scale = new ScaleDefinition(1, 5, Optional.empty(), Optional.empty());

        assertEquals(0.0, scale.normalise(1));
        assertEquals(0.5, scale.normalise(3));
        assertEquals(1.0, scale.normalise(5));
        assertTrue(scale.contains(5));
        assertFalse(scale.contains(0));
        assertThrows(IllegalArgumentException.class, () -> new ScaleDefinition(3, 3, Optional.empty(), Optional.empty()));
    }

    @Test
    void anObservationFormListsAllBehavioursOfAllPhases() {
        ObservationForm form = new ObservationForm(
                List.of(new ObservationMark("gezien", TEXT), new ObservationMark("nog-niet", TEXT)),
                List.of(new ObservationPhase("start", TEXT, List.of(new ObservableBehaviour("welkom", TEXT))),
                        new ObservationPhase("einde", TEXT, List.of(new ObservableBehaviour("afspraak", TEXT)))));

        assertEquals(List.of("welkom", "afspraak"), form.behaviours().stream().map(ObservableBehaviour::id).toList());
        assertTrue(form.hasMark("gezien"));
        assertFalse(form.hasMark("welkom"));
    }

    @Test
    void assignmentTypesHaveThePackCodes() {
        assertEquals("peer-coaching", AssignmentType.PEER_COACHING.code());
        assertEquals("action-plan", AssignmentType.ACTION_PLAN.code());
    }
}
