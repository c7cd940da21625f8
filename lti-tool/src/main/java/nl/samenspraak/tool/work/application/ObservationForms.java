package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * The observer's form of an observation between coaching partners: saved as a draft, then submitted. Only
 * the observer fills it in; a submitted form no longer changes.
 */
@Singleton
public class ObservationForms {

    public static final int MAX_EXAMPLE = 1000;
    public static final int MAX_FEEDBACK = 2000;

    private final PeerParticipants participants;
    private final TeacherWorkStore works;
    private final PeerCoachingStore store;
    private final Clock clock;
    private final WorkTransactions transactions;
    private final Texts texts;

    @Inject
    public ObservationForms(ProgramCatalogService catalog, TeacherWorkStore works, PeerCoachingStore store,
                            CourseRoster roster, Clock clock, WorkTransactions transactions, Texts texts) {
        this.participants = new PeerParticipants(catalog, works, store, roster, texts);
        this.works = works;
        this.store = store;
        this.clock = clock;
        this.transactions = transactions;
        this.texts = texts;
    }

    /** The observer's form as sent: behaviour id to mark and example, the compliment and the tip. */
    public record FormInput(Map<String, MarkInput> marks, String compliment, String tip) {
    }

    /** A mark of the form (or none yet) and an example, for one behaviour. */
    public record MarkInput(String markId, String example) {
    }

    /** A saved form: when, and its new version. */
    public record SavedForm(Instant savedAt, long version) {
    }

    /** Saves the observer's form over whatever version is stored: for a client that does not say which it edited. */
    public SavedForm saveForm(WorkScope scope, String assignmentId, long observationId, FormInput form) {
        return saveForm(scope, assignmentId, observationId, form, OptionalLong.empty());
    }

    /**
     * Saves the observer's form as a draft, all of it replaced: marks of the form, examples, compliment and
     * tip may be missing or empty yet, but must fit. A request without any of them is refused, so that an
     * empty body never wipes a saved form.
     *
     * @param editedVersion the version of the form the observer edited, when the client says so
     * @throws StaleDraftException when a newer version was saved meanwhile (by another tab or device)
     */
    public SavedForm saveForm(WorkScope scope, String assignmentId, long observationId, FormInput form,
                              OptionalLong editedVersion) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        participants.ownObservation(asker, observationId);
        if (form == null || form.marks() == null && form.compliment() == null && form.tip() == null) {
            throw WorkRejectedException.invalid("form", texts.of(TextKey.OBSERVATION_FORMS_EMPTY_REQUEST));
        }
        ObservationDraft draft = ObservationFormCheck.draft(texts, asker.assignment().observationForm(), form);
        return transactions.run(affected -> {
            store.lock(observationId);
            StoredObservation observation = participants.ownObservation(asker, observationId);
            if (observation.submitted()) {
                throw PeerTexts.observationSubmitted(texts);
            }
            if (editedVersion.isPresent() && editedVersion.getAsLong() != observation.formVersion()) {
                throw new StaleDraftException("form", new StaleDraftException.SavedDraft(observation.formVersion(),
                        observation.savedAt(), Optional.of(observation.form())), texts);
            }
            Instant now = clock.instant();
            long version = store.saveForm(observationId, draft, now).orElseThrow(() -> PeerTexts.observationSubmitted(texts));
            works.ensure(scope, assignmentId, now);
            asker.affectsBoth(affected, observation);
            return new SavedForm(now, version);
        });
    }

    /** Submits the observer's form once every behaviour has a mark and the compliment and tip are written. */
    public void submit(WorkScope scope, String assignmentId, long observationId) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        participants.ownObservation(asker, observationId);
        transactions.run(affected -> {
            // A save of the form waits for the submission, and then finds it submitted.
            store.lock(observationId);
            StoredObservation observation = participants.ownObservation(asker, observationId);
            if (observation.submitted()) {
                throw PeerTexts.observationSubmitted(texts);
            }
            List<WorkRejectedException.FieldIssue> missing = ObservationFormCheck.missing(texts, asker.assignment(),
                    observation.form());
            if (!missing.isEmpty()) {
                throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY, texts.of(TextKey.OBSERVATION_FORMS_NOT_FINISHED),
                        missing);
            }
            if (!store.submit(observationId, clock.instant())) {
                throw PeerTexts.observationSubmitted(texts);
            }
            // The partner's progress may change too: an observation received can complete their assignment.
            asker.affectsBoth(affected, observation);
            return null;
        });
    }
}
