package nl.samenspraak.tool.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.AtOnce;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import nl.samenspraak.tool.lti.registration.RegistrationFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What launches leave behind: one row per user, course, link and membership, with the latest launch's data. */
class JdbcLaunchRecordsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final LtiLaunch.Person DOCENT = new LtiLaunch.Person(Optional.of("Docent Proef"),
            Optional.of("Docent"), Optional.of("Proef"));
    private static final LtiLaunch.Person NOBODY = new LtiLaunch.Person(Optional.empty(), Optional.empty(),
            Optional.empty());
    private static final LtiLaunch.CourseContext COURSE = new LtiLaunch.CourseContext("course-1", Optional.of("OB"),
            Optional.of("Ouderbetrokkenheid"));
    private static final LtiLaunch.ResourceLink LINK = new LtiLaunch.ResourceLink("link-1", Optional.of("Film"),
            Optional.empty());

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private Sql sql;
    private JdbcLaunchRecords records;
    private PlatformRegistration registration;

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.in(dataDir);
        sql = database.sql();
        records = new JdbcLaunchRecords(sql);
        registration = RegistrationFixtures.add(sql, "https://lms.example", "client-1", "d-1", NOW);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static LtiLaunch launch(String subject, LtiLaunch.Person person, Optional<LtiLaunch.CourseContext> course,
                                    Optional<LtiLaunch.ResourceLink> link, String role, Map<String, String> custom) {
        return new LtiLaunch("https://lms.example", "client-1", subject, "d-1",
                link.isPresent() ? LtiLaunch.MessageType.RESOURCE_LINK : LtiLaunch.MessageType.DEEP_LINKING,
                Optional.of(URI.create("https://tool.example/app/")), LtiRoles.of(List.of(role)), link, course, person,
                Optional.of("nl-NL"), custom, Optional.of(new LtiLaunch.GradeService(List.of("score", "lineitem"),
                Optional.of(URI.create("https://lms.example/lineitems")), Optional.empty())),
                Optional.of(URI.create("https://lms.example/memberships")), Optional.empty(), Optional.empty());
    }

    private static LtiLaunch launch(String subject, LtiLaunch.Person person) {
        return launch(subject, person, Optional.of(COURSE), Optional.of(LINK), "Learner", Map.of());
    }

    private long count(String table) {
        return sql.one("SELECT COUNT(*) AS n FROM " + table, row -> row.getLong("n")).orElseThrow();
    }

    @Test
    void aFirstLaunchRecordsUserCourseLinkAndMembership() {
        RecordedLaunch recorded = records.record(launch("user-1", DOCENT, Optional.of(COURSE), Optional.of(LINK),
                "Instructor", Map.of("assignment", "film-1")), registration.id(), NOW);

        LaunchSummary summary = records.summary(registration.id(), recorded).orElseThrow();
        assertEquals("Platform client-1", summary.platformName());
        assertEquals(DOCENT, summary.person());
        assertEquals(Optional.of(COURSE), summary.course());
        assertEquals(Optional.of(LINK), summary.link());
        assertEquals(Optional.of("film-1"), summary.assignmentId());
        assertEquals(List.of(1L, 1L, 1L, 1L), List.of(count("lti_user"), count("lti_context"), count("lti_resource_link"),
                count("lti_membership")));
        assertEquals("INSTRUCTOR", sql.one("SELECT tool_role FROM lti_membership", row -> row.getString(1)).orElseThrow());
        assertEquals("https://lms.example/memberships",
                sql.one("SELECT memberships_url FROM lti_context", row -> row.getString(1)).orElseThrow());
        assertEquals("score lineitem", sql.one("SELECT ags_scopes FROM lti_resource_link", row -> row.getString(1))
                .orElseThrow());
    }

    @Test
    void aRelaunchUpdatesTheRowsAndReplacesThePersonalData() {
        RecordedLaunch first = records.record(launch("user-1", DOCENT), registration.id(), NOW);
        LtiLaunch.Person onlyFamilyName = new LtiLaunch.Person(Optional.empty(), Optional.empty(),
                Optional.of("Nieuw"));
        LtiLaunch.CourseContext renamed = new LtiLaunch.CourseContext("course-1", Optional.empty(), Optional.of("Nieuw"));

        RecordedLaunch second = records.record(launch("user-1", onlyFamilyName, Optional.of(renamed), Optional.of(LINK),
                "Instructor", Map.of()), registration.id(), LATER);

        assertEquals(first, second, "the same rows");
        LaunchSummary summary = records.summary(registration.id(), second).orElseThrow();
        assertEquals(onlyFamilyName, summary.person(), "the name the platform stopped sending is gone");
        assertEquals(Optional.of(renamed), summary.course());
        assertEquals(Optional.empty(), summary.assignmentId());
        assertEquals("INSTRUCTOR", sql.one("SELECT tool_role FROM lti_membership", row -> row.getString(1)).orElseThrow());
        assertEquals(List.of(1L, 1L, 1L, 1L), List.of(count("lti_user"), count("lti_context"), count("lti_resource_link"),
                count("lti_membership")));
    }

    @Test
    void twoUsersShareTheCourseAndTheLink() {
        RecordedLaunch first = records.record(launch("user-1", DOCENT), registration.id(), NOW);
        RecordedLaunch second = records.record(launch("user-2", NOBODY), registration.id(), NOW);

        assertNotEquals(first.userId(), second.userId());
        assertEquals(first.contextId(), second.contextId());
        assertEquals(first.resourceLinkId(), second.resourceLinkId());
        assertEquals(2, count("lti_membership"));
        assertEquals(NOBODY, records.summary(registration.id(), second).orElseThrow().person());
    }

    @Test
    void aLaunchWithoutCourseHasNoMembershipAndADeepLinkingRequestNoLink() {
        RecordedLaunch noCourse = records.record(launch("user-1", DOCENT, Optional.empty(), Optional.of(LINK), "Learner",
                Map.of()), registration.id(), NOW);
        RecordedLaunch deepLinking = records.record(launch("user-1", DOCENT, Optional.of(COURSE), Optional.empty(),
                "Instructor", Map.of()), registration.id(), NOW);

        assertEquals(Optional.empty(), noCourse.contextId());
        assertTrue(noCourse.resourceLinkId().isPresent());
        assertEquals(Optional.empty(), deepLinking.resourceLinkId());
        assertEquals(1, count("lti_membership"), "only the launch in the course");
    }

    @Test
    void onlyAnAssignmentIdThatFitsIsKept() {
        RecordedLaunch tooLong = records.record(launch("user-1", DOCENT, Optional.of(COURSE), Optional.of(LINK),
                "Learner", Map.of("assignment", "x".repeat(65))), registration.id(), NOW);
        assertEquals(Optional.empty(), records.summary(registration.id(), tooLong).orElseThrow().assignmentId());

        RecordedLaunch padded = records.record(launch("user-1", DOCENT, Optional.of(COURSE), Optional.of(LINK),
                "Learner", Map.of("assignment", "  film-1 ")), registration.id(), NOW);
        assertEquals(Optional.of("film-1"), records.summary(registration.id(), padded).orElseThrow().assignmentId());
    }

    @Test
    void theSummaryIsOnlyForTheRegistrationOfTheUser() {
        RecordedLaunch recorded = records.record(launch("user-1", DOCENT), registration.id(), NOW);
        long other = RegistrationFixtures.add(sql, "https://ander.example", "client-9", "d-9", NOW).id();

        assertEquals(Optional.empty(), records.summary(other, recorded));
    }

    @Test
    void concurrentFirstLaunchesOfOneUserMakeOneUser() throws Exception {
        List<RecordedLaunch> recorded = AtOnce.run(6, () -> records.record(launch("user-1", DOCENT), registration.id(),
                NOW));

        assertEquals(1, recorded.stream().distinct().count(), recorded.toString());
        assertEquals(List.of(1L, 1L, 1L, 1L), List.of(count("lti_user"), count("lti_context"), count("lti_resource_link"),
                count("lti_membership")));
    }
}
