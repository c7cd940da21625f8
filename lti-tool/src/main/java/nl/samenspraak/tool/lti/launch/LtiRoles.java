package nl.samenspraak.tool.lti.launch;

import java.util.List;
import java.util.Set;

/**
 * The roles claim of a launch (LTI 1.3 Core, 5.3.7 and appendix A.2), or of a member in a roster (NRPS 2.0),
 * normalised: short names ("Instructor") are the context roles they abbreviate, and LTI 1.1 URNs
 * ({@code urn:lti:role:ims/lis/Instructor}, {@code urn:lti:instrole:…}, {@code urn:lti:sysrole:…}), which some
 * platforms still send in rosters, become the LTI 1.3 URIs. Roles the tool does not know are kept and ignored.
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

    private static final String URN_CONTEXT = "urn:lti:role:ims/lis/";
    private static final String URN_INSTITUTION = "urn:lti:instrole:ims/lis/";
    private static final String URN_SYSTEM = "urn:lti:sysrole:ims/lis/";

    /**
     * A short name is a context role, an LTI 1.1 URN the LTI 1.3 URI it stands for (a sub-role such as
     * {@code Instructor/TeachingAssistant} as {@code membership/Instructor#TeachingAssistant}); any other
     * value with a scheme stays as it is.
     */
    private static String full(String role) {
        if (startsWithIgnoreCase(role, URN_CONTEXT)) {
            String name = role.substring(URN_CONTEXT.length());
            int slash = name.indexOf('/');
            return slash < 0 ? CONTEXT + name : CONTEXT_SUB + name.substring(0, slash) + "#" + name.substring(slash + 1);
        }
        if (startsWithIgnoreCase(role, URN_INSTITUTION)) {
            return INSTITUTION + role.substring(URN_INSTITUTION.length());
        }
        if (startsWithIgnoreCase(role, URN_SYSTEM)) {
            return SYSTEM + role.substring(URN_SYSTEM.length());
        }
        return role.contains(":") ? role : CONTEXT + role;
    }

    private static boolean startsWithIgnoreCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
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
