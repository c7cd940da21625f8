package nl.samenspraak.program.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The film of a video assignment.
 *
 * @param film the title of the original film, so a school knows which film to give through
 *             {@code videoSources}
 */
public record Video(VideoSource source, double durationSeconds, List<Caption> captions, Optional<LocalizedText> film) {

    public Video {
        Objects.requireNonNull(source, "source");
        if (!(durationSeconds > 0)) {
            throw new IllegalArgumentException("durationSeconds must be > 0, was " + durationSeconds);
        }
        captions = List.copyOf(captions);
        Objects.requireNonNull(film, "film");
    }
}
