package nl.samenspraak.tool.it.platform;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims of an id_token, starting from a complete resource-link launch of a learner in a course;
 * every claim and every member of an object claim can be changed or removed.
 */
public final class LaunchClaims {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String MESSAGE_TYPE = LTI + "message_type";
    public static final String VERSION = LTI + "version";
    public static final String DEPLOYMENT_ID = LTI + "deployment_id";
    public static final String TARGET_LINK_URI = LTI + "target_link_uri";
    public static final String RESOURCE_LINK = LTI + "resource_link";
    public static final String ROLES = LTI + "roles";
    public static final String CONTEXT = LTI + "context";
    public static final String TOOL_PLATFORM = LTI + "tool_platform";
    public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
    public static final String CUSTOM = LTI + "custom";
    public static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";

    private static final String ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    public static final String INSTRUCTOR = ROLE + "Instructor";
    public static final String LEARNER = ROLE + "Learner";
    public static final String MENTOR = ROLE + "Mentor";
    public static final String INSTITUTION_ADMINISTRATOR =
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";
    public static final String SYSTEM_ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator";
    public static final String INSTITUTION_STUDENT = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student";

    private final Map<String, Object> claims = new LinkedHashMap<>();

    /**
     * A resource-link launch answering the authentication request: issuer, audience and deployment of the
     * platform, the request's nonce, valid for five minutes from now.
     */
    public static LaunchClaims resourceLink(String issuer, String clientId, String deploymentId, String nonce,
                                     URI targetLinkUri) {
        LaunchClaims launch = new LaunchClaims();
        Instant now = Instant.now();
        launch.set("iss", issuer).set("aud", clientId).set("azp", clientId).set("sub", "emulated-user-1")
                .time("iat", now).time("exp", now.plus(Duration.ofMinutes(5))).set("nonce", nonce)
                .set("name", "Docent Proef").set("given_name", "Docent").set("family_name", "Proef")
                .set("email", "docent.proef@school.example")
                .set(MESSAGE_TYPE, RESOURCE_LINK_REQUEST).set(VERSION, "1.3.0").set(DEPLOYMENT_ID, deploymentId)
                .set(TARGET_LINK_URI, targetLinkUri.toString())
                .set(RESOURCE_LINK, object("id", "link-1", "title", "Kennismakingsgesprek"))
                .set(ROLES, List.of(LEARNER))
                .set(CONTEXT, object("id", "course-1", "label", "OB-1", "title", "Ouderbetrokkenheid",
                        "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
                .set(TOOL_PLATFORM, object("guid", "emulator-1", "name", "Samenspraak-emulator",
                        "product_family_code", "samenspraak-emulator", "version", "1"))
                .set(LAUNCH_PRESENTATION, object("document_target", "iframe", "locale", "nl-NL"))
                .set(CUSTOM, new LinkedHashMap<String, Object>());
        return launch;
    }

    public LaunchClaims set(String claim, Object value) {
        claims.put(claim, value);
        return this;
    }

    public LaunchClaims remove(String claim) {
        claims.remove(claim);
        return this;
    }

    /** A time claim (exp, iat) in seconds since the epoch. */
    public LaunchClaims time(String claim, Instant time) {
        return set(claim, time.getEpochSecond());
    }

    /** Sets a member of an object claim, making the object when it is missing. */
    @SuppressWarnings("unchecked")
    public LaunchClaims member(String claim, String member, Object value) {
        ((Map<String, Object>) claims.computeIfAbsent(claim, name -> new LinkedHashMap<String, Object>()))
                .put(member, value);
        return this;
    }

    /** Removes a member of an object claim. */
    @SuppressWarnings("unchecked")
    public LaunchClaims removeMember(String claim, String member) {
        Object object = claims.get(claim);
        if (object instanceof Map<?, ?>) {
            ((Map<String, Object>) object).remove(member);
        }
        return this;
    }

    public LaunchClaims subject(String subject) {
        return set("sub", subject);
    }

    public LaunchClaims roles(String... roles) {
        return set(ROLES, List.of(roles));
    }

    /** No name, given name, family name or email. */
    public LaunchClaims withoutPersonalData() {
        return remove("name").remove("given_name").remove("family_name").remove("email");
    }

    public LaunchClaims locale(String locale) {
        return member(LAUNCH_PRESENTATION, "locale", locale);
    }

    public LaunchClaims custom(String name, String value) {
        return member(CUSTOM, name, value);
    }

    /** Makes the launch a deep-linking request (Deep Linking 2.0, 4.4): settings in, resource link out. */
    public LaunchClaims deepLinking(URI returnUrl) {
        return set(MESSAGE_TYPE, DEEP_LINKING_REQUEST).remove(RESOURCE_LINK)
                .set(DEEP_LINKING_SETTINGS, object("deep_link_return_url", returnUrl.toString(),
                        "accept_types", List.of("ltiResourceLink"),
                        "accept_presentation_document_targets", List.of("iframe", "window"),
                        "accept_multiple", true, "data", "emulator-data-1"));
    }

    public JWTClaimsSet build() {
        try {
            return JWTClaimsSet.parse(claims);
        } catch (ParseException e) {
            throw new IllegalStateException("The claims do not make a JWT claims set: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }
}
