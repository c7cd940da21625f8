package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

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
    private final Texts texts;

    @Inject
    public CoachingPartnerships(ProgramCatalogService catalog, TeacherWorkStore works, PeerCoachingStore store,
                                CourseRoster roster, WorkTransactions transactions, Clock clock, Texts texts) {
        this.participants = new PeerParticipants(catalog, works, store, roster, texts);
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.texts = texts;
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
                        texts.of(TextKey.COACHING_PARTNERSHIPS_NOT_YOUR_PARTNER),
                        List.of(new WorkRejectedException.FieldIssue("userId",
                                texts.of(TextKey.COACHING_PARTNERSHIPS_NOT_A_PARTNER)))));
        if (group.formedBy() == CoachingGroup.FormedBy.TRAINER) {
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN, texts.of(TextKey.COACHING_PARTNERSHIPS_TRAINER_FORMED));
        }
        transactions.run(affected -> {
            if (group.anySubmitted() || !store.endUnlessSubmitted(group.id(), clock.instant())) {
                throw new WorkRejectedException(WorkRejectedException.Reason.ALREADY_SUBMITTED, texts.of(TextKey.COACHING_PARTNERSHIPS_OBSERVATION_SUBMITTED));
            }
            group.members().forEach(member -> affected.add(asker.scopeOf(member), assignmentId));
            return null;
        });
    }
}
