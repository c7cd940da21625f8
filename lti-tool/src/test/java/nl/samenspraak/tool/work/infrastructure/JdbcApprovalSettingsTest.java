package nl.samenspraak.tool.work.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.lti.launch.JdbcLaunchRecords;
import nl.samenspraak.tool.lti.launch.LtiLaunch;
import nl.samenspraak.tool.lti.launch.LtiRoles;
import nl.samenspraak.tool.lti.launch.RecordedLaunch;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import nl.samenspraak.tool.lti.registration.RegistrationFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether an assignment needs approval in a course, from the two places that can say so: the trainer's switch
 * wins once set, either way; without it, any link of the assignment deep-linked with "needs approval".
 */
class JdbcApprovalSettingsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private JdbcApprovalSettings settings;
    private JdbcLaunchRecords launches;
    private PlatformRegistration registration;

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.in(dataDir);
        settings = new JdbcApprovalSettings(database.sql());
        launches = new JdbcLaunchRecords(database.sql());
        registration = RegistrationFixtures.add(database.sql(), "https://lms.example", "client-1", "d-1", NOW);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private RecordedLaunch launch(String linkId, Map<String, String> custom) {
        return launch("course-1", linkId, custom);
    }

    private RecordedLaunch launch(String courseKey, String linkId, Map<String, String> custom) {
        LtiLaunch launch = new LtiLaunch("https://lms.example", "client-1", "anna", "d-1",
                LtiLaunch.MessageType.RESOURCE_LINK, Optional.of(URI.create("https://tool.example/lti/launch")),
                LtiRoles.of(List.of("Learner")),
                Optional.of(new LtiLaunch.ResourceLink(linkId, Optional.of("Film"), Optional.empty())),
                Optional.of(new LtiLaunch.CourseContext(courseKey, Optional.empty(), Optional.empty())),
                new LtiLaunch.Person(Optional.of("Anna"), Optional.empty(), Optional.empty()),
                Optional.empty(), custom, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return launches.record(launch, registration.id(), NOW);
    }

    @Test
    void aLinkDeepLinkedWithApprovalMakesItsAssignmentNeedApprovalInThatCourse() {
        long course = launch("link-1", Map.of("assignment", "film", "needs_approval", "true")).contextId().orElseThrow();
        launch("link-2", Map.of("assignment", "film", "needs_approval", "false"));
        launch("link-3", Map.of("assignment", "reading"));

        assertTrue(settings.needsApproval(course, "film"), "one link of the assignment says approval");
        assertFalse(settings.needsApproval(course, "reading"), "no link and no switch say approval");
        assertEquals(Set.of("film"), settings.needingApproval(course));
    }

    @Test
    void theTrainersSwitchWinsOverTheLinksEitherWay() {
        RecordedLaunch anna = launch("link-1", Map.of("assignment", "film", "needs_approval", "true"));
        long course = anna.contextId().orElseThrow();
        launch("link-3", Map.of("assignment", "reading"));

        settings.set(course, "film", false, anna.userId(), NOW);
        settings.set(course, "reading", true, anna.userId(), NOW);

        assertFalse(settings.needsApproval(course, "film"), "the trainer switched it off after the deep link");
        assertTrue(settings.needsApproval(course, "reading"), "the trainer switched it on without a deep link");
        assertEquals(Set.of("reading"), settings.needingApproval(course));

        settings.set(course, "film", true, anna.userId(), NOW.plusSeconds(60));
        assertTrue(settings.needsApproval(course, "film"));
        assertEquals(Set.of("film", "reading"), settings.needingApproval(course));
    }

    @Test
    void anotherCoursesLinkChangesNothingHere() {
        long course = launch("link-1", Map.of("assignment", "film")).contextId().orElseThrow();
        long otherCourse = launch("course-2", "link-9", Map.of("assignment", "film", "needs_approval", "true"))
                .contextId().orElseThrow();

        assertTrue(settings.needsApproval(otherCourse, "film"));
        assertFalse(settings.needsApproval(course, "film"));
        assertEquals(Set.of(), settings.needingApproval(course));
    }
}
