package nl.samenspraak.tool.demo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fictional people of the demo course. The id is what the demo platform sends as {@code login_hint};
 * the subject is the stable user id in the id_token, as a platform's own user id would be.
 */
public enum DemoPersona {
    /** A teacher in training. */
    ANNA("Anna", "de Vries", List.of(Roles.LEARNER)),
    /** A second teacher in training, Anna's peer-coaching partner. */
    BRAM("Bram", "Jansen", List.of(Roles.LEARNER)),
    /** The trainer of the course. */
    CARLA("Carla", "Smit", List.of(Roles.INSTRUCTOR)),
    /** The platform's administrator, with no role in the course itself. */
    DIRK("Dirk", "Bakker", List.of(Roles.SYSTEM_ADMINISTRATOR));

    private final String givenName;
    private final String familyName;
    private final List<String> roles;

    DemoPersona(String givenName, String familyName, List<String> roles) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.roles = roles;
    }

    /** The login_hint, and the key of the persona's texts: {@code anna}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String subject() {
        return "demo-user-" + id();
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** The LTI role URIs the platform sends for this person. */
    public List<String> roles() {
        return roles;
    }

    public static Optional<DemoPersona> fromId(String id) {
        for (DemoPersona persona : values()) {
            if (persona.id().equals(id)) {
                return Optional.of(persona);
            }
        }
        return Optional.empty();
    }

    /** The LIS role vocabulary of LTI 1.3 Core, appendix A.2. */
    private static final class Roles {
        static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
        static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
        static final String SYSTEM_ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator";
    }
}
