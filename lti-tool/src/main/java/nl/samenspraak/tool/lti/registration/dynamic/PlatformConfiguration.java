package nl.samenspraak.tool.lti.registration.dynamic;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.samenspraak.tool.lti.registration.PlatformAddresses;

/**
 * A platform's OpenID configuration as LTI Dynamic Registration 1.0 describes it: the OpenID Connect
 * Discovery fields the tool needs, and the LTI platform configuration (product, version, messages).
 *
 * @param configurationUrl where the configuration was read; the issuer must belong to its domain
 * @param accountName      the name of the school's account, when the platform says it (Canvas does)
 */
public record PlatformConfiguration(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
                                    URI registrationEndpoint, String productFamilyCode, String version,
                                    List<SupportedMessage> messagesSupported, Set<String> scopesSupported,
                                    Optional<String> accountName, URI configurationUrl) {

    static final String LTI_PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
    static final String CANVAS_ACCOUNT_NAME = "https://canvas.instructure.com/lti/account_name";
    /** What the registration store keeps; checked here so that the platform is not asked in vain. */
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_ISSUER_LENGTH = 500;
    private static final int MAX_ADDRESS_LENGTH = 1000;
    private static final int MAX_PRODUCT_LENGTH = 100;

    /** A message type the platform can send, with the placements it offers for it (none named: its default). */
    public record SupportedMessage(String type, List<String> placements) {

        public SupportedMessage {
            Objects.requireNonNull(type, "type");
            placements = List.copyOf(placements);
        }
    }

    public PlatformConfiguration {
        messagesSupported = List.copyOf(messagesSupported);
        scopesSupported = Set.copyOf(scopesSupported);
        Objects.requireNonNull(accountName, "accountName");
    }

    /**
     * @throws RegistrationRejectedException when a required field is missing or wrong, when an address is not
     *                                       https (http only on loopback), when the issuer does not belong to
     *                                       the configuration URL's domain, or when RS256 is not offered
     */
    public static PlatformConfiguration parse(String json, URI configurationUrl) {
        JsonNode root = JsonFields.object(json)
                .orElseThrow(() -> new RegistrationRejectedException(RegistrationError.CONFIGURATION_MALFORMED));
        String issuer = required(root, "issuer");
        URI issuerUri = address(root, "issuer");
        requireLength("issuer", issuer, MAX_ISSUER_LENGTH);
        if (issuerUri.getRawQuery() != null) {
            throw new RegistrationRejectedException(RegistrationError.CONFIGURATION_INVALID_FIELD, "issuer",
                    "an issuer has no query part");
        }
        if (!RegistrableDomain.sameFamily(issuerUri.getHost(), configurationUrl.getHost())) {
            throw new RegistrationRejectedException(RegistrationError.ISSUER_MISMATCH, issuer,
                    Redacted.address(configurationUrl));
        }
        List<String> algorithms = JsonFields.strings(root, "id_token_signing_alg_values_supported")
                .orElseThrow(() -> missing("id_token_signing_alg_values_supported"));
        if (!algorithms.contains("RS256")) {
            throw new RegistrationRejectedException(RegistrationError.RS256_NOT_SUPPORTED);
        }
        List<String> scopes = JsonFields.strings(root, "scopes_supported").orElseThrow(() -> missing("scopes_supported"));
        JsonNode platform = JsonFields.member(root, LTI_PLATFORM_CONFIGURATION)
                .orElseThrow(() -> missing(LTI_PLATFORM_CONFIGURATION));
        String productFamily = required(platform, "product_family_code");
        requireLength("product_family_code", productFamily, MAX_PRODUCT_LENGTH);
        return new PlatformConfiguration(issuer, address(root, "authorization_endpoint"),
                address(root, "token_endpoint"), address(root, "jwks_uri"), address(root, "registration_endpoint"),
                productFamily, required(platform, "version"), messages(platform),
                Set.copyOf(scopes), JsonFields.text(platform, CANVAS_ACCOUNT_NAME), configurationUrl);
    }

    public boolean supports(String messageType) {
        return messagesSupported.stream().anyMatch(message -> message.type().equals(messageType));
    }

    /** The placements the platform names for a message type; empty when it names none. */
    public List<String> placementsFor(String messageType) {
        return messagesSupported.stream().filter(message -> message.type().equals(messageType))
                .flatMap(message -> message.placements().stream()).distinct().toList();
    }

    /** The product as people know it, from the product family code. */
    public String productName() {
        return switch (productFamilyCode.toLowerCase(Locale.ROOT)) {
            case "moodle" -> "Moodle";
            case "canvas" -> "Canvas";
            case "desire2learn", "d2l", "brightspace" -> "Brightspace";
            case "sakai", "sakailms.org" -> "Sakai";
            default -> productFamilyCode;
        };
    }

    /** The platform's own name when it gives one, else the product. */
    public String displayName() {
        return accountName.orElse(productName());
    }

    /** The name the registration is stored under: the platform's name, else the product and the host. */
    public String registrationName() {
        String name = accountName.orElse(productName() + " (" + configurationUrl.getHost() + ")");
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH);
    }

    private static List<SupportedMessage> messages(JsonNode platform) {
        JsonNode supported = platform.get("messages_supported");
        if (supported == null || !supported.isArray()) {
            throw missing("messages_supported");
        }
        List<SupportedMessage> messages = new ArrayList<>();
        for (JsonNode message : supported) {
            // Moodle lists the types as plain strings; the specification, Canvas and Sakai as objects.
            if (message.isTextual() && !message.asText().isBlank()) {
                messages.add(new SupportedMessage(message.asText().strip(), List.of()));
            } else if (message.isObject()) {
                JsonFields.text(message, "type").ifPresent(type -> messages.add(new SupportedMessage(type,
                        JsonFields.strings(message, "placements").orElse(List.of()))));
            }
        }
        return messages;
    }

    private static String required(JsonNode object, String field) {
        return JsonFields.text(object, field).orElseThrow(() -> missing(field));
    }

    private static URI address(JsonNode object, String field) {
        String value = required(object, field);
        requireLength(field, value, MAX_ADDRESS_LENGTH);
        return PlatformAddresses.parse(value).orElseThrow(() -> new RegistrationRejectedException(
                RegistrationError.CONFIGURATION_INVALID_FIELD, field, "not an https address (http only on localhost)"));
    }

    private static void requireLength(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new RegistrationRejectedException(RegistrationError.CONFIGURATION_INVALID_FIELD, field,
                    "longer than " + maxLength + " characters");
        }
    }

    private static RegistrationRejectedException missing(String field) {
        return new RegistrationRejectedException(RegistrationError.CONFIGURATION_MISSING_FIELD, field);
    }
}
