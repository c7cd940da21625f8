package nl.samenspraak.tool.work.application;

import static nl.samenspraak.tool.work.application.Refusals.fields;
import static nl.samenspraak.tool.work.application.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.ObservableBehaviour;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.tool.work.application.ObservationForms.FormInput;
import nl.samenspraak.tool.work.application.ObservationForms.MarkInput;
import nl.samenspraak.tool.work.application.ObservationPlanning.PlanningInput;
import nl.samenspraak.tool.work.application.WorkRejectedException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coaching groups formed by the trainer, on the built-in pack (one observation each way) in a real embedded
 * database: Anna (no name), Bram, Carla and a nameless colleague launched; Dirk is only on the roster; Els is a
 * learner of another course.
 */
class PeerGroupsTest {

    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";

    @TempDir
    Path folder;

    private WorkFixture fixture;
    private PeerGroups groups;
    private long course;
    private long trainer;
    private WorkScope anna;
    private WorkScope bram;
    private WorkScope carla;
    private WorkScope nameless;
    private WorkScope dirk;
    private WorkScope els;

    @BeforeEach
    void open() {
        fixture = WorkFixture.in(folder);
        groups = fixture.groups;
        anna = fixture.teacher;
        course = anna.contextId().orElseThrow();
        fixture.join(anna.userId(), course, "LEARNER");
        bram = fixture.member(course, "bram", "Bram Jansen", "LEARNER");
        carla = fixture.member(course, "carla", "Carla Smit", "LEARNER");
        nameless = fixture.member(course, "nameless", null, "LEARNER");
        dirk = fixture.listed(course, "dirk", "Dirk de Wit");
        els = fixture.member(fixture.otherCourse.contextId().orElseThrow(), "els", "Els Elders", "LEARNER");
        trainer = fixture.trainer.userId();
        fixture.join(trainer, course, "INSTRUCTOR");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theTrainerSeesEveryLearnerInNoGroupAlsoThoseOnlyTheRosterLists() {
        fixture.invitations.invite(anna, PEER, bram.userId());

        PeerGroups.Overview overview = groups.overview(course, PEER);

        assertTrue(overview.groups().isEmpty());
        Map<Long, PeerGroups.Member> ungrouped = overview.ungrouped().stream()
                .collect(Collectors.toMap(member -> member.person().userId(), member -> member));
        assertEquals(Set.of(anna.userId(), bram.userId(), carla.userId(), nameless.userId(), dirk.userId()),
                ungrouped.keySet(), "not the trainer, not Els of the other course");
        assertFalse(ungrouped.get(dirk.userId()).launched(), "Dirk never launched");
        assertTrue(ungrouped.get(bram.userId()).launched());
        assertTrue(ungrouped.get(anna.userId()).openInvitation() && ungrouped.get(bram.userId()).openInvitation());
        assertFalse(ungrouped.get(carla.userId()).openInvitation());
    }

    @Test
    void arrangingPairsOfFiveMakesAPairAndATrioWithTheRosterOnlyMemberAndWithdrawsOpenInvitations() {
        fixture.invitations.invite(anna, PEER, bram.userId());

        PeerGroups.Overview arranged = groups.arrange(course, trainer, PEER, 2);

        assertTrue(arranged.ungrouped().isEmpty());
        assertEquals(List.of(2, 3), arranged.groups().stream().map(group -> group.members().size()).toList());
        assertEquals(List.of(2, 3), arranged.groups().stream().map(group -> group.group().observations().size()).toList());
        assertTrue(arranged.groups().stream().allMatch(group -> group.group().formedBy() == CoachingGroup.FormedBy.TRAINER
                && group.members().stream().noneMatch(PeerGroups.Member::openInvitation)));
        assertTrue(fixture.peerCoaching.state(anna, PEER).sent().isEmpty(), "Anna's open invitation was withdrawn");
        PeerCoachingService.PeerCoaching dirks = fixture.peerCoaching.state(dirk, PEER);
        assertTrue(dirks.group().isPresent(), "Dirk finds his group when he first opens the tool");
        assertEquals(arranged, groups.arrange(course, trainer, PEER, 3), "nobody left: nothing changes");
    }

    @Test
    void arrangingTriosOfSixAndOfSevenNeverLeavesAnyoneAlone() {
        fixture.member(course, "eva", "Eva Vos", "LEARNER");
        assertEquals(List.of(3, 3), sizes(groups.arrange(course, trainer, PEER, 3)));

        long other = fixture.otherCourse.contextId().orElseThrow();
        for (String name : List.of("Fien", "Gijs", "Hanna", "Ivo", "Jet", "Kees")) {
            fixture.member(other, name.toLowerCase(), name, "LEARNER");
        }
        assertEquals(List.of(3, 2, 2), sizes(groups.arrange(other, trainer, PEER, 3)));
        assertEquals(List.of(3, 3), sizes(groups.overview(course, PEER)), "each course has its own groups");
    }

    @Test
    void inATrioAskedOneEachWayEachObservesTheNextAndIsObservedByTheOneBefore() {
        groups.form(course, trainer, PEER, List.of(anna.userId(), bram.userId(), carla.userId()));

        PeerCoachingService.PeerCoaching annas = fixture.peerCoaching.state(anna, PEER);
        assertEquals(CoachingGroup.FormedBy.TRAINER, annas.group().orElseThrow().formedBy());
        assertEquals(List.of(anna.userId(), bram.userId(), carla.userId()), annas.group().orElseThrow().members().stream()
                .map(CourseRoster.Participant::userId).toList());
        PeerCoachingService.Partner withBram = partner(annas, bram);
        PeerCoachingService.Partner withCarla = partner(annas, carla);
        assertTrue(withBram.given().isPresent() && withBram.received().isEmpty(), "Anna observes Bram");
        assertTrue(withCarla.given().isEmpty() && withCarla.received().isPresent(), "Carla observes Anna");
        assertEquals(withCarla.received().orElseThrow().id(), partner(fixture.peerCoaching.state(carla, PEER), anna)
                .given().orElseThrow().id());
        assertFalse(withBram.canEnd());
        refused(Reason.FORBIDDEN, () -> fixture.partnerships.end(anna, PEER, bram.userId()));
        refused(Reason.ALREADY_THERE, () -> fixture.invitations.invite(anna, PEER, nameless.userId()));
        refused(Reason.ALREADY_THERE, () -> fixture.invitations.invite(nameless, PEER, anna.userId()));
        assertFalse(fixture.peerCoaching.state(nameless, PEER).colleagues().stream()
                .filter(colleague -> colleague.person().userId() == anna.userId()).findFirst().orElseThrow().available());
    }

    @Test
    void theReflectionWaitsForTheTrioMemberWhoHasNotObservedTheTeacherNamingThem() {
        groups.form(course, trainer, PEER, List.of(anna.userId(), bram.userId(), carla.userId()));
        answerReflections(anna);
        submitObservation(anna, bram);

        WorkRejectedException waiting = refused(Reason.NOT_READY, () -> fixture.work.submit(anna, PEER));
        long carlasObservation = partner(fixture.peerCoaching.state(anna, PEER), carla).received().orElseThrow().id();
        assertEquals(List.of("observations." + carlasObservation), fields(waiting));
        assertTrue(waiting.issues().get(0).message().in(Language.EN).startsWith("Carla Smit has not observed you yet"),
                waiting.issues().get(0).message().in(Language.EN));

        submitObservation(carla, anna);
        fixture.work.submit(anna, PEER);
        assertEquals(ProgressState.COMPLETED, fixture.work.assignment(anna, PEER).progress().state());
        assertEquals(ProgressState.COMPLETED, inOverview(anna));
        answerReflections(bram);
        long bramObservesCarla = given(bram, carla).id();
        assertEquals(List.of("observations." + bramObservesCarla), fields(refused(Reason.NOT_READY,
                () -> fixture.work.submit(bram, PEER))), "Bram received from Anna; he still owes Carla one");
    }

    @Test
    void changingATrioMovesTheObservationsTheNewCircleKeepsAndLeavesTheRestWithTheirAuthors() {
        long groupId = groups.form(course, trainer, PEER, List.of(anna.userId(), bram.userId(), carla.userId()))
                .groups().get(0).group().id();
        long annaObservesBram = given(anna, bram).id();
        fixture.forms.saveForm(anna, PEER, annaObservesBram, new FormInput(Map.of(), "Anna begon.", ""));
        submitObservation(bram, carla);
        long carlaObservesAnna = given(carla, anna).id();
        fixture.forms.saveForm(carla, PEER, carlaObservesAnna, new FormInput(Map.of(), "Carla begon.", ""));

        PeerGroups.Overview changed = groups.change(course, trainer, PEER, groupId,
                List.of(carla.userId(), anna.userId(), nameless.userId()));

        assertEquals(Set.of(bram.userId(), dirk.userId()), changed.ungrouped().stream()
                .map(member -> member.person().userId()).collect(Collectors.toSet()));
        assertEquals(carlaObservesAnna, given(carla, anna).id(), "Carla observes Anna in the new circle too");
        assertEquals("Carla begon.", given(carla, anna).form().compliment(), "her draft moved along");
        fixture.forms.saveForm(carla, PEER, carlaObservesAnna, new FormInput(Map.of(), "Carla gaat verder.", ""));

        PeerCoachingService.Partner annasBram = ended(fixture.peerCoaching.state(anna, PEER), bram);
        assertEquals("Anna begon.", annasBram.given().orElseThrow().form().compliment(), "Anna keeps her draft");
        refused(Reason.ALREADY_SUBMITTED, () -> fixture.forms.saveForm(anna, PEER, annaObservesBram,
                new FormInput(Map.of(), "Later.", "")));
        refused(Reason.ALREADY_SUBMITTED, () -> fixture.planning.plan(anna, PEER, annaObservesBram,
                new PlanningInput("2026-12-03T15:30", "", null, null)));
        assertTrue(ended(fixture.peerCoaching.state(carla, PEER), bram).received().orElseThrow().submitted(),
                "what Bram submitted for Carla stays hers and counts");
        assertEquals(ProgressState.IN_PROGRESS, inOverview(bram), "and counts for Bram");
        assertEquals(5, fixture.database.sql().one("SELECT COUNT(*) FROM peer_observation", row -> row.getInt(1))
                .orElseThrow(), "three of the trio, two new ones: nothing deleted");
    }

    @Test
    void endingAGroupKeepsTheDraftsReadOnlyWithTheirAuthorsAndSubmittedWorkCounting() {
        pair(anna, bram);
        submitObservation(anna, bram);
        long bramObservesAnna = given(bram, anna).id();
        fixture.forms.saveForm(bram, PEER, bramObservesAnna, new FormInput(Map.of(), "Bram begon.", ""));
        refused(Reason.ALREADY_SUBMITTED, () -> fixture.partnerships.end(bram, PEER, anna.userId()));
        long groupId = groups.overview(course, PEER).groups().get(0).group().id();
        assertEquals(CoachingGroup.FormedBy.INVITATION, groups.overview(course, PEER).groups().get(0).group().formedBy());

        PeerGroups.Overview ended = groups.end(course, PEER, groupId);

        assertTrue(ended.groups().isEmpty());
        PeerCoachingService.PeerCoaching annas = fixture.peerCoaching.state(anna, PEER);
        assertTrue(annas.group().isEmpty() && annas.partners().isEmpty() && annas.canChoose());
        assertTrue(ended(annas, bram).given().orElseThrow().submitted());
        assertTrue(ended(annas, bram).received().isEmpty(), "Bram's draft is his, not Anna's to read");
        PeerCoachingService.Partner bramsAnna = ended(fixture.peerCoaching.state(bram, PEER), anna);
        assertEquals("Bram begon.", bramsAnna.given().orElseThrow().form().compliment());
        assertTrue(bramsAnna.received().orElseThrow().submitted());
        refused(Reason.ALREADY_SUBMITTED, () -> fixture.forms.submit(bram, PEER, bramObservesAnna));
        answerReflections(bram);
        assertEquals(List.of("partners"), fields(refused(Reason.NOT_READY, () -> fixture.work.submit(bram, PEER))),
                "what Bram received still counts; his draft does not, and he needs a new group to give one");
        refused(Reason.UNKNOWN_PART, () -> groups.end(course, PEER, groupId));
    }

    @Test
    void placingSomeoneTakesThemOutOfTheirGroupWhichGoesOnWithoutThemOrEnds() {
        long trio = groups.form(course, trainer, PEER, List.of(anna.userId(), bram.userId(), carla.userId()))
                .groups().get(0).group().id();
        long annaObservesBram = given(anna, bram).id();
        fixture.forms.saveForm(anna, PEER, annaObservesBram, new FormInput(Map.of(), "Anna begon.", ""));
        long pair = groups.form(course, trainer, PEER, List.of(nameless.userId(), dirk.userId())).groups().get(1)
                .group().id();

        PeerGroups.Overview moved = groups.change(course, trainer, PEER, pair,
                List.of(nameless.userId(), dirk.userId(), carla.userId()));

        assertEquals(List.of(List.of(anna.userId(), bram.userId()), List.of(nameless.userId(), dirk.userId(),
                carla.userId())), members(moved), "Anna and Bram go on as a pair");
        assertEquals(annaObservesBram, given(anna, bram).id(), "with Anna's draft of Bram");
        assertTrue(moved.groups().stream().noneMatch(group -> group.group().id() == trio || group.group().id() == pair));

        PeerGroups.Overview again = groups.form(course, trainer, PEER, List.of(anna.userId(), dirk.userId()));

        assertEquals(List.of(List.of(nameless.userId(), carla.userId()), List.of(anna.userId(), dirk.userId())),
                members(again));
        assertEquals(List.of(bram.userId()), again.ungrouped().stream().map(member -> member.person().userId()).toList(),
                "Bram alone is in no group");
        assertEquals("Anna begon.", ended(fixture.peerCoaching.state(anna, PEER), bram).given().orElseThrow().form()
                .compliment(), "Anna's draft stays hers, read-only");
        assertTrue(fixture.peerCoaching.state(bram, PEER).canChoose());
    }

    @Test
    void refusedRequestsChangeNothing() {
        groups.form(course, trainer, PEER, List.of(anna.userId(), bram.userId()));
        PeerGroups.Overview before = groups.overview(course, PEER);
        long groupId = before.groups().get(0).group().id();
        long carlas = carla.userId();

        assertEquals(List.of("members"), fields(refused(Reason.INVALID_INPUT,
                () -> groups.form(course, trainer, PEER, List.of(carlas)))));
        assertEquals(List.of("members"), fields(refused(Reason.INVALID_INPUT, () -> groups.form(course, trainer, PEER,
                List.of(carlas, nameless.userId(), dirk.userId(), anna.userId())))));
        assertEquals(List.of("members"), fields(refused(Reason.INVALID_INPUT,
                () -> groups.form(course, trainer, PEER, List.of(carlas, carlas)))));
        assertEquals(List.of("members"), fields(refused(Reason.INVALID_INPUT, () -> groups.form(course, trainer, PEER, null))));
        assertEquals(List.of("members[1]"), fields(refused(Reason.INVALID_INPUT,
                () -> groups.form(course, trainer, PEER, List.of(carlas, els.userId())))));
        assertEquals(List.of("members[1]"), fields(refused(Reason.INVALID_INPUT,
                () -> groups.form(course, trainer, PEER, List.of(carlas, trainer)))));
        assertEquals(List.of("members[1]"), fields(refused(Reason.INVALID_INPUT,
                () -> groups.form(course, trainer, PEER, List.of(bram.userId(), els.userId())))),
                "Bram does not leave Anna for a request that is refused");
        assertEquals(List.of("groupId"), fields(refused(Reason.UNKNOWN_PART,
                () -> groups.change(course, trainer, PEER, 999_999L, List.of(carlas, dirk.userId())))));
        assertEquals(List.of("size"), fields(refused(Reason.INVALID_INPUT, () -> groups.arrange(course, trainer, PEER, 4))));
        assertEquals(List.of("size"), fields(refused(Reason.INVALID_INPUT, () -> groups.arrange(course, trainer, PEER, null))));
        refused(Reason.UNKNOWN_PART, () -> groups.overview(course, "kennismakingsgesprek-quickscan"));
        assertEquals(before, groups.overview(course, PEER));

        groups.form(course, trainer, PEER, List.of(carlas, nameless.userId()));
        PeerGroups.Overview onlyDirk = groups.overview(course, PEER);
        WorkRejectedException alone = refused(Reason.INVALID_INPUT, () -> groups.arrange(course, trainer, PEER, 2));
        assertTrue(alone.detail().nl().contains("Dirk de Wit"), alone.detail().nl());
        assertEquals(List.of("members[2]"), fields(refused(Reason.INVALID_INPUT, () -> groups.change(course, trainer,
                PEER, groupId, List.of(carlas, anna.userId(), els.userId())))), "Carla stays in her group");
        assertEquals(onlyDirk, groups.overview(course, PEER));
    }

    @Test
    void aTrioAskedTwoEachWayObservesAllSixWaysAndEachGivesAndReceivesTwo() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode builtIn;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("samenspraak/packs/builtin/pack.json")) {
            builtIn = mapper.readTree(in);
        }
        ObjectNode assignment = builtIn.findParents("observations").stream()
                .filter(found -> found.path("id").asText().equals(PEER)).findFirst().map(ObjectNode.class::cast)
                .orElseThrow().deepCopy();
        assignment.put("id", "coaching-in-drietallen");
        assignment.putObject("observations").put("give", 2).put("receive", 2);
        ObjectNode pack = mapper.createObjectNode().put("formatVersion", 1).put("id", "drietallen").put("version", "1");
        pack.putObject("title").put("nl", "Drietallen");
        ObjectNode module = pack.putArray("modules").addObject().put("id", "drie");
        module.putObject("title").put("nl", "Coaching met z'n drie\u00ebn");
        module.putArray("assignments").add(assignment);
        Path packs = Files.createDirectories(folder.resolve("packs/drietallen"));
        Files.writeString(packs.resolve("pack.json"), mapper.writeValueAsString(pack));
        try (WorkFixture withPack = WorkFixture.withPacks(folder.resolve("database-2"), folder.resolve("packs"))) {
            WorkScope first = withPack.teacher;
            long trioCourse = first.contextId().orElseThrow();
            withPack.join(first.userId(), trioCourse, "LEARNER");
            WorkScope second = withPack.member(trioCourse, "bram", "Bram Jansen", "LEARNER");
            WorkScope third = withPack.member(trioCourse, "carla", "Carla Smit", "LEARNER");

            PeerGroups.Overview formed = withPack.groups.form(trioCourse, withPack.trainer.userId(),
                    "coaching-in-drietallen", List.of(first.userId(), second.userId(), third.userId()));

            assertEquals(6, formed.groups().get(0).group().observations().size());
            for (WorkScope member : List.of(first, second, third)) {
                List<PeerCoachingService.Partner> partners = withPack.peerCoaching.state(member, "coaching-in-drietallen")
                        .partners();
                assertEquals(2, partners.size());
                assertTrue(partners.stream().allMatch(partner -> partner.given().isPresent()
                        && partner.received().isPresent()), "each observes both others and is observed by both");
            }
        }
    }

    private PeerCoachingService.Partner partner(PeerCoachingService.PeerCoaching state, WorkScope colleague) {
        return state.partners().stream().filter(partner -> partner.person().userId() == colleague.userId())
                .findFirst().orElseThrow();
    }

    private PeerCoachingService.Partner ended(PeerCoachingService.PeerCoaching state, WorkScope colleague) {
        return state.endedPartners().stream().filter(partner -> partner.person().userId() == colleague.userId())
                .findFirst().orElseThrow();
    }

    private StoredObservation given(WorkScope observer, WorkScope observed) {
        return partner(fixture.peerCoaching.state(observer, PEER), observed).given().orElseThrow();
    }

    private void submitObservation(WorkScope observer, WorkScope observed) {
        long observation = given(observer, observed).id();
        fixture.forms.saveForm(observer, PEER, observation, completeForm());
        fixture.forms.submit(observer, PEER, observation);
    }

    private static List<List<Long>> members(PeerGroups.Overview overview) {
        return overview.groups().stream().map(group -> group.group().members()).toList();
    }

    private static List<Integer> sizes(PeerGroups.Overview overview) {
        return overview.groups().stream().map(group -> group.members().size()).toList();
    }

    /** The teacher's state in the assignment on the trainer's course page. */
    private ProgressState inOverview(WorkScope teacher) {
        return fixture.matrix.matrix(course).rows().stream()
                .filter(row -> row.participant().userId() == teacher.userId()).findFirst().orElseThrow()
                .cells().get(PEER).progress().effective().state();
    }

    private FormInput completeForm() {
        PeerCoachingAssignment assignment = (PeerCoachingAssignment) fixture.work.assignment(anna, PEER).placement()
                .assignment();
        Map<String, MarkInput> marks = new LinkedHashMap<>();
        for (ObservableBehaviour behaviour : assignment.observationForm().behaviours()) {
            marks.put(behaviour.id(), new MarkInput("voldoende", null));
        }
        return new FormInput(marks, "Je nam de ouders echt serieus.", "Vat aan het eind samen wat jullie afspraken.");
    }

    private void answerReflections(WorkScope teacher) {
        fixture.work.assignment(teacher, PEER).placement().assignment().questions().forEach(question ->
                fixture.work.saveAnswer(teacher, PEER, question.id(), new Answer.TextAnswer(
                        "Een antwoord dat lang genoeg is om mee te tellen, over vertrouwen.")));
    }

    private void pair(WorkScope inviter, WorkScope invitee) {
        fixture.invitations.invite(inviter, PEER, invitee.userId());
        long invitation = fixture.peerCoaching.state(invitee, PEER).received().get(0).id();
        fixture.invitations.accept(invitee, PEER, invitation);
    }
}
