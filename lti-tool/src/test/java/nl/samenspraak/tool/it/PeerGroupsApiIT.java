package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.created;
import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static nl.samenspraak.tool.it.platform.LaunchClaims.CONTEXT;
import static nl.samenspraak.tool.it.platform.LaunchClaims.INSTRUCTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.Memberships;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The trainer's coaching groups over HTTP (docs/peer-groups.md), on both servers: the course's members come
 * from the emulator's roster (NRPS), so some never launched. Each test has a course of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeerGroupsApiIT {

    private static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final String TEACHER = "/api/assignments/" + PEER + "/peer-coaching";

    private final LtiTestbed testbed = new LtiTestbed();
    private final LtiTestbed.Registered registered = testbed.registeredPlatform();

    @AfterAll
    void stop() {
        testbed.close();
    }

    @Test
    void theTrainerArrangesPairsForTheWholeCourseIncludingMembersWhoNeverLaunched() {
        roster("arrange", "Anna", "Bram", "Carla", "Dirk", "Eva");
        WorkClient anna = launch("arrange-anna", "arrange", false);
        launch("arrange-bram", "arrange", false);
        WorkClient trainer = launch("arrange-trainer", "arrange", true);
        String groups = groups(trainer);

        JsonNode before = ok(trainer.get(groups));
        assertEquals(5, before.path("ungrouped").size(), before.toString());
        assertEquals("Peer coaching: sit in on each other's parent conversation", before.at("/title/en").asText());
        assertTrue(before.at("/title/nl").asText().startsWith("Intercollegiale coaching"), before.toString());
        assertEquals(1, before.at("/observations/give").asInt());
        assertFalse(ungrouped(before, "Dirk").path("launched").asBoolean(), "Dirk is on the roster only");
        assertTrue(ungrouped(before, "Anna").path("launched").asBoolean());

        JsonNode arranged = ok(trainer.post(groups + "/arrange", json("size", 2)));

        assertEquals(0, arranged.path("ungrouped").size(), arranged.toString());
        assertEquals(List.of(2, 3), sizes(arranged));
        assertEquals(3, arranged.at("/groups/1/observations").size(), "a trio goes round once");
        arranged.path("groups").forEach(group -> {
            assertEquals("trainer", group.path("formedBy").asText());
            assertFalse(group.path("submitted").asBoolean());
            group.path("observations").forEach(observation -> assertEquals("open", observation.path("state").asText()));
        });
        JsonNode annas = ok(anna.get(TEACHER)).path("peerCoaching");
        assertEquals("trainer", annas.at("/group/formedBy").asText(), annas.toString());
        assertFalse(annas.path("canChoose").asBoolean());
        JsonNode notices = ok(anna.get("/api/notices"));
        assertEquals("group", notices.at("/0/kind").asText(), notices.toString());
        assertEquals(arranged, ok(trainer.post(groups + "/arrange", json("size", 3))), "nobody left: nothing changes");
    }

    @Test
    void inATrioTheReflectionWaitsForTheColleagueWhoHasNotObservedTheTeacherYet() {
        roster("trio", "Anna", "Bram", "Carla");
        WorkClient anna = launch("trio-anna", "trio", false);
        WorkClient bram = launch("trio-bram", "trio", false);
        WorkClient trainer = launch("trio-trainer", "trio", true);
        trainer.matrix();
        String groups = groups(trainer);
        JsonNode before = ok(trainer.get(groups));

        JsonNode formed = created(trainer.post(groups, json("members", List.of(id(before, "Anna"), id(before, "Bram"),
                id(before, "Carla")))));

        assertEquals(List.of(3), sizes(formed));
        JsonNode annas = ok(anna.get(TEACHER)).path("peerCoaching");
        assertEquals(3, annas.at("/group/members").size());
        JsonNode withBram = partner(annas, "Bram");
        JsonNode withCarla = partner(annas, "Carla");
        assertTrue(withBram.path("given").isObject() && withBram.path("received").isNull(), withBram.toString());
        assertTrue(withCarla.path("given").isNull() && withCarla.path("received").isObject(), withCarla.toString());
        assertFalse(withBram.path("canEnd").asBoolean());
        assertProblem(anna.delete(TEACHER + "/partners/" + withBram.path("userId").asLong()), 403);

        String annaObservesBram = TEACHER + "/observations/" + withBram.at("/given/id").asLong();
        ok(anna.put(annaObservesBram, completeForm(anna)));
        ok(anna.post(annaObservesBram + "/submit", null));
        anna.answerEveryQuestion(PEER);
        JsonNode waiting = assertProblem(anna.post("/api/assignments/" + PEER + "/submit?lang=en", null), 409,
                "observations." + withCarla.at("/received/id").asLong());
        assertTrue(waiting.at("/errors/0/message").asText().startsWith("Carla has not observed you yet"), waiting.toString());
        JsonNode bramsGroup = ok(trainer.get(groups)).at("/groups/0");
        assertTrue(bramsGroup.path("submitted").asBoolean());
        assertEquals(List.of("submitted", "open", "open"), states(bramsGroup));
        assertEquals("Anna", partner(ok(bram.get(TEACHER)).path("peerCoaching"), "Anna").path("name").asText());
    }

    @Test
    void endingAndChangingKeepWhatEachSavedWithItsAuthor() {
        roster("keep", "Anna", "Bram", "Carla");
        WorkClient anna = launch("keep-anna", "keep", false);
        WorkClient bram = launch("keep-bram", "keep", false);
        WorkClient carla = launch("keep-carla", "keep", false);
        WorkClient trainer = launch("keep-trainer", "keep", true);
        trainer.matrix();
        String groups = groups(trainer);
        JsonNode people = ok(trainer.get(groups));
        JsonNode pair = CoachingPairs.pair(TEACHER, anna, id(people, "Bram"), bram).at("/peerCoaching/partners/0");
        String annaObservesBram = TEACHER + "/observations/" + pair.at("/given/id").asLong();
        ok(anna.put(annaObservesBram, json("marks", Map.of(), "compliment", "Anna begon.", "tip", "")));
        long pairId = ok(trainer.get(groups)).at("/groups/0/id").asLong();
        assertEquals("invitation", ok(trainer.get(groups)).at("/groups/0/formedBy").asText());

        JsonNode changed = ok(trainer.put(groups + "/" + pairId, json("members", List.of(id(people, "Carla"),
                id(people, "Bram")))));

        assertEquals(List.of(2), sizes(changed));
        assertEquals("Anna", changed.at("/ungrouped/0/name").asText());
        JsonNode annas = ok(anna.get(TEACHER)).path("peerCoaching");
        assertTrue(annas.path("group").isNull() && annas.path("partners").isEmpty(), annas.toString());
        assertEquals("Anna begon.", annas.at("/endedPartners/0/given/form/compliment").asText(), "Anna keeps her draft");
        assertProblem(anna.put(annaObservesBram, json("marks", Map.of(), "compliment", "Later.", "tip", "")), 409);
        assertTrue(ok(bram.get(TEACHER)).at("/peerCoaching/endedPartners").isEmpty(), "Anna's draft is not Bram's");
        long carlasGroup = changed.at("/groups/0/id").asLong();
        assertEquals("Bram", partner(ok(carla.get(TEACHER)).path("peerCoaching"), "Bram").path("name").asText());

        JsonNode ended = ok(trainer.delete(groups + "/" + carlasGroup));

        assertEquals(0, ended.path("groups").size());
        assertEquals(3, ended.path("ungrouped").size());
        assertProblem(trainer.delete(groups + "/" + carlasGroup), 404, "groupId");
        assertEquals("Anna begon.", ok(anna.get(TEACHER)).at("/peerCoaching/endedPartners/0/given/form/compliment")
                .asText());
    }

    @Test
    void refusedRequestsChangeNothingAndSayWhyInThePagesLanguage() {
        roster("refused", "Anna", "Bram", "Carla");
        WorkClient anna = launch("refused-anna", "refused", false);
        WorkClient trainer = launch("refused-trainer", "refused", true);
        // The other course has no roster service: its group is who launched, Els among them.
        WorkClient otherTrainer = launch("refused-other-trainer", "refused-elsewhere", true, false);
        launch("refused-els", "refused-elsewhere", false, false);
        trainer.matrix();
        String groups = groups(trainer);
        JsonNode people = ok(trainer.get(groups));
        long annaId = id(people, "Anna");
        long bramId = id(people, "Bram");
        long carlaId = id(people, "Carla");
        long elsId = id(ok(otherTrainer.get(groups(otherTrainer))), "Els");
        long pairId = created(trainer.post(groups, json("members", List.of(annaId, bramId)))).at("/groups/0/id").asLong();
        JsonNode before = ok(trainer.get(groups));

        assertProblem(anna.get(groups), 403);
        assertProblem(anna.post(groups + "/arrange", json("size", 2)), 403);
        assertProblem(otherTrainer.get(groups), 403);
        assertProblem(otherTrainer.delete(groups + "/" + pairId), 403);
        assertProblem(trainer.post(groups, json("members", List.of(carlaId))), 400, "members");
        assertProblem(trainer.post(groups, json("members", List.of(carlaId, annaId, bramId, elsId))), 400, "members");
        assertProblem(trainer.post(groups, json("members", List.of(carlaId, carlaId))), 400, "members");
        JsonNode stranger = assertProblem(trainer.post(groups + "?lang=en", json("members", List.of(carlaId, elsId))),
                400, "members[1]");
        assertEquals("Only participants of this course form a group.", stranger.path("detail").asText());
        assertEquals("Alleen deelnemers van deze cursus vormen een groep.",
                assertProblem(trainer.post(groups, json("members", List.of(carlaId, elsId))), 400, "members[1]")
                        .path("detail").asText());
        assertProblem(trainer.put(groups + "/" + pairId, json("members", List.of(annaId, bramId, elsId))), 400,
                "members[2]");
        assertProblem(trainer.put(groups + "/987654321", json("members", List.of(annaId, carlaId))), 404, "groupId");
        assertProblem(trainer.post(groups + "/arrange", json("size", 4)), 400, "size");
        assertProblem(trainer.post(groups + "/arrange", "{}"), 400, "size");
        JsonNode alone = assertProblem(trainer.post(groups + "/arrange?lang=en", json("size", 2)), 400, "size");
        assertTrue(alone.path("detail").asText().startsWith("Only Carla has no group yet"), alone.toString());
        assertProblem(trainer.get("/api/courses/" + trainer.courseId() + "/assignments/klavertje-vier/peer-groups"), 404);
        assertEquals(before, ok(trainer.get(groups)));
    }

    /** The course on the emulator's roster: the trainer and these learners (subjects are course-name). */
    private void roster(String course, String... learners) {
        List<Memberships.Member> members = new ArrayList<>();
        members.add(new Memberships.Member(course + "-trainer", true, "Tineke Trainer"));
        for (String name : learners) {
            members.add(new Memberships.Member(course + "-" + name.toLowerCase(), false, name));
        }
        registered.platform().memberships().members(members, 10);
    }

    private WorkClient launch(String subject, String course, boolean trainer) {
        return launch(subject, course, trainer, true);
    }

    /** A launch in the course, with the roster service (NRPS) offered or not; the name is the subject's end. */
    private WorkClient launch(String subject, String course, boolean trainer, boolean roster) {
        String name = subject.substring(subject.indexOf('-') + 1);
        ToolAnswer launch = registered.platform().launch(testbed.browser(), subject, claims -> {
            LaunchClaims changed = claims.member(CONTEXT, "id", course)
                    .set("name", Character.toUpperCase(name.charAt(0)) + name.substring(1));
            if (roster) {
                changed.set(NRPS, Map.of("context_memberships_url", registered.platform().memberships().url("moodle")
                        .toString(), "service_versions", List.of("2.0")));
            }
            return trainer ? changed.roles(INSTRUCTOR) : changed;
        });
        return WorkClient.withToken(launch.sessionToken().orElseThrow(() -> new AssertionError("no session: " + launch)));
    }

    private static String groups(WorkClient trainer) {
        return "/api/courses/" + trainer.courseId() + "/assignments/" + PEER + "/peer-groups";
    }

    private static JsonNode ungrouped(JsonNode overview, String name) {
        for (JsonNode member : overview.path("ungrouped")) {
            if (member.path("name").asText().equals(name)) {
                return member;
            }
        }
        throw new AssertionError("Nobody called " + name + " without a group: " + overview);
    }

    private static long id(JsonNode overview, String name) {
        return ungrouped(overview, name).path("userId").asLong();
    }

    private static JsonNode partner(JsonNode peerCoaching, String name) {
        for (JsonNode partner : peerCoaching.path("partners")) {
            if (partner.path("name").asText().equals(name)) {
                return partner;
            }
        }
        throw new AssertionError("No partner " + name + ": " + peerCoaching);
    }

    private static List<Integer> sizes(JsonNode overview) {
        List<Integer> sizes = new ArrayList<>();
        overview.path("groups").forEach(group -> sizes.add(group.path("members").size()));
        return sizes;
    }

    private static List<String> states(JsonNode group) {
        List<String> states = new ArrayList<>();
        group.path("observations").forEach(observation -> states.add(observation.path("state").asText()));
        return states;
    }

    /** Every behaviour of the form as the teacher reads it marked, a compliment and a tip. */
    private static String completeForm(WorkClient teacher) {
        Map<String, Object> marks = new LinkedHashMap<>();
        teacher.assignment(PEER).at("/assignment/observationForm").path("phases").forEach(phase -> phase
                .path("behaviours").forEach(behaviour -> marks.put(behaviour.path("id").asText(),
                        Map.of("markId", "voldoende"))));
        return json("marks", marks, "compliment", "Je nam de ouders echt serieus.",
                "tip", "Vat aan het eind samen wat jullie afspraken.");
    }
}
