package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One partner's observation of the other, as stored: its planning, which both partners see and change, and
 * the observer's form.
 *
 * @param plannedAt        when the observed conversation takes place; empty until planned
 * @param note             a note on the planning (the place), empty when none
 * @param planningSequence how often the planning changed, so that a calendar takes a new file as an update
 * @param savedAt          when the observer last saved the form; empty before the first draft
 * @param submittedAt      when the observer submitted the form, after which it is read-only
 * @param formVersion      0 before the form's first save, one more with each save
 */
public record StoredObservation(long id, long observerId, long observedId, Optional<Instant> plannedAt, String note,
                                int planningSequence, ObservationDraft form, Optional<Instant> savedAt,
                                Optional<Instant> submittedAt, long formVersion) {

    public StoredObservation {
        Objects.requireNonNull(plannedAt, "plannedAt");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    public boolean submitted() {
        return submittedAt.isPresent();
    }

    /** Whether the observer has begun the form: only then does it count as an observation they give. */
    public boolean started() {
        return savedAt.isPresent() || submitted();
    }

    /** The same observation without the observer's form: what the observed partner sees of a draft. */
    StoredObservation withoutForm() {
        return new StoredObservation(id, observerId, observedId, plannedAt, note, planningSequence,
                ObservationDraft.empty(), savedAt, submittedAt, formVersion);
    }
}
