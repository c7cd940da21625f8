package nl.samenspraak.tool.lti.registration.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformConfigurationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLATFORM = PlatformConfiguration.LTI_PLATFORM_CONFIGURATION;
    private static final URI MOODLE_URL = URI.create("https://moodle.school.nl/mod/lti/openid-configuration.php");

    /** Moodle 4.x's configuration: the message types as plain strings, no placements per type. */
    static Map<String, Object> moodle(String issuer) {
        Map<String, Object> platform = new LinkedHashMap<>();
        platform.put("product_family_code", "moodle");
        platform.put("version", "4.3.2 (Build: 20231222)");
        platform.put("messages_supported", List.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest"));
        platform.put("placements", List.of("AddContentMenu"));
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("issuer", issuer);
        configuration.put("token_endpoint", issuer + "/mod/lti/token.php");
        configuration.put("jwks_uri", issuer + "/mod/lti/certs.php");
        configuration.put("authorization_endpoint", issuer + "/mod/lti/auth.php");
        configuration.put("registration_endpoint", issuer + "/mod/lti/openid-registration.php");
        configuration.put("scopes_supported", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score", "openid"));
        configuration.put("response_types_supported", List.of("id_token"));
        configuration.put("id_token_signing_alg_values_supported", List.of("RS256"));
        configuration.put(PLATFORM, platform);
        return configuration;
    }

    /** Canvas Cloud: one issuer for every school, objects with placements, and the account's name. */
    static Map<String, Object> canvas() {
        Map<String, Object> configuration = moodle("https://canvas.instructure.com");
        configuration.put("authorization_endpoint", "https://sso.canvaslms.com/api/lti/authorize_redirect");
        configuration.put("registration_endpoint", "https://school.instructure.com/api/lti/registrations");
        configuration.put("token_endpoint", "https://sso.canvaslms.com/login/oauth2/token");
        configuration.put("jwks_uri", "https://sso.canvaslms.com/api/lti/security/jwks");
        configuration.put(PLATFORM, new LinkedHashMap<>(Map.of(
                "product_family_code", "canvas",
                "version", "vCloud",
                "messages_supported", List.of(
                        Map.of("type", "LtiResourceLinkRequest", "placements", List.of("course_navigation", "link_selection")),
                        Map.of("type", "LtiDeepLinkingRequest", "placements", List.of("assignment_selection"))),
                PlatformConfiguration.CANVAS_ACCOUNT_NAME, "Proefschool Zonnewijzer")));
        return configuration;
    }

    static String json(Map<String, Object> configuration) {
        try {
            return JSON.writeValueAsString(configuration);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> platformPart(Map<String, Object> configuration) {
        return (Map<String, Object>) configuration.get(PLATFORM);
    }

    @Test
    void readsMoodlesConfiguration() {
        PlatformConfiguration moodle = PlatformConfiguration.parse(json(moodle("https://moodle.school.nl")), MOODLE_URL);

        assertEquals("https://moodle.school.nl", moodle.issuer());
        assertEquals(URI.create("https://moodle.school.nl/mod/lti/auth.php"), moodle.authorizationEndpoint());
        assertEquals(URI.create("https://moodle.school.nl/mod/lti/token.php"), moodle.tokenEndpoint());
        assertEquals(URI.create("https://moodle.school.nl/mod/lti/certs.php"), moodle.jwksUri());
        assertEquals(URI.create("https://moodle.school.nl/mod/lti/openid-registration.php"), moodle.registrationEndpoint());
        assertEquals("moodle", moodle.productFamilyCode());
        assertTrue(moodle.supports("LtiDeepLinkingRequest"));
        assertEquals(List.of(), moodle.placementsFor("LtiDeepLinkingRequest"));
        assertTrue(moodle.scopesSupported().contains("https://purl.imsglobal.org/spec/lti-ags/scope/score"));
        assertEquals("Moodle", moodle.displayName());
        assertEquals("Moodle (moodle.school.nl)", moodle.registrationName());
    }

    @Test
    void readsCanvasCloudWhoseIssuerIsNotTheSchoolsHost() {
        URI schoolUrl = URI.create("https://school.instructure.com/api/lti/security/openid-configuration");

        PlatformConfiguration canvas = PlatformConfiguration.parse(json(canvas()), schoolUrl);

        assertEquals("https://canvas.instructure.com", canvas.issuer());
        assertEquals(List.of("course_navigation", "link_selection"), canvas.placementsFor("LtiResourceLinkRequest"));
        assertEquals(List.of("assignment_selection"), canvas.placementsFor("LtiDeepLinkingRequest"));
        assertEquals(Optional.of("Proefschool Zonnewijzer"), canvas.accountName());
        assertEquals("Proefschool Zonnewijzer", canvas.registrationName());
        assertEquals("Canvas", canvas.productName());
    }

    @Test
    void readsThePlatformConfigurationAlsoWhenItsNameHasASpaceAfterIt() {
        Map<String, Object> configuration = moodle("https://moodle.school.nl");
        configuration.put(PLATFORM + " ", configuration.remove(PLATFORM));

        assertEquals("moodle", PlatformConfiguration.parse(json(configuration), MOODLE_URL).productFamilyCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint",
            "scopes_supported", "id_token_signing_alg_values_supported", PLATFORM})
    void aMissingFieldIsNamed(String field) {
        Map<String, Object> configuration = moodle("https://moodle.school.nl");
        configuration.remove(field);

        RegistrationRejectedException refused = refused(configuration, MOODLE_URL);

        assertEquals(RegistrationError.CONFIGURATION_MISSING_FIELD, refused.error());
        assertEquals(List.of(field), refused.arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"product_family_code", "version", "messages_supported"})
    void aMissingFieldOfTheLtiPlatformConfigurationIsNamed(String field) {
        Map<String, Object> configuration = moodle("https://moodle.school.nl");
        platformPart(configuration).remove(field);

        RegistrationRejectedException refused = refused(configuration, MOODLE_URL);

        assertEquals(RegistrationError.CONFIGURATION_MISSING_FIELD, refused.error());
        assertEquals(List.of(field), refused.arguments());
    }

    @ParameterizedTest
    @CsvSource({
            "https://moodle.school.nl, https://moodle.school.nl/mod/lti/openid-configuration.php, true",
            "https://school.nl/moodle, https://school.nl/moodle/mod/lti/openid-configuration.php, true",
            "https://canvas.instructure.com, https://school.instructure.com/api/lti/security/openid-configuration, true",
            "https://lms.school.co.uk, https://moodle.school.co.uk/openid-configuration, true",
            "https://moodle.other.co.uk, https://moodle.school.co.uk/openid-configuration, false",
            "https://moodle.evil.example, https://moodle.school.nl/mod/lti/openid-configuration.php, false",
            "http://127.0.0.1:8080, http://127.0.0.1:9090/config, true"})
    void theIssuerMustBelongToTheConfigurationsDomain(String issuer, String configurationUrl, boolean accepted) {
        String configuration = json(moodle(issuer));
        URI url = URI.create(configurationUrl);

        if (accepted) {
            assertEquals(issuer, PlatformConfiguration.parse(configuration, url).issuer());
        } else {
            RegistrationRejectedException refused = assertThrows(RegistrationRejectedException.class,
                    () -> PlatformConfiguration.parse(configuration, url));
            assertEquals(RegistrationError.ISSUER_MISMATCH, refused.error());
            assertEquals(List.of(issuer, configurationUrl), refused.arguments());
        }
    }

    @Test
    void theMismatchNamesTheConfigurationUrlWithoutItsQuery() {
        URI withToken = URI.create("https://school.instructure.com/api/lti/security/openid-configuration"
                + "?registration_token=secret-token");
        Map<String, Object> configuration = canvas();
        configuration.put("issuer", "https://canvas.evil.example");

        RegistrationRejectedException refused = refused(configuration, withToken);

        assertEquals(RegistrationError.ISSUER_MISMATCH, refused.error());
        assertFalse(refused.getMessage().contains("secret-token"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint"})
    void plainHttpIsRefusedOutsideLoopback(String field) {
        Map<String, Object> configuration = moodle("https://moodle.school.nl");
        configuration.put(field, "http://moodle.school.nl/somewhere");

        RegistrationRejectedException refused = refused(configuration, MOODLE_URL);

        assertEquals(RegistrationError.CONFIGURATION_INVALID_FIELD, refused.error());
        assertEquals(field, refused.arguments().get(0));
    }

    @Test
    void plainHttpIsAcceptedOnLoopback() {
        PlatformConfiguration local = PlatformConfiguration.parse(json(moodle("http://localhost:8000")),
                URI.create("http://localhost:8000/mod/lti/openid-configuration.php"));

        assertEquals(URI.create("http://localhost:8000/mod/lti/token.php"), local.tokenEndpoint());
    }

    @Test
    void anIssuerWithAQueryIsRefused() {
        RegistrationRejectedException refused = refused(moodle("https://moodle.school.nl?tenant=1"), MOODLE_URL);

        assertEquals(RegistrationError.CONFIGURATION_INVALID_FIELD, refused.error());
        assertEquals("issuer", refused.arguments().get(0));
    }

    @Test
    void valuesLongerThanTheRegistrationStoreKeepsAreRefusedBeforeThePlatformIsAsked() {
        Map<String, Object> longAddress = moodle("https://moodle.school.nl");
        longAddress.put("jwks_uri", "https://moodle.school.nl/" + "k".repeat(1000));
        Map<String, Object> longProduct = moodle("https://moodle.school.nl");
        platformPart(longProduct).put("product_family_code", "p".repeat(101));

        assertEquals(List.of("jwks_uri", "longer than 1000 characters"), refused(longAddress, MOODLE_URL).arguments());
        assertEquals(List.of("product_family_code", "longer than 100 characters"),
                refused(longProduct, MOODLE_URL).arguments());
    }

    @Test
    void rs256MustBeOffered() {
        Map<String, Object> configuration = moodle("https://moodle.school.nl");
        configuration.put("id_token_signing_alg_values_supported", List.of("ES256", "HS256"));

        assertEquals(RegistrationError.RS256_NOT_SUPPORTED, refused(configuration, MOODLE_URL).error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html>Log in</html>", "[]", "\"issuer\""})
    void somethingElseThanAJsonObjectIsRefused(String body) {
        RegistrationRejectedException refused = assertThrows(RegistrationRejectedException.class,
                () -> PlatformConfiguration.parse(body, MOODLE_URL));

        assertEquals(RegistrationError.CONFIGURATION_MALFORMED, refused.error());
    }

    private static RegistrationRejectedException refused(Map<String, Object> configuration, URI url) {
        return assertThrows(RegistrationRejectedException.class,
                () -> PlatformConfiguration.parse(json(configuration), url));
    }
}
