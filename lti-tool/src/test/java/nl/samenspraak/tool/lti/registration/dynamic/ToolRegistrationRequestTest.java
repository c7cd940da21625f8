package nl.samenspraak.tool.lti.registration.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.texts.Texts;
import org.junit.jupiter.api.Test;

class ToolRegistrationRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/scope/";
    private static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    private static final PublicAddress TOOL = new PublicAddress("https://samenspraak.school.nl");

    private static PlatformConfiguration platform(Set<String> scopes,
                                                  List<PlatformConfiguration.SupportedMessage> messages) {
        return new PlatformConfiguration("https://lms.school.nl", URI.create("https://lms.school.nl/auth"),
                URI.create("https://lms.school.nl/token"), URI.create("https://lms.school.nl/jwks"),
                URI.create("https://lms.school.nl/register"), "moodle", "4.3", messages, scopes, Optional.empty(),
                URI.create("https://lms.school.nl/openid-configuration"));
    }

    private static PlatformConfiguration.SupportedMessage message(String type, String... placements) {
        return new PlatformConfiguration.SupportedMessage(type, List.of(placements));
    }

    private static JsonNode request(PlatformConfiguration platform, PublicAddress tool) {
        try {
            return JSON.readTree(ToolRegistrationRequest.forPlatform(platform, tool, Language.NL, new Texts()).toJSON());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.asText()));
        return strings;
    }

    private static JsonNode messageOfType(JsonNode request, String type) {
        for (JsonNode message : request.path(ToolRegistrationRequest.LTI_TOOL_CONFIGURATION).path("messages")) {
            if (message.path("type").asText().equals(type)) {
                return message;
            }
        }
        throw new AssertionError("no " + type + " message in " + request);
    }

    @Test
    void theClientMetadataPointsAtTheToolsPublicAddress() {
        JsonNode request = request(platform(Set.of("openid"), List.of(message("LtiResourceLinkRequest"))), TOOL);

        assertEquals("web", request.path("application_type").asText());
        assertEquals(List.of("id_token"), strings(request.path("response_types")));
        assertEquals(List.of("implicit", "client_credentials"), strings(request.path("grant_types")));
        assertEquals("https://samenspraak.school.nl/lti/login", request.path("initiate_login_uri").asText());
        assertEquals(List.of("https://samenspraak.school.nl/lti/launch"), strings(request.path("redirect_uris")));
        assertEquals("https://samenspraak.school.nl/lti/jwks", request.path("jwks_uri").asText());
        assertEquals("private_key_jwt", request.path("token_endpoint_auth_method").asText());
        assertEquals("Samenspraak", request.path("client_name").asText());
        assertEquals("Samenspraak", request.path("client_name#nl").asText());
        assertEquals("Samenspraak", request.path("client_name#en").asText());
        assertFalse(request.has("logo_uri"), "the tool has no logo to offer");
        JsonNode tool = request.path(ToolRegistrationRequest.LTI_TOOL_CONFIGURATION);
        assertEquals("samenspraak.school.nl", tool.path("domain").asText());
        assertEquals("https://samenspraak.school.nl/lti/launch", tool.path("target_link_uri").asText());
        assertTrue(tool.path("description").asText().startsWith("Training voor leraren"));
        assertEquals(tool.path("description").asText(), tool.path("description#nl").asText());
        assertTrue(tool.path("description#en").asText().startsWith("Training for teachers"));
    }

    @Test
    void anEnglishAdministratorsPlatformShowsTheDescriptionAndLabelsInEnglish() {
        // Moodle shows the untagged description on the tool's card: an English Moodle must not get Dutch there.
        PlatformConfiguration moodle = platform(Set.of(), List.of(message("LtiResourceLinkRequest"),
                message("LtiDeepLinkingRequest")));
        JsonNode request;
        try {
            request = JSON.readTree(ToolRegistrationRequest.forPlatform(moodle, TOOL, Language.EN, new Texts()).toJSON());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }

        JsonNode tool = request.path(ToolRegistrationRequest.LTI_TOOL_CONFIGURATION);
        assertTrue(tool.path("description").asText().startsWith("Training for teachers"), tool.toString());
        assertTrue(tool.path("description#nl").asText().startsWith("Training voor leraren"));
        assertEquals("Add a Samenspraak assignment", messageOfType(request, "LtiDeepLinkingRequest").path("label").asText());
        assertEquals("Samenspraak", request.path("client_name#en").asText());
    }

    @Test
    void theToolAsksForNamesAndLanguageButNeverTheEmailAddress() {
        JsonNode tool = request(platform(Set.of(), List.of()), TOOL).path(ToolRegistrationRequest.LTI_TOOL_CONFIGURATION);

        assertEquals(List.of("iss", "sub", "name", "given_name", "family_name", "locale"), strings(tool.path("claims")));
        assertFalse(strings(tool.path("claims")).contains("email"));
        assertEquals("name_only", tool.path("https://canvas.instructure.com/lti/privacy_level").asText(),
                "Canvas shares names, and no email, only when asked in its own way");
    }

    @Test
    void onlyTheServicesThePlatformOffersAreAskedFor() {
        JsonNode all = request(platform(Set.of("openid", AGS + "lineitem", AGS + "lineitem.readonly",
                AGS + "result.readonly", AGS + "score", NRPS, "https://purl.imsglobal.org/spec/lti-ts/scope/toolsetting"),
                List.of()), TOOL);
        JsonNode gradesOnly = request(platform(Set.of(AGS + "score", AGS + "lineitem"), List.of()), TOOL);

        assertEquals(AGS + "lineitem " + AGS + "result.readonly " + AGS + "score " + NRPS, all.path("scope").asText());
        assertEquals(AGS + "lineitem " + AGS + "score", gradesOnly.path("scope").asText());
    }

    @Test
    void aPlatformWithoutServicesGetsAnEmptyScopeNotAMissingOne() {
        JsonNode request = request(platform(Set.of("openid"), List.of()), TOOL);

        assertTrue(request.has("scope"), "Canvas requires the scope member");
        assertEquals("", request.path("scope").asText());
    }

    @Test
    void moodleGetsBothMessagesWithoutPlacements() {
        JsonNode request = request(platform(Set.of(), List.of(message("LtiResourceLinkRequest"),
                message("LtiDeepLinkingRequest"))), TOOL);

        JsonNode launch = messageOfType(request, "LtiResourceLinkRequest");
        JsonNode deepLinking = messageOfType(request, "LtiDeepLinkingRequest");
        assertEquals("https://samenspraak.school.nl/lti/launch", launch.path("target_link_uri").asText());
        assertEquals("https://samenspraak.school.nl/lti/launch", deepLinking.path("target_link_uri").asText());
        assertFalse(launch.has("placements"));
        assertFalse(deepLinking.has("placements"));
        assertEquals("Samenspraak-opdracht toevoegen", deepLinking.path("label").asText());
        assertEquals("Samenspraak-opdracht toevoegen", deepLinking.path("label#nl").asText());
        assertEquals("Add a Samenspraak assignment", deepLinking.path("label#en").asText());
    }

    @Test
    void canvasGetsThePlacementsItListsThatTheToolWants() {
        JsonNode request = request(platform(Set.of(), List.of(
                message("LtiResourceLinkRequest", "account_navigation", "course_navigation", "link_selection"),
                message("LtiDeepLinkingRequest", "assignment_selection", "editor_button", "link_selection"))), TOOL);

        assertEquals(List.of("course_navigation"),
                strings(messageOfType(request, "LtiResourceLinkRequest").path("placements")));
        assertEquals(List.of("link_selection", "assignment_selection"),
                strings(messageOfType(request, "LtiDeepLinkingRequest").path("placements")));
    }

    @Test
    void deepLinkingOnlyWhenThePlatformSupportsIt() {
        JsonNode request = request(platform(Set.of(), List.of(message("LtiResourceLinkRequest"))), TOOL);

        JsonNode messages = request.path(ToolRegistrationRequest.LTI_TOOL_CONFIGURATION).path("messages");
        assertEquals(1, messages.size());
        assertEquals("LtiResourceLinkRequest", messages.get(0).path("type").asText());
    }

    @Test
    void theDomainHasThePortWhenItIsNotTheDefault() {
        JsonNode request = request(platform(Set.of(), List.of()), new PublicAddress("https://tools.school.nl:8443/"));

        assertEquals("tools.school.nl:8443",
                request.path(ToolRegistrationRequest.LTI_TOOL_CONFIGURATION).path("domain").asText());
        assertEquals("https://tools.school.nl:8443/lti/login", request.path("initiate_login_uri").asText());
    }
}
