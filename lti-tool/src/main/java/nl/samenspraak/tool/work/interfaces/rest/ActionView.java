package nl.samenspraak.tool.work.interfaces.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import nl.samenspraak.tool.work.application.StoredAction;

/** An action in the teacher's plan as the API shows it; absent values are written as null. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ActionView(long id, String optionId, String ownText, LocalDate plannedFor, boolean done) {

    public static ActionView of(StoredAction action) {
        return new ActionView(action.id(), action.optionId().orElse(null), action.ownText().orElse(null),
                action.plannedFor().orElse(null), action.done());
    }
}
