package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.platform.LaunchClaims.INSTITUTION_ADMINISTRATOR;
import static nl.samenspraak.tool.it.platform.LaunchClaims.INSTITUTION_STUDENT;
import static nl.samenspraak.tool.it.platform.LaunchClaims.INSTRUCTOR;
import static nl.samenspraak.tool.it.platform.LaunchClaims.LEARNER;
import static nl.samenspraak.tool.it.platform.LaunchClaims.MENTOR;
import static nl.samenspraak.tool.it.platform.LaunchClaims.SYSTEM_ADMINISTRATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.function.UnaryOperator;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Valid launches, as the 1EdTech certification's teacher and student launches vary them: the session
 * works and {@code /api/session} shows the right user, role, course and link.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaunchIT {

    private final LtiTestbed testbed = new LtiTestbed();
    private final LtiTestbed.Registered registered = testbed.registeredPlatform();

    @AfterAll
    void stopPlatforms() {
        testbed.close();
    }

    @Test
    void anInstructorBecomesATrainerInTheCourse() {
        JsonNode session = session("instructor", claims -> claims.roles(INSTRUCTOR));

        assertEquals("instructor", session.path("role").asText());
        assertEquals("nl", session.path("language").asText());
        assertEquals("Emulator " + registered.platform().issuer(), session.path("platform").asText());
        assertEquals("Docent Proef", session.path("user").path("name").asText());
        assertEquals("Docent", session.path("user").path("givenName").asText());
        assertEquals("Proef", session.path("user").path("familyName").asText());
        assertTrue(absent(session.path("user"), "email"), "the email address the platform sent is not kept");
        assertEquals("course-1", session.path("course").path("id").asText());
        assertEquals("OB-1", session.path("course").path("label").asText());
        assertEquals("Ouderbetrokkenheid", session.path("course").path("title").asText());
        assertEquals("link-1", session.path("link").path("id").asText());
        assertEquals("Kennismakingsgesprek", session.path("link").path("title").asText());
        assertTrue(session.path("expiresAt").isTextual(), session.toString());
    }

    @Test
    void aLearnerIsALearner() {
        assertEquals("learner", session("learner", claims -> claims.roles(LEARNER)).path("role").asText());
    }

    @Test
    void withSeveralRolesATeachingRoleMakesATrainer() {
        assertEquals("instructor", session("several-teaching",
                claims -> claims.roles(INSTITUTION_STUDENT, LEARNER, INSTRUCTOR)).path("role").asText());
        assertEquals("learner", session("several-learning",
                claims -> claims.roles(INSTITUTION_STUDENT, LEARNER, MENTOR)).path("role").asText());
    }

    @Test
    void aShortRoleNameIsTheContextRole() {
        assertEquals("instructor", session("short-role", claims -> claims.roles("Instructor")).path("role").asText());
    }

    @Test
    void onlyUnknownRolesMakeALearner() {
        assertEquals("learner", session("unknown-role",
                claims -> claims.roles("http://example.org/roles#Zookeeper")).path("role").asText());
    }

    @Test
    void anEmptyRolesListMakesALearner() {
        assertEquals("learner", session("no-roles", LaunchClaims::roles).path("role").asText());
    }

    @Test
    void anAdministratorWithoutACourseRoleIsAnAdministrator() {
        assertEquals("administrator", session("administrator",
                claims -> claims.roles(INSTITUTION_ADMINISTRATOR, SYSTEM_ADMINISTRATOR)).path("role").asText());
    }

    @Test
    void anEmailAddressAloneIsNotKept() {
        JsonNode user = session("only-email", claims -> claims.withoutPersonalData()
                .set("email", "alleen.mail@school.example")).path("user");

        assertTrue(absent(user, "email") && absent(user, "name") && absent(user, "givenName")
                && absent(user, "familyName"), user.toString());
    }

    @Test
    void onlyNamesAreKeptAsOnlyNames() {
        JsonNode user = session("only-names", claims -> claims.remove("email")).path("user");

        assertEquals("Docent Proef", user.path("name").asText());
        assertEquals("Docent", user.path("givenName").asText());
        assertEquals("Proef", user.path("familyName").asText());
        assertTrue(absent(user, "email"), user.toString());
    }

    @Test
    void aLaunchWithoutPersonalDataWorks() {
        JsonNode session = session("anonymous", LaunchClaims::withoutPersonalData);

        JsonNode user = session.path("user");
        assertTrue(absent(user, "name") && absent(user, "givenName") && absent(user, "familyName")
                && absent(user, "email"), user.toString());
        assertEquals("learner", session.path("role").asText());
    }

    @Test
    void aLaunchWithoutACourseHasALinkButNoCourse() {
        JsonNode session = session("no-context", claims -> claims.remove(LaunchClaims.CONTEXT));

        assertTrue(absent(session, "course"), session.toString());
        assertEquals("link-1", session.path("link").path("id").asText());
    }

    @Test
    void aDeepLinkingRequestOpensThePicker() {
        ToolAnswer launch = registered.platform().launch(testbed.browser(), "deep-linking-page", claims -> claims
                .roles(INSTRUCTOR).deepLinking(URI.create(registered.platform().issuer() + "/deep-linking/return")));

        assertEquals(303, launch.status(), launch.toString());
        assertTrue(withoutFragment(launch.location().orElseThrow()).getPath().matches("/app/deep-linking/[A-Za-z0-9_-]+"),
                launch.toString());
    }

    @Test
    void aDeepLinkingRequestOpensASession() {
        JsonNode session = session("deep-linking", claims -> claims.roles(INSTRUCTOR)
                .deepLinking(URI.create(registered.platform().issuer() + "/deep-linking/return")));

        assertEquals("instructor", session.path("role").asText());
        assertEquals("course-1", session.path("course").path("id").asText());
        assertTrue(absent(session, "link"), "a deep-linking request has no link yet: " + session);
    }

    @Test
    void aRelaunchWithoutANameRemovesTheStoredName() {
        assertEquals("Docent Proef", session("relaunch", claims -> claims).path("user").path("name").asText());

        JsonNode user = session("relaunch", LaunchClaims::withoutPersonalData).path("user");

        assertTrue(absent(user, "name") && absent(user, "email"), user.toString());
    }

    @Test
    void anEnglishLaunchGivesAnEnglishSession() {
        assertEquals("en", session("english", claims -> claims.locale("en")).path("language").asText());
        assertEquals("en", session("english-gb", claims -> claims.locale("en-GB")).path("language").asText());
    }

    @Test
    void theAssignmentCustomParameterShowsInTheLink() {
        JsonNode link = session("assignment", claims -> claims.custom("assignment", "bedeesde-ouder-film"))
                .path("link");

        assertEquals("bedeesde-ouder-film", link.path("assignmentId").asText());
    }

    @Test
    void theLaunchAnswersWithTheToolPageAndClearsTheStateCookie() {
        ToolAnswer launch = registered.platform().launch(testbed.browser(), "cookie-check", claims -> claims);

        assertEquals(303, launch.status(), launch.toString());
        assertEquals(testbed.tool().resolve("/app/"), withoutFragment(launch.location().orElseThrow()));
        assertEquals("no-store", launch.header("Cache-Control").orElse("").split(",")[0].strip());
        assertTrue(launch.setCookies().stream().anyMatch(cookie -> cookie.startsWith("lti_state_")
                && cookie.contains("Max-Age=0")), launch.setCookies().toString());
    }

    private JsonNode session(String user, UnaryOperator<LaunchClaims> changes) {
        var browser = testbed.browser();
        ToolAnswer launch = registered.platform().launch(browser, user, changes);
        String token = browser.sessionToken(launch).orElseThrow(() -> new AssertionError("no session: " + launch));
        ToolAnswer session = browser.session(token);
        assertEquals(200, session.status(), session.toString());
        return session.json();
    }

    /** The session leaves out what it does not know. */
    private static boolean absent(JsonNode object, String field) {
        return object.path(field).isMissingNode() || object.path(field).isNull();
    }

    private static URI withoutFragment(URI location) {
        return URI.create(location.getScheme() + "://" + location.getRawAuthority() + location.getRawPath());
    }
}
