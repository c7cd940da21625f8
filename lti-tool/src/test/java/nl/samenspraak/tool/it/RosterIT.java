package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.platform.LaunchClaims.CONTEXT;
import static nl.samenspraak.tool.it.platform.LaunchClaims.INSTRUCTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.Memberships;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The course's group from the platform's roster (NRPS): when the trainer opens the course, every page is read
 * in each platform's way of paging and naming roles, with a token from the platform's token endpoint; members
 * who never launched are in the trainer's overview and in a teacher's partner choice; a cut-off roster is
 * reported; without the service the group is who launched, and the roster's status says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterIT {

    private static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    private static final String PEER = "/api/assignments/bedeesde-ouder-intercollegiale-coaching/peer-coaching";

    private final LtiTestbed testbed = new LtiTestbed();
    private final LtiTestbed.Registered registered = testbed.registeredPlatform();

    @AfterAll
    void stop() {
        testbed.close();
    }

    private WorkClient launch(String subject, String course, String variant, boolean trainer) {
        ToolAnswer launch = registered.platform().launch(testbed.browser(), subject, claims -> {
            LaunchClaims changed = claims.member(CONTEXT, "id", course);
            if (variant != null) {
                changed.set(NRPS, Map.of("context_memberships_url",
                        registered.platform().memberships().url(variant).toString(), "service_versions", List.of("2.0")));
            }
            return trainer ? changed.roles(INSTRUCTOR) : changed;
        });
        return WorkClient.withToken(launch.sessionToken().orElseThrow(() -> new AssertionError("no session: " + launch)));
    }

    private static List<String> participantNames(JsonNode matrix) {
        List<String> names = new ArrayList<>();
        matrix.path("members").forEach(row -> names.add(row.hasNonNull("name") ? row.path("name").asText() : "?"));
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"moodle", "canvas", "legacy"})
    void membersWhoNeverLaunchedAreInTheTrainersOverviewAndThePartnerChoice(String variant) {
        String course = "roster-" + variant;
        registered.platform().memberships().members(List.of(
                new Memberships.Member(variant + "-trainer", true, "Tineke Trainer"),
                new Memberships.Member(variant + "-anna", false, "Anna Aalders"),
                new Memberships.Member(variant + "-bram", false, "Bram Bos"),
                new Memberships.Member(variant + "-hidden", false, null),
                new Memberships.Member(variant + "-carla", false, "Carla Claes")), 2);
        WorkClient anna = launch(variant + "-anna", course, variant, false);
        WorkClient trainer = launch(variant + "-trainer", course, variant, true);

        JsonNode overview = trainer.matrix();

        assertEquals(List.of(), registered.platform().memberships().problems());
        assertEquals(4, overview.path("members").size(), overview.toString());
        assertTrue(participantNames(overview).containsAll(List.of("Anna Aalders", "Bram Bos", "Carla Claes", "?")),
                participantNames(overview).toString());
        overview.path("members").forEach(row -> {
            if (!"Docent Proef".equals(row.path("name").asText())) {
                row.path("cells").forEach(standing -> assertEquals("not_started", standing.path("state").asText()));
            }
        });
        JsonNode roster = WorkClient.ok(trainer.get("/api/course/roster"));
        assertEquals("platform", roster.path("source").asText());
        assertTrue(roster.path("syncedAt").isTextual(), roster.toString());
        assertFalse(roster.path("truncated").asBoolean());

        JsonNode partners = WorkClient.ok(anna.get(PEER));
        List<String> colleagues = new ArrayList<>();
        partners.path("peerCoaching").path("colleagues").forEach(colleague -> colleagues.add(colleague.path("name").asText()));
        assertTrue(colleagues.containsAll(List.of("Bram Bos", "Carla Claes")), partners.toString());
    }

    @Test
    void aRosterLongerThanThePageCapIsReadUpToTheCapAndSaidSo() {
        List<Memberships.Member> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(new Memberships.Member("many-" + i, false, "Leraar " + i));
        }
        registered.platform().memberships().members(many, 1);
        int before = registered.platform().memberships().pageRequests();
        WorkClient trainer = launch("many-trainer", "roster-many", "moodle", true);

        JsonNode roster = WorkClient.ok(trainer.get("/api/course/roster"));

        assertEquals("platform", roster.path("source").asText());
        assertTrue(roster.path("truncated").asBoolean(), roster.toString());
        assertEquals(50, registered.platform().memberships().pageRequests() - before);
        assertEquals(50, trainer.matrix().path("members").size());
    }

    @Test
    void withoutTheServiceTheGroupIsWhoLaunched() {
        launch("plain-anna", "roster-plain", null, false);
        WorkClient trainer = launch("plain-trainer", "roster-plain", null, true);

        JsonNode roster = WorkClient.ok(trainer.get("/api/course/roster"));

        assertEquals("launches", roster.path("source").asText());
        assertFalse(roster.path("offered").asBoolean());
        assertEquals(1, trainer.matrix().path("members").size());
    }

    @Test
    void onlyTheTrainerSeesTheRostersStatus() {
        WorkClient learner = launch("roster-learner", "roster-learner-only", null, false);

        ToolClient.Answer refused = learner.get("/api/course/roster?lang=en");

        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.json().path("detail").asText().contains("trainer"), refused.body());
        assertEquals(401, WorkClient.withAuthorization(null).get("/api/course/roster").status());
    }
}
