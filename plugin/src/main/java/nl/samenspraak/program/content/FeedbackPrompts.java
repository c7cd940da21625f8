package nl.samenspraak.program.content;

import java.util.Objects;

/** The prompts for the one compliment and the one tip an observer gives with every observation. */
public record FeedbackPrompts(LocalizedText compliment, LocalizedText tip) {

    public FeedbackPrompts {
        Objects.requireNonNull(compliment, "compliment");
        Objects.requireNonNull(tip, "tip");
    }
}
