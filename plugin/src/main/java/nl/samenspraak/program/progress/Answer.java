package nl.samenspraak.program.progress;

import java.util.Objects;
import java.util.Set;

/** What a teacher submitted for one question. */
public sealed interface Answer {

    /** The answer to an open question. */
    record TextAnswer(String text) implements Answer {
        public TextAnswer {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The option ids chosen for a choice question. */
    record ChoiceAnswer(Set<String> optionIds) implements Answer {
        public ChoiceAnswer {
            optionIds = Set.copyOf(optionIds);
        }

        public static ChoiceAnswer of(String... optionIds) {
            return new ChoiceAnswer(Set.of(optionIds));
        }
    }

    /** The value picked on a scale question. */
    record ScaleAnswer(int value) implements Answer {
    }
}
