package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The actions in a teacher's plan. Each change names the work, so that no one reaches another's action. */
public interface ActionPlanStore {

    /** The work's actions in the teacher's order. */
    List<StoredAction> actions(long workId);

    /** Adds an action after the others. */
    StoredAction add(long workId, Optional<String> optionId, Optional<String> ownText, Optional<LocalDate> plannedFor,
                     Instant now);

    /** Replaces the own text, date and done of the action; false when the work has no such action. */
    boolean update(long workId, StoredAction action, Instant now);

    /** @return false when the work has no such action */
    boolean remove(long workId, long actionId, Instant now);
}
