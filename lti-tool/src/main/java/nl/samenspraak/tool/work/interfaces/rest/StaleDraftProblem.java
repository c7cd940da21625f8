package nl.samenspraak.tool.work.interfaces.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.work.application.StaleDraftException;

/**
 * The 409 of a save from a stale copy: the problem, and as the extension member {@code current} the draft
 * stored now, so that the page can show both texts and save the teacher's choice with {@code version}.
 */
public record StaleDraftProblem(@JsonUnwrapped Problem problem, Current current) {

    /**
     * @param draft the stored draft in the shape the API gives it (an answer, an observation form); null
     *              when there is none (removed meanwhile)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Current(long version, Instant savedAt, Object draft) {

        static Current of(StaleDraftException.SavedDraft newer) {
            return new Current(newer.version(), newer.savedAt().orElse(null),
                    newer.content().map(DraftVersions::draft).orElse(null));
        }
    }
}
