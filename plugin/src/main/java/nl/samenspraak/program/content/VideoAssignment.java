package nl.samenspraak.program.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/** Watch a film, answering viewing questions during or after it. */
public record VideoAssignment(String id, LocalizedText title, LocalizedText instructions, Video video,
                              double requiredWatchedShare, List<ViewingQuestion> viewingQuestions)
        implements Assignment {

    public VideoAssignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(video, "video");
        if (!(requiredWatchedShare >= 0 && requiredWatchedShare <= 1)) {
            throw new IllegalArgumentException("requiredWatchedShare must be within 0..1, was " + requiredWatchedShare);
        }
        viewingQuestions = List.copyOf(viewingQuestions);
    }

    @Override
    public AssignmentType type() {
        return AssignmentType.VIDEO;
    }

    @Override
    public List<Question> questions() {
        return viewingQuestions.stream().map(ViewingQuestion::question).toList();
    }

    /**
     * This assignment with another film, as a school gives it through {@code videoSources}. The pack's own
     * time stamps belong to the pack's own film, so a question pauses the new film only where
     * {@code questionTimes} (question id to seconds) gives it a time; all others come after the video.
     */
    public VideoAssignment withFilm(VideoSource source, double durationSeconds, List<Caption> captions,
                                    Map<String, Double> questionTimes) {
        List<ViewingQuestion> retimed = viewingQuestions.stream()
                .map(viewing -> {
                    Double time = questionTimes.get(viewing.question().id());
                    return new ViewingQuestion(viewing.question(),
                            time == null ? OptionalDouble.empty() : OptionalDouble.of(time));
                })
                .toList();
        Video film = new Video(source, durationSeconds, captions, video.film());
        return new VideoAssignment(id, title, instructions, film, requiredWatchedShare, retimed);
    }
}
