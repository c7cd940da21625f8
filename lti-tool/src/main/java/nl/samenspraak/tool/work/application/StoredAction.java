package nl.samenspraak.tool.work.application;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An action in a teacher's plan, as stored: one of the assignment's options or the teacher's own words
 * (kept as typed), the day it is planned for and whether it is done.
 */
public record StoredAction(long id, Optional<String> optionId, Optional<String> ownText,
                           Optional<LocalDate> plannedFor, boolean done) {

    public StoredAction {
        Objects.requireNonNull(optionId, "optionId");
        Objects.requireNonNull(ownText, "ownText");
        Objects.requireNonNull(plannedFor, "plannedFor");
    }
}
