package nl.samenspraak.tool.work.interfaces.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.tool.work.application.ConversationKind;
import nl.samenspraak.tool.work.application.CourseRoster;
import nl.samenspraak.tool.work.application.ObservationDraft;
import nl.samenspraak.tool.work.application.ObservationForms;
import nl.samenspraak.tool.work.application.ObservationPlanning;
import nl.samenspraak.tool.work.application.PeerCoachingService;
import nl.samenspraak.tool.work.application.StoredObservation;

/**
 * A teacher's peer coaching as the API shows it (docs/peer-groups.md): the colleagues of the course, the
 * teacher's group, its colleagues (the partners), those of ended groups read-only, and the
 * observation each way with its state ({@code open}, {@code planned}, {@code draft}, {@code submitted}), the
 * kind of conversation ({@code introductory}, {@code home-visit}, {@code report}, {@code other} or null), its
 * length in minutes and whether it was cancelled.
 * Names are the platform's, or null when it sent none; absent values are written as null. A partner who was
 * erased is a {@code formerParticipant}, with no name.
 *
 * @param timeZone the zone of every {@code plannedAt}, which is a local date and time ("2026-12-03T15:30")
 * @param limits   the most characters a note, an example and a compliment or tip may have
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PeerCoachingView(int give, int receive, int maxPartners, boolean canChoose, String timeZone,
                               Limits limits, List<ColleagueView> colleagues, List<PartnerView> partners,
                               List<InvitationView> invitationsSent, List<InvitationView> invitationsReceived,
                               GroupView group, List<PartnerView> endedPartners) {

    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    public record Limits(int note, int example, int feedback, int minMinutes, int maxMinutes) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ColleagueView(long userId, String name, boolean partner, boolean invited, boolean available) {
    }

    /** An invitation with the other person; {@code status} is {@code open} or {@code declined}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record InvitationView(long id, long userId, String name, String status, Instant sentAt) {
    }

    /** The teacher's group; {@code formedBy} is {@code invitation} or {@code trainer}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record GroupView(long id, String formedBy, Instant since, List<MemberView> members) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MemberView(long userId, String name) {
    }

    /** A colleague of the group; {@code given} or {@code received} is null where the circle has no observation. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PartnerView(long userId, String name, boolean chosenByMe, Instant since, boolean canEnd,
                              ObservationView given, ObservationView received, boolean formerParticipant) {
    }

    /**
     * One observation; {@code form} is null for a partner's observation that is not submitted yet, and
     * {@code version} is the form's, which a save sends in If-Match.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ObservationView(long id, String state, String plannedAt, String note, Instant savedAt,
                                  Instant submittedAt, long version, FormView form, String kind, int minutes,
                                  boolean cancelled) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FormView(Map<String, MarkView> marks, String compliment, String tip) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MarkView(String markId, String example) {
    }

    public static PeerCoachingView of(PeerCoachingService.PeerCoaching state) {
        return new PeerCoachingView(state.assignment().observations().give(),
                state.assignment().observations().receive(), state.maxPartners(), state.canChoose(),
                ObservationPlanning.SCHOOL_TIME.getId(), new Limits(ObservationPlanning.MAX_NOTE,
                        ObservationForms.MAX_EXAMPLE, ObservationForms.MAX_FEEDBACK, ObservationPlanning.MIN_MINUTES,
                        ObservationPlanning.MAX_MINUTES),
                state.colleagues().stream().map(colleague -> new ColleagueView(colleague.person().userId(),
                        name(colleague.person()), colleague.partner(), colleague.invited(), colleague.available()))
                        .toList(),
                state.partners().stream().map(PeerCoachingView::partner).toList(),
                state.sent().stream().map(PeerCoachingView::invitation).toList(),
                state.received().stream().map(PeerCoachingView::invitation).toList(),
                state.group().map(group -> new GroupView(group.id(), group.formedBy().name().toLowerCase(Locale.ROOT),
                        group.since(), group.members().stream().map(member -> new MemberView(member.userId(),
                        name(member))).toList())).orElse(null),
                state.endedPartners().stream().map(PeerCoachingView::partner).toList());
    }

    private static PartnerView partner(PeerCoachingService.Partner partner) {
        return new PartnerView(partner.person().userId(), name(partner.person()), partner.chosenByMe(), partner.since(),
                partner.canEnd(), partner.given().map(given -> observation(given, true)).orElse(null),
                partner.received().map(received -> observation(received, received.submitted())).orElse(null),
                partner.formerParticipant());
    }

    private static InvitationView invitation(PeerCoachingService.Invitation invitation) {
        return new InvitationView(invitation.id(), invitation.person().userId(), name(invitation.person()),
                invitation.status().name().toLowerCase(Locale.ROOT), invitation.sentAt());
    }

    static ObservationView observation(StoredObservation observation, boolean withForm) {
        String state = observation.submitted() ? "submitted" : observation.savedAt().isPresent() ? "draft"
                : observation.plannedAt().isPresent() ? "planned" : "open";
        return new ObservationView(observation.id(), state,
                observation.plannedAt().map(at -> LOCAL_MINUTES.format(at.atZone(ObservationPlanning.SCHOOL_TIME)))
                        .orElse(null),
                observation.note(), observation.savedAt().orElse(null), observation.submittedAt().orElse(null),
                observation.formVersion(), withForm ? form(observation) : null,
                observation.kind().map(ConversationKind::id).orElse(null), observation.minutes(), observation.cancelled());
    }

    private static FormView form(StoredObservation observation) {
        return form(observation.form());
    }

    static FormView form(ObservationDraft draft) {
        Map<String, MarkView> marks = new LinkedHashMap<>();
        draft.behaviours().forEach((behaviourId, entry) -> marks.put(behaviourId,
                new MarkView(entry.markId().orElse(null), entry.example().orElse(null))));
        return new FormView(marks, draft.compliment(), draft.tip());
    }

    private static String name(CourseRoster.Participant person) {
        return person.name().orElse(null);
    }
}
