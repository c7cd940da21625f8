package nl.samenspraak.tool.lti.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.lti.deeplinking.JdbcLinkSettings;
import nl.samenspraak.tool.lti.deeplinking.LinkSettings;
import nl.samenspraak.tool.lti.launch.JdbcLaunchRecords;
import nl.samenspraak.tool.lti.launch.LtiLaunch;
import nl.samenspraak.tool.lti.launch.LtiRoles;
import nl.samenspraak.tool.lti.launch.RecordedLaunch;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import nl.samenspraak.tool.lti.registration.RegistrationFixtures;
import nl.samenspraak.tool.work.application.CourseRoster;
import nl.samenspraak.tool.work.infrastructure.JdbcCourseRoster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A roster read from the platform, saved: who is added, who is marked as gone, what a trainer's roster shows. */
class JdbcRosterStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(600);

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private Sql sql;
    private JdbcRosterStore store;
    private JdbcCourseRoster roster;
    private PlatformRegistration registration;
    private RecordedLaunch anna;

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.in(dataDir);
        sql = database.sql();
        store = new JdbcRosterStore(sql);
        roster = new JdbcCourseRoster(sql);
        registration = RegistrationFixtures.add(sql, "https://lms.example", "client-1", "d-1", NOW);
        anna = new JdbcLaunchRecords(sql).record(launch("anna", "Anna Launch", Map.of("assignment", "film",
                "score_maximum", "20", "needs_approval", "true", "due_at", "2027-01-31T16:00:00Z")), registration.id(), NOW);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static LtiLaunch launch(String subject, String name, Map<String, String> custom) {
        return new LtiLaunch("https://lms.example", "client-1", subject, "d-1", LtiLaunch.MessageType.RESOURCE_LINK,
                Optional.of(URI.create("https://tool.example/lti/launch")), LtiRoles.of(List.of("Learner")),
                Optional.of(new LtiLaunch.ResourceLink("link-1", Optional.of("Film"), Optional.empty())),
                Optional.of(new LtiLaunch.CourseContext("course-1", Optional.empty(), Optional.empty())),
                new LtiLaunch.Person(Optional.of(name), Optional.empty(), Optional.empty()),
                Optional.empty(), custom, Optional.empty(), Optional.of(URI.create("https://lms.example/memberships")),
                Optional.empty(), Optional.empty());
    }

    private static MembershipContainer.Member member(String userId, String role, String name) {
        return new MembershipContainer.Member(userId, LtiRoles.of(List.of(role)), Optional.ofNullable(name),
                Optional.empty(), Optional.empty());
    }

    private List<String> learnerNames(long context) {
        return roster.learners(context).stream().map(participant -> participant.name().orElse("?")).toList();
    }

    @Test
    void membersWhoNeverLaunchedAreLearnersTooAndANameTheRosterLeavesOutIsKept() {
        long course = anna.contextId().orElseThrow();
        assertEquals(new CourseRoster.Source(false, Optional.empty(), false), roster.source(course));

        store.save(course, registration.id(), new MembershipClient.Roster(List.of(member("anna", "Learner", null),
                member("bram", "urn:lti:role:ims/lis/Learner", "Bram Bos"), member("carla", "Instructor", "Carla"),
                member("dirk", "Learner", null)), false, 1), NOW);

        assertEquals(List.of("Anna Launch", "Bram Bos", "?"), learnerNames(course), "Carla is a trainer");
        assertEquals(new CourseRoster.Source(true, Optional.of(NOW), false), roster.source(course));
    }

    @Test
    void aCompleteRosterMarksWhoLeftButACutOffOneDoesNot() {
        long course = anna.contextId().orElseThrow();
        store.save(course, registration.id(), new MembershipClient.Roster(List.of(member("anna", "Learner", null),
                member("bram", "Learner", "Bram Bos")), false, 1), NOW);

        store.save(course, registration.id(), new MembershipClient.Roster(List.of(member("bram", "Learner", "Bram Bos")),
                true, 50), LATER);
        assertEquals(List.of("Anna Launch", "Bram Bos"), learnerNames(course), "a cut-off roster removes nobody");
        assertTrue(roster.source(course).truncated());

        store.save(course, registration.id(), new MembershipClient.Roster(List.of(member("bram", "Learner", "Bram Bos")),
                false, 1), LATER.plusSeconds(1));
        assertEquals(List.of("Bram Bos"), learnerNames(course));
        assertEquals(1L, sql.one("SELECT COUNT(*) AS n FROM lti_membership WHERE left_at IS NOT NULL",
                row -> row.getLong("n")).orElseThrow(), "Anna is marked as gone, not deleted");

        new JdbcLaunchRecords(sql).record(launch("anna", "Anna Launch", Map.of()), registration.id(), LATER.plusSeconds(2));
        assertEquals(List.of("Anna Launch", "Bram Bos"), learnerNames(course), "launching again brings her back");
    }

    @Test
    void theLinksSettingsFromItsCustomParametersAreReadable() {
        long course = anna.contextId().orElseThrow();
        LinkSettings settings = new JdbcLinkSettings(sql);

        List<LinkSettings.LinkSetting> links = settings.forAssignment(course, "film");

        assertEquals(1, links.size());
        LinkSettings.LinkSetting link = links.get(0);
        assertEquals(Optional.of(20.0), link.scoreMaximum());
        assertTrue(link.needsApproval());
        assertEquals(Optional.of(Instant.parse("2027-01-31T16:00:00Z")), link.dueAt());
        assertEquals(links, settings.forCourse(course));
        assertEquals(Optional.of(link), settings.forLink(anna.resourceLinkId().orElseThrow()));
        assertEquals(List.of(), settings.forAssignment(course, "quickscan"));

        new JdbcLaunchRecords(sql).record(launch("anna", "Anna Launch", Map.of("assignment", "quickscan")),
                registration.id(), LATER);
        LinkSettings.LinkSetting changed = settings.forLink(anna.resourceLinkId().orElseThrow()).orElseThrow();
        assertEquals("quickscan", changed.assignmentId(), "the same link id, other content: custom decides");
        assertFalse(changed.needsApproval());
        assertEquals(Optional.empty(), changed.scoreMaximum());
    }

    @Test
    void aSyncIsClaimedOncePerInterval() {
        long course = anna.contextId().orElseThrow();

        assertTrue(store.claim(course, NOW, NOW.minusSeconds(300)));
        assertFalse(store.claim(course, NOW.plusSeconds(10), NOW.plusSeconds(10).minusSeconds(300)));
        assertTrue(store.claim(course, NOW.plusSeconds(301), NOW.plusSeconds(1)));
        store.failed(course, "the platform answered 403");
        assertEquals(Optional.of("the platform answered 403"), store.course(course).orElseThrow().problem());
    }
}
