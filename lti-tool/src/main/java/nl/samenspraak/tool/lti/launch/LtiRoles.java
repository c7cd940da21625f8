package nl.samenspraak.tool.lti.launch;

import java.util.List;
import java.util.Set;

/**
 * The roles claim of a launch (LTI 1.3 Core, 5.3.7 and appendix A.2), with short names ("Instructor")
 * taken as the context roles they abbreviate. Roles the tool does not know are kept and ignored.
 * <p>
 * The tool role: a teaching role in the course (Instructor and its sub-roles, TeachingAssistant,
 * ContentDeveloper) makes a trainer; without one, an Administrator role (in the course, the institution or
 * the system) makes an administrator; everyone else, an empty list included, is a learner.
 */
public record LtiRoles(List<String> roles) {

    static final String CONTEXT = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    static final String CONTEXT_SUB = "http://purl.imsglobal.org/vocab/lis/v2/membership/";
    static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
    static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";

    private static final Set<String> TEACHING = Set.of(CONTEXT + "Instructor", CONTEXT + "ContentDeveloper",
            CONTEXT + "TeachingAssistant");
    private static final Set<String> ADMINISTRATION = Set.of(CONTEXT + "Administrator", INSTITUTION + "Administrator",
            SYSTEM + "Administrator", SYSTEM + "SysAdmin");

    public LtiRoles {
        roles = roles.stream().map(String::strip).filter(role -> !role.isEmpty()).map(LtiRoles::full).distinct().toList();
    }

    public static LtiRoles of(List<String> roles) {
        return new LtiRoles(roles);
    }

    /** A short name is a context role; anything with a scheme stays as it is. */
    private static String full(String role) {
        return role.contains(":") ? role : CONTEXT + role;
    }

    public ToolRole toolRole() {
        if (roles.stream().anyMatch(LtiRoles::isTeaching)) {
            return ToolRole.INSTRUCTOR;
        }
        if (roles.stream().anyMatch(ADMINISTRATION::contains)) {
            return ToolRole.ADMINISTRATOR;
        }
        return ToolRole.LEARNER;
    }

    /** Instructor, ContentDeveloper or TeachingAssistant, or a sub-role of Instructor (…/membership/Instructor#…). */
    private static boolean isTeaching(String role) {
        return TEACHING.contains(role) || role.startsWith(CONTEXT_SUB + "Instructor#");
    }

    /** The roles as one stored value, space-separated (role URIs hold no spaces). */
    public String joined() {
        return String.join(" ", roles);
    }
}
