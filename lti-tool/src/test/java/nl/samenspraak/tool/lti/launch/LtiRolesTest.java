package nl.samenspraak.tool.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LtiRolesTest {

    private static final String CONTEXT = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
    private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";

    @Test
    void teachingRolesInTheCourseMakeATrainer() {
        for (String role : List.of(CONTEXT + "Instructor", CONTEXT + "TeachingAssistant", CONTEXT + "ContentDeveloper",
                "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant")) {
            assertEquals(ToolRole.INSTRUCTOR, LtiRoles.of(List.of(role)).toolRole(), role);
        }
    }

    @Test
    void shortNamesAreContextRoles() {
        assertEquals(ToolRole.INSTRUCTOR, LtiRoles.of(List.of("Instructor")).toolRole());
        assertEquals(ToolRole.ADMINISTRATOR, LtiRoles.of(List.of("Administrator")).toolRole());
        assertEquals(List.of(CONTEXT + "Learner"), LtiRoles.of(List.of("Learner")).roles());
    }

    @Test
    void lti11UrnsAsSomeRostersSendThemAreTheLti13Roles() {
        assertEquals(List.of(CONTEXT + "Instructor", CONTEXT + "Learner"),
                LtiRoles.of(List.of("urn:lti:role:ims/lis/Instructor", "urn:lti:role:ims/lis/Learner")).roles());
        assertEquals(ToolRole.INSTRUCTOR, LtiRoles.of(List.of("urn:lti:role:ims/lis/TeachingAssistant")).toolRole());
        assertEquals(ToolRole.INSTRUCTOR,
                LtiRoles.of(List.of("urn:lti:role:ims/lis/Instructor/TeachingAssistant")).toolRole());
        assertEquals(ToolRole.ADMINISTRATOR, LtiRoles.of(List.of("urn:lti:sysrole:ims/lis/Administrator")).toolRole());
        assertEquals(List.of(INSTITUTION + "Administrator"),
                LtiRoles.of(List.of("URN:LTI:INSTROLE:IMS/LIS/Administrator")).roles());
        assertEquals(ToolRole.LEARNER, LtiRoles.of(List.of("urn:lti:role:ims/lis/Learner")).toolRole());
    }

    @Test
    void aTeachingRoleWinsOverEveryOtherRole() {
        assertEquals(ToolRole.INSTRUCTOR, LtiRoles.of(List.of(SYSTEM + "Administrator", CONTEXT + "Learner",
                CONTEXT + "Instructor")).toolRole());
    }

    @Test
    void administratorsWithoutATeachingRoleAreAdministrators() {
        for (String role : List.of(CONTEXT + "Administrator", INSTITUTION + "Administrator", SYSTEM + "Administrator",
                SYSTEM + "SysAdmin")) {
            assertEquals(ToolRole.ADMINISTRATOR, LtiRoles.of(List.of(role, CONTEXT + "Learner")).toolRole(), role);
        }
    }

    @Test
    void everyoneElseIsALearner() {
        assertEquals(ToolRole.LEARNER, LtiRoles.of(List.of()).toolRole());
        assertEquals(ToolRole.LEARNER, LtiRoles.of(List.of(CONTEXT + "Learner")).toolRole());
        assertEquals(ToolRole.LEARNER, LtiRoles.of(List.of(CONTEXT + "Mentor", INSTITUTION + "Student")).toolRole());
        assertEquals(ToolRole.LEARNER, LtiRoles.of(List.of("http://example.org/roles#Zookeeper")).toolRole());
        assertEquals(ToolRole.LEARNER, LtiRoles.of(List.of(INSTITUTION + "Instructor")).toolRole(),
                "an institution's instructor teaches elsewhere, not in this course");
    }

    @Test
    void blanksAndRepeatsAreDroppedAndTheRestIsKeptInOrder() {
        LtiRoles roles = LtiRoles.of(List.of(" Learner ", "", CONTEXT + "Learner", "http://example.org/x#Y"));

        assertEquals(List.of(CONTEXT + "Learner", "http://example.org/x#Y"), roles.roles());
        assertEquals(CONTEXT + "Learner http://example.org/x#Y", roles.joined());
    }
}
