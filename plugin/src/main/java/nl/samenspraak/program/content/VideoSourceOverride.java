package nl.samenspraak.program.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A film a school gives for a video assignment of any pack ({@code videoSources} in a pack).
 *
 * @param questionTimes viewing question id to the second in the new film where it pauses playback
 */
public record VideoSourceOverride(String assignmentId, VideoSource source, double durationSeconds,
                                  List<Caption> captions, Map<String, Double> questionTimes) {

    public VideoSourceOverride {
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(source, "source");
        captions = List.copyOf(captions);
        questionTimes = Map.copyOf(questionTimes);
    }

    /** The assignment with this film in place of its own. */
    public VideoAssignment applyTo(VideoAssignment assignment) {
        return assignment.withFilm(source, durationSeconds, captions, questionTimes);
    }
}
