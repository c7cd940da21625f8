package nl.samenspraak.program.progress;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One action in a teacher's plan.
 *
 * @param plannedFor the day the teacher means to do it; empty while not yet planned
 * @param done       whether the teacher has carried it out
 */
public record ActionPlanItem(PlannedAction action, Optional<LocalDate> plannedFor, boolean done) {

    public ActionPlanItem {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(plannedFor, "plannedFor");
    }
}
