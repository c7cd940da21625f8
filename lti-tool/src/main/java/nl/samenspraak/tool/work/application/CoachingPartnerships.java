package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;

/**
 * Ending a pair of learners of one course in a peer-coaching assignment; pairs are made by an accepted
 * invitation ({@link PartnerInvitations}), groups also by the trainer ({@link PeerGroups}).
 */
@Singleton
public class CoachingPartnerships {

    private final PeerParticipants participants;
    private final PeerCoachingStore store;
    private final WorkTransactions transactions;
    private final Clock clock;

    @Inject
    public CoachingPartnerships(ProgramCatalogService catalog, TeacherWorkStore works, PeerCoachingStore store,
                                CourseRoster roster, WorkTransactions transactions, Clock clock) {
        this.participants = new PeerParticipants(catalog, works, store, roster);
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Ends the teacher's pair made by invitation, as long as neither submitted an observation of the other.
     * It ends rather than goes: each keeps what they wrote (read-only). A group the trainer formed only the
     * trainer changes ({@link PeerGroups}).
     */
    public void end(WorkScope scope, String assignmentId, long partnerId) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        CoachingGroup group = participants.groups(asker).stream()
                .filter(found -> found.active() && found.colleaguesOf(asker.userId()).contains(partnerId))
                .findFirst().orElseThrow(() -> new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART,
                        LocalizedText.of("Deze collega is niet je coachingspartner in deze opdracht.",
                                "This colleague is not your coaching partner in this assignment."),
                        List.of(new WorkRejectedException.FieldIssue("userId", LocalizedText.of(
                                "geen coachingspartner", "not a coaching partner")))));
        if (group.formedBy() == CoachingGroup.FormedBy.TRAINER) {
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN, LocalizedText.of(
                    "Je trainer heeft deze groep gevormd; vraag je trainer om hem te veranderen.",
                    "Your trainer formed this group; ask your trainer to change it."));
        }
        transactions.run(affected -> {
            if (group.anySubmitted() || !store.endUnlessSubmitted(group.id(), clock.instant())) {
                throw new WorkRejectedException(WorkRejectedException.Reason.ALREADY_SUBMITTED, LocalizedText.of(
                        "Tussen jullie is al een observatie ingeleverd; daarom blijven jullie coachingspartners.",
                        "An observation between you has been submitted already, so you stay coaching partners."));
            }
            group.members().forEach(member -> affected.add(asker.scopeOf(member), assignmentId));
            return null;
        });
    }
}
