package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;

/**
 * Ending a partnership between learners of one course in a peer-coaching assignment; partnerships are made
 * by an accepted invitation ({@link PartnerInvitations}).
 */
@Singleton
public class CoachingPartnerships {

    private final PeerParticipants participants;
    private final PeerCoachingStore store;
    private final WorkTransactions transactions;

    @Inject
    public CoachingPartnerships(ProgramCatalogService catalog, TeacherWorkStore works, PeerCoachingStore store,
                                CourseRoster roster, WorkTransactions transactions) {
        this.participants = new PeerParticipants(catalog, works, store, roster);
        this.store = store;
        this.transactions = transactions;
    }

    /** Ends a partnership, as long as neither partner submitted an observation of the other. */
    public void end(WorkScope scope, String assignmentId, long partnerId) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        Partnership pair = participants.partnerships(asker).stream()
                .filter(found -> found.partnerOf(asker.userId()) == partnerId)
                .findFirst().orElseThrow(() -> new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART,
                        LocalizedText.of("Deze collega is niet je coachingspartner in deze opdracht.",
                                "This colleague is not your coaching partner in this assignment."),
                        List.of(new WorkRejectedException.FieldIssue("userId", LocalizedText.of(
                                "geen coachingspartner", "not a coaching partner")))));
        transactions.run(affected -> {
            if (pair.anySubmitted() || !store.end(pair.id())) {
                throw new WorkRejectedException(WorkRejectedException.Reason.ALREADY_SUBMITTED, LocalizedText.of(
                        "Tussen jullie is al een observatie ingeleverd; daarom blijven jullie coachingspartners.",
                        "An observation between you has been submitted already, so you stay coaching partners."));
            }
            asker.affectsBoth(affected, partnerId);
            return null;
        });
    }
}
