package nl.samenspraak.tool.lti.registration.dynamic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * The tool's client registration request (LTI Dynamic Registration 1.0, section 3.5): the OpenID client
 * metadata and the LTI tool configuration, fitted to what the platform said it supports. Every address is
 * the tool's public address; the names and labels come in Dutch and English, tagged, and untagged in the
 * {@code language} of the administrator registering it: Moodle shows only the untagged one, so an English
 * Moodle would otherwise describe the tool in Dutch.
 */
public record ToolRegistrationRequest(URI initiateLoginUri, URI redirectUri, URI jwksUri, URI targetLinkUri,
                                      String domain, LocalizedText description, List<ToolScope> scopes,
                                      List<Message> messages, Language language) {

    static final String LTI_TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    static final String CLIENT_NAME = "Samenspraak";
    /** The user's name and language, never the email address: the tool needs no more (privacy by design). */
    static final List<String> CLAIMS = List.of("iss", "sub", "name", "given_name", "family_name", "locale");
    static final String RESOURCE_LINK = "LtiResourceLinkRequest";
    static final String DEEP_LINKING = "LtiDeepLinkingRequest";

    /**
     * Where the tool would like each message, by the names platforms use: Canvas's course navigation for the
     * overview, and the places a teacher picks content (Canvas's link and assignment selection, the IMS
     * ContentArea). Only those a platform lists for the message type are asked for.
     */
    private static final List<String> RESOURCE_LINK_PLACEMENTS = List.of("course_navigation");
    private static final List<String> DEEP_LINKING_PLACEMENTS = List.of("link_selection", "assignment_selection",
            "ContentArea");

    /** One LTI message the tool accepts, with its label in the platform's menus. */
    public record Message(String type, URI targetLinkUri, LocalizedText label, List<String> placements) {

        public Message {
            Objects.requireNonNull(type, "type");
            placements = List.copyOf(placements);
        }
    }

    public ToolRegistrationRequest {
        scopes = List.copyOf(scopes);
        messages = List.copyOf(messages);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
    }

    /**
     * The request for this platform: only the services and message types it offers.
     *
     * @param language the language of the platform's administrator, for the untagged names and description
     * @param texts    the catalog with the names and the description in both languages
     */
    public static ToolRegistrationRequest forPlatform(PlatformConfiguration platform, PublicAddress address,
                                                      Language language, Texts texts) {
        URI launch = address.resolve("/lti/launch");
        List<ToolScope> scopes = Arrays.stream(ToolScope.values())
                .filter(scope -> platform.scopesSupported().contains(scope.uri())).toList();
        List<Message> messages = new ArrayList<>();
        // Every LTI 1.3 platform sends resource link launches; Moodle 3.10 even listed them under another name.
        messages.add(new Message(RESOURCE_LINK, launch, texts.of(TextKey.TOOL_REGISTRATION_REQUEST_LAUNCH_LABEL),
                placements(platform, RESOURCE_LINK, RESOURCE_LINK_PLACEMENTS)));
        if (platform.supports(DEEP_LINKING)) {
            messages.add(new Message(DEEP_LINKING, launch,
                    texts.of(TextKey.TOOL_REGISTRATION_REQUEST_DEEP_LINKING_LABEL),
                    placements(platform, DEEP_LINKING, DEEP_LINKING_PLACEMENTS)));
        }
        return new ToolRegistrationRequest(address.resolve("/lti/login"), launch, address.resolve("/lti/jwks"),
                launch, address.domain(), texts.of(TextKey.TOOL_REGISTRATION_REQUEST_DESCRIPTION), scopes, messages,
                language);
    }

    /** The request body: a JSON object. */
    public String toJSON() {
        ObjectNode request = JsonFields.MAPPER.createObjectNode();
        request.put("application_type", "web");
        strings(request.putArray("response_types"), List.of("id_token"));
        strings(request.putArray("grant_types"), List.of("implicit", "client_credentials"));
        request.put("initiate_login_uri", initiateLoginUri.toString());
        strings(request.putArray("redirect_uris"), List.of(redirectUri.toString()));
        request.put("client_name", CLIENT_NAME);
        request.put("client_name#nl", CLIENT_NAME);
        request.put("client_name#en", CLIENT_NAME);
        request.put("jwks_uri", jwksUri.toString());
        request.put("token_endpoint_auth_method", "private_key_jwt");
        // Always present, empty when the platform offers none of the services: Canvas requires the member.
        request.put("scope", scopes.stream().map(ToolScope::uri).collect(Collectors.joining(" ")));
        ObjectNode tool = request.putObject(LTI_TOOL_CONFIGURATION);
        tool.put("domain", domain);
        tool.put("target_link_uri", targetLinkUri.toString());
        localized(tool, "description", description);
        strings(tool.putArray("claims"), CLAIMS);
        // Canvas reads no claims list: without its own privacy setting it launches anonymously. Names, no email.
        tool.put("https://canvas.instructure.com/lti/privacy_level", "name_only");
        ArrayNode messageArray = tool.putArray("messages");
        for (Message message : messages) {
            ObjectNode item = messageArray.addObject();
            item.put("type", message.type());
            item.put("target_link_uri", message.targetLinkUri().toString());
            localized(item, "label", message.label());
            if (!message.placements().isEmpty()) {
                strings(item.putArray("placements"), message.placements());
            }
        }
        return request.toString();
    }

    private static List<String> placements(PlatformConfiguration platform, String type, List<String> wanted) {
        List<String> offered = platform.placementsFor(type);
        return wanted.stream().filter(offered::contains).toList();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /**
     * The untagged member in the request's language, and one per language tag (OpenID Connect Registration,
     * section 2.1).
     */
    private void localized(ObjectNode object, String field, LocalizedText text) {
        object.put(field, text.in(language));
        object.put(field + "#nl", text.nl());
        text.en().ifPresent(english -> object.put(field + "#en", english));
    }
}
