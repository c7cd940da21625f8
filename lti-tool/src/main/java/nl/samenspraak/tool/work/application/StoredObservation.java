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
 * @param kind             the kind of conversation, once planned with one
 * @param minutes          how long the conversation is planned to take
 * @param cancelledAt      when the planned conversation was called off; empty while it goes ahead
 */
public record StoredObservation(long id, long observerId, long observedId, Optional<Instant> plannedAt, String note,
                                int planningSequence, ObservationDraft form, Optional<Instant> savedAt,
                                Optional<Instant> submittedAt, long formVersion, Optional<ConversationKind> kind,
                                int minutes, Optional<Instant> cancelledAt) {

    /** The length of a conversation planned without one: a ten-minute talk with room around it. */
    public static final int USUAL_MINUTES = 30;

    public StoredObservation {
        Objects.requireNonNull(plannedAt, "plannedAt");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
    }

    public boolean cancelled() {
        return cancelledAt.isPresent();
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
                ObservationDraft.empty(), savedAt, submittedAt, formVersion, kind, minutes, cancelledAt);
    }
}
