package nl.samenspraak.tool.work.interfaces.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.work.application.CoachingGroup;
import nl.samenspraak.tool.work.application.PeerGroups;
import nl.samenspraak.tool.work.application.StoredObservation;

/**
 * The trainer's coaching groups of an assignment as the API shows them (docs/peer-groups.md). Names are the
 * platform's, or null when it sent none ({@code platformUserId} then tells the trainer who it is).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PeerGroupsView(String assignmentId, Title title, Quota observations, List<CourseGroupView> groups,
                             List<UngroupedView> ungrouped) {

    /** The assignment's title in both languages: the page shows the one it is drawn in. */
    public record Title(String nl, String en) {
    }

    public record Quota(int give, int receive) {
    }

    /** {@code formedBy} is {@code trainer} or {@code invitation}; {@code submitted}: any observation is. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CourseGroupView(long id, String formedBy, Instant since, List<GroupMemberView> members,
                            List<GroupObservationView> observations, boolean submitted) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record GroupMemberView(long userId, String name, String platformUserId, boolean launched) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record UngroupedView(long userId, String name, String platformUserId, boolean launched,
                                boolean openInvitation) {
    }

    /** {@code state}: {@code open}, {@code planned}, {@code draft} or {@code submitted}. */
    public record GroupObservationView(long id, long observerId, long observedId, String state) {
    }

    public static PeerGroupsView of(PeerGroups.Overview overview) {
        return new PeerGroupsView(overview.assignment().id(), new Title(overview.assignment().title().in(Language.NL),
                overview.assignment().title().in(Language.EN)), new Quota(overview.assignment().observations().give(),
                overview.assignment().observations().receive()),
                overview.groups().stream().map(PeerGroupsView::group).toList(),
                overview.ungrouped().stream().map(member -> new UngroupedView(member.person().userId(),
                        member.person().name().orElse(null), member.person().platformUserId().orElse(null),
                        member.launched(), member.openInvitation())).toList());
    }

    private static CourseGroupView group(PeerGroups.Group shown) {
        CoachingGroup group = shown.group();
        return new CourseGroupView(group.id(), group.formedBy().name().toLowerCase(Locale.ROOT), group.since(),
                shown.members().stream().map(member -> new GroupMemberView(member.person().userId(),
                        member.person().name().orElse(null), member.person().platformUserId().orElse(null),
                        member.launched())).toList(),
                group.observations().stream().map(observation -> new GroupObservationView(observation.id(),
                        observation.observerId(), observation.observedId(), state(observation))).toList(),
                group.anySubmitted());
    }

    /** The same states as the teacher's page shows. */
    private static String state(StoredObservation observation) {
        return observation.submitted() ? "submitted" : observation.savedAt().isPresent() ? "draft"
                : observation.plannedAt().isPresent() ? "planned" : "open";
    }
}
