package nl.samenspraak.program.progress;

import java.util.Objects;

/** What a teacher plans to do: one of the assignment's actions or one in their own words. */
public sealed interface PlannedAction {

    record Chosen(String optionId) implements PlannedAction {
        public Chosen {
            Objects.requireNonNull(optionId, "optionId");
        }
    }

    record Own(String text) implements PlannedAction {
        public Own {
            Objects.requireNonNull(text, "text");
        }
    }
}
