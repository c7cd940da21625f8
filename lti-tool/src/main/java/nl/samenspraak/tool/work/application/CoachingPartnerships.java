package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.work.application.PeerCoachingStore.Pairing;

/** Making and ending partnerships between learners of one course in a peer-coaching assignment. */
@Singleton
public class CoachingPartnerships {

    private final PeerParticipants participants;
    private final TeacherWorkStore works;
    private final PeerCoachingStore store;
    private final Clock clock;
    private final WorkTransactions transactions;

    @Inject
    public CoachingPartnerships(ProgramCatalogService catalog, TeacherWorkStore works, PeerCoachingStore store,
                                CourseRoster roster, Clock clock, WorkTransactions transactions) {
        this.participants = new PeerParticipants(catalog, works, store, roster);
        this.works = works;
        this.store = store;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Makes the teacher and a colleague of the course partners, both ways. */
    public void choose(WorkScope scope, String assignmentId, Long colleagueId) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        if (colleagueId == null) {
            throw WorkRejectedException.invalid("userId", LocalizedText.of("Zeg welke collega je kiest: userId.",
                    "Say which colleague you choose: userId."));
        }
        if (colleagueId == asker.userId()) {
            throw WorkRejectedException.invalid("userId", LocalizedText.of("Kies een collega, niet jezelf.",
                    "Choose a colleague, not yourself."));
        }
        CourseRoster.Participant colleague = asker.learners().get(colleagueId);
        if (colleague == null) {
            throw PeerTexts.unknownColleague();
        }
        LocalizedText name = PeerTexts.name(colleague);
        transactions.run(affected -> {
            Instant now = clock.instant();
            Pairing pairing = store.pair(asker.contextId(), assignmentId, asker.userId(), colleagueId,
                    asker.maxPartners(), now);
            refuseUnlessPaired(pairing, asker, name);
            works.ensure(scope, assignmentId, now);
            asker.affectsBoth(affected, colleagueId);
            return null;
        });
    }

    private static void refuseUnlessPaired(Pairing pairing, PeerParticipants.Asker asker, LocalizedText name) {
        switch (pairing) {
            case PAIRED -> {
                // the pair is made: nothing to refuse
            }
            case ALREADY_PARTNERS -> throw PeerTexts.alreadyThere(LocalizedText.of(name.nl() + " is al je coachingspartner.",
                    name.in(Language.EN) + " is your coaching partner already."));
            case CHOOSER_FULL -> throw PeerTexts.alreadyThere(LocalizedText.of("Je hebt al "
                            + PeerTexts.partners(asker.maxPartners(), Language.NL)
                            + "; meer zijn er bij deze opdracht niet nodig.",
                    "You have " + PeerTexts.partners(asker.maxPartners(), Language.EN)
                            + " already; this assignment needs no more."));
            case PARTNER_FULL -> throw PeerTexts.alreadyThere(LocalizedText.of(
                    name.nl() + " heeft al genoeg coachingspartners. Kies een andere collega.",
                    name.in(Language.EN) + " has enough coaching partners already. Choose another colleague."));
        }
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
