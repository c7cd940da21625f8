package nl.samenspraak.tool.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.text.ParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The message claims of a launch, read after the token was validated (LTI 1.3 Core 5.3, Deep Linking 2.0 4.4). */
class LtiLaunchTest {

    private static final String ISSUER = "https://lms.school.example";
    private static final String CLIENT = "client-1";

    private final Map<String, Object> claims = resourceLinkLaunch();

    private static Map<String, Object> resourceLinkLaunch() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", "user-1");
        claims.put("name", "Docent Proef");
        claims.put("given_name", "Docent");
        claims.put("family_name", "Proef");
        claims.put("email", "docent@school.example");
        claims.put(LtiClaims.VERSION, "1.3.0");
        claims.put(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest");
        claims.put(LtiClaims.DEPLOYMENT_ID, "deployment-1");
        claims.put(LtiClaims.TARGET_LINK_URI, "https://tool.example/app/");
        claims.put(LtiClaims.ROLES, List.of("Instructor"));
        claims.put(LtiClaims.RESOURCE_LINK, object("id", "link-1", "title", "Film", "description", "Bekijk de film"));
        claims.put(LtiClaims.CONTEXT, object("id", "course-1", "label", "OB", "title", "Ouderbetrokkenheid"));
        claims.put(LtiClaims.LAUNCH_PRESENTATION, object("locale", "en-GB", "document_target", "iframe"));
        claims.put(LtiClaims.CUSTOM, object("assignment", "film-1", "weight", 3, "leeg", null));
        claims.put(LtiClaims.AGS_ENDPOINT, object("scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", "https://lms.school.example/lineitems", "lineitem", "https://lms.school.example/lineitems/1"));
        claims.put(LtiClaims.NRPS, object("context_memberships_url", "https://lms.school.example/memberships"));
        claims.put(LtiClaims.TOOL_PLATFORM, object("guid", "g-1", "name", "School LMS", "product_family_code", "moodle"));
        return claims;
    }

    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    private LtiLaunch parse() {
        try {
            return LtiLaunch.parse(JWTClaimsSet.parse(claims), CLIENT);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private LaunchRejectedException refused() {
        return assertThrows(LaunchRejectedException.class, this::parse);
    }

    private void assertRefused(LaunchError error, String... arguments) {
        LaunchRejectedException refused = refused();
        assertEquals(error, refused.error(), refused.getMessage());
        assertEquals(Arrays.asList(arguments), refused.arguments());
    }

    @Test
    void aCompleteResourceLinkLaunchIsReadWhole() {
        LtiLaunch launch = parse();

        assertEquals(ISSUER, launch.issuer());
        assertEquals(CLIENT, launch.clientId());
        assertEquals("user-1", launch.subject());
        assertEquals("deployment-1", launch.deploymentId());
        assertEquals(LtiLaunch.MessageType.RESOURCE_LINK, launch.messageType());
        assertEquals(Optional.of(URI.create("https://tool.example/app/")), launch.targetLinkUri());
        assertEquals(ToolRole.INSTRUCTOR, launch.roles().toolRole());
        assertEquals(new LtiLaunch.ResourceLink("link-1", Optional.of("Film"), Optional.of("Bekijk de film")),
                launch.resourceLink().orElseThrow());
        assertEquals(new LtiLaunch.CourseContext("course-1", Optional.of("OB"), Optional.of("Ouderbetrokkenheid")),
                launch.context().orElseThrow());
        assertEquals(new LtiLaunch.Person(Optional.of("Docent Proef"), Optional.of("Docent"), Optional.of("Proef")),
                launch.person(), "the email address sent is not kept");
        assertEquals(Optional.of("en-GB"), launch.locale());
        assertEquals(Map.of("assignment", "film-1", "weight", "3"), launch.custom(), "null values are left out");
        LtiLaunch.GradeService grades = launch.gradeService().orElseThrow();
        assertEquals(List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"), grades.scopes());
        assertEquals(Optional.of(URI.create("https://lms.school.example/lineitems/1")), grades.lineItem());
        assertEquals(Optional.of(URI.create("https://lms.school.example/memberships")), launch.membershipsUrl());
        assertEquals(Optional.of("moodle"), launch.platform().orElseThrow().productFamily());
        assertTrue(launch.deepLinking().isEmpty());
    }

    @Test
    void onlyTheRequiredClaimsMakeALaunch() {
        for (String optional : List.of("name", "given_name", "family_name", "email", LtiClaims.CONTEXT,
                LtiClaims.LAUNCH_PRESENTATION, LtiClaims.CUSTOM, LtiClaims.AGS_ENDPOINT, LtiClaims.NRPS,
                LtiClaims.TOOL_PLATFORM)) {
            claims.remove(optional);
        }

        LtiLaunch launch = parse();

        assertEquals(new LtiLaunch.Person(Optional.empty(), Optional.empty(), Optional.empty()),
                launch.person());
        assertTrue(launch.context().isEmpty() && launch.locale().isEmpty() && launch.custom().isEmpty()
                && launch.gradeService().isEmpty() && launch.membershipsUrl().isEmpty() && launch.platform().isEmpty());
    }

    @Test
    void theLocaleClaimIsTheFallbackOfTheLaunchPresentation() {
        claims.remove(LtiClaims.LAUNCH_PRESENTATION);
        claims.put("locale", "nl-BE");

        assertEquals(Optional.of("nl-BE"), parse().locale());
    }

    @Test
    void aMissingOrOtherVersionIsRefused() {
        claims.remove(LtiClaims.VERSION);
        assertRefused(LaunchError.WRONG_VERSION, "missing");

        claims.put(LtiClaims.VERSION, "1.1");
        assertRefused(LaunchError.WRONG_VERSION, "1.1");
    }

    @Test
    void aMissingOrUnknownMessageTypeIsRefused() {
        claims.remove(LtiClaims.MESSAGE_TYPE);
        assertRefused(LaunchError.WRONG_MESSAGE_TYPE, "missing");

        claims.put(LtiClaims.MESSAGE_TYPE, "LtiSubmissionReviewRequest");
        assertRefused(LaunchError.WRONG_MESSAGE_TYPE, "LtiSubmissionReviewRequest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub", LtiClaims.DEPLOYMENT_ID, LtiClaims.ROLES, LtiClaims.RESOURCE_LINK,
            LtiClaims.TARGET_LINK_URI})
    void aResourceLinkLaunchRequires(String claim) {
        claims.remove(claim);

        assertRefused(LaunchError.MISSING_CLAIM, claim);
    }

    @Test
    void aBlankSubjectIsAMissingSubject() {
        claims.put("sub", "  ");

        assertRefused(LaunchError.MISSING_CLAIM, "sub");
    }

    @Test
    void aResourceLinkAndAContextNeedTheirIds() {
        claims.put(LtiClaims.RESOURCE_LINK, object("title", "zonder id"));
        assertRefused(LaunchError.MISSING_CLAIM, LtiClaims.RESOURCE_LINK + ".id");

        claims.put(LtiClaims.RESOURCE_LINK, object("id", "link-1"));
        claims.put(LtiClaims.CONTEXT, object("title", "zonder id"));
        assertRefused(LaunchError.MISSING_CLAIM, LtiClaims.CONTEXT + ".id");
    }

    @Test
    void aDeepLinkingRequestNeedsItsSettingsButNoLinkOrTarget() {
        claims.put(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingRequest");
        claims.remove(LtiClaims.RESOURCE_LINK);
        claims.remove(LtiClaims.TARGET_LINK_URI);
        assertRefused(LaunchError.MISSING_CLAIM, LtiClaims.DEEP_LINKING_SETTINGS);

        claims.put(LtiClaims.DEEP_LINKING_SETTINGS, object("deep_link_return_url", "https://lms.school.example/dl",
                "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("iframe"),
                "accept_multiple", "true", "data", "opaque", "title", "Kies"));
        LtiLaunch.DeepLinkingSettings settings = parse().deepLinking().orElseThrow();

        assertEquals(URI.create("https://lms.school.example/dl"), settings.returnUrl());
        assertEquals(List.of("ltiResourceLink"), settings.acceptTypes());
        assertEquals(List.of("iframe"), settings.acceptPresentationTargets());
        assertTrue(settings.acceptMultiple(), "\"true\" as a string is accepted too");
        assertEquals(Optional.of("opaque"), settings.data());
        assertEquals(LtiLaunch.MessageType.DEEP_LINKING, parse().messageType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"deep_link_return_url", "accept_types", "accept_presentation_document_targets"})
    void theDeepLinkingSettingsRequire(String member) {
        claims.put(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingRequest");
        Map<String, Object> settings = object("deep_link_return_url", "https://lms.school.example/dl",
                "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("iframe"));
        settings.remove(member);
        claims.put(LtiClaims.DEEP_LINKING_SETTINGS, settings);

        assertRefused(LaunchError.MISSING_CLAIM, LtiClaims.DEEP_LINKING_SETTINGS + "." + member);
    }

    @Test
    void acceptMultipleIsFalseUnlessSaid() {
        claims.put(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingRequest");
        claims.put(LtiClaims.DEEP_LINKING_SETTINGS, object("deep_link_return_url", "https://lms.school.example/dl",
                "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("iframe")));

        assertFalse(parse().deepLinking().orElseThrow().acceptMultiple());
    }

    @Test
    void claimsOfTheWrongTypeAreMalformed() {
        Map<String, Object> valid = resourceLinkLaunch();
        Map<String, Object> malformed = new LinkedHashMap<>();
        malformed.put(LtiClaims.ROLES, "Instructor");
        malformed.put(LtiClaims.RESOURCE_LINK, "link-1");
        malformed.put(LtiClaims.CONTEXT, List.of("course-1"));
        malformed.put(LtiClaims.TARGET_LINK_URI, "geen adres met spaties");
        malformed.put(LtiClaims.DEPLOYMENT_ID, List.of("deployment-1"));
        malformed.forEach((claim, value) -> {
            claims.clear();
            claims.putAll(valid);
            claims.put(claim, value);

            LaunchRejectedException refused = assertThrows(LaunchRejectedException.class, this::parse, claim);
            assertEquals(LaunchError.MALFORMED_CLAIM, refused.error(), claim);
            assertEquals(List.of(claim), refused.arguments());
        });
    }

    @Test
    void membersOfTheWrongTypeAreMalformed() {
        claims.put(LtiClaims.RESOURCE_LINK, object("id", 7));
        assertRefused(LaunchError.MALFORMED_CLAIM, LtiClaims.RESOURCE_LINK + ".id");

        claims.put(LtiClaims.RESOURCE_LINK, object("id", "link-1"));
        claims.put(LtiClaims.AGS_ENDPOINT, object("scope", List.of(1, 2)));
        assertRefused(LaunchError.MALFORMED_CLAIM, LtiClaims.AGS_ENDPOINT + ".scope");

        claims.put(LtiClaims.AGS_ENDPOINT, object("lineitems", "/relatief"));
        assertRefused(LaunchError.MALFORMED_CLAIM, LtiClaims.AGS_ENDPOINT + ".lineitems");
    }

    @Test
    void rolesWithAnEmptyEntryAreMalformedNotAServerError() {
        claims.put(LtiClaims.ROLES, Arrays.asList("Instructor", null));

        assertRefused(LaunchError.MALFORMED_CLAIM, LtiClaims.ROLES);
    }

    @Test
    void rolesThatAreNoStringsAreMalformed() {
        claims.put(LtiClaims.ROLES, List.of("Instructor", 3));

        assertRefused(LaunchError.MALFORMED_CLAIM, LtiClaims.ROLES);
    }
}
