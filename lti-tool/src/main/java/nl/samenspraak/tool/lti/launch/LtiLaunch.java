package nl.samenspraak.tool.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A launch message as the platform's id_token states it (LTI 1.3 Core, section 5.3; Deep Linking 2.0,
 * section 4.4), after the token itself was validated: who launched, from which deployment, course and
 * link, with which roles, and which services the platform offers.
 */
public record LtiLaunch(String issuer, String clientId, String subject, String deploymentId, MessageType messageType,
                        Optional<URI> targetLinkUri, LtiRoles roles, Optional<ResourceLink> resourceLink,
                        Optional<CourseContext> context, Person person, Optional<String> locale,
                        Map<String, String> custom, Optional<GradeService> gradeService,
                        Optional<URI> membershipsUrl, Optional<DeepLinkingSettings> deepLinking,
                        Optional<PlatformInstance> platform) {

    /** The two messages the tool accepts. */
    public enum MessageType {
        RESOURCE_LINK(LtiClaims.RESOURCE_LINK_REQUEST), DEEP_LINKING(LtiClaims.DEEP_LINKING_REQUEST);

        private final String claimValue;

        MessageType(String claimValue) {
            this.claimValue = claimValue;
        }

        public String claimValue() {
            return claimValue;
        }

        static Optional<MessageType> of(String claimValue) {
            for (MessageType type : values()) {
                if (type.claimValue.equals(claimValue)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
    }

    /** The link in the course that was clicked. */
    public record ResourceLink(String id, Optional<String> title, Optional<String> description) {
    }

    /** The course (or other context) the launch came from. */
    public record CourseContext(String id, Optional<String> label, Optional<String> title) {
    }

    /**
     * What the platform said about the person; each part only when sent. An email address is never read:
     * the tool does not need one and the registration promises the platform it asks none (data minimisation).
     */
    public record Person(Optional<String> name, Optional<String> givenName, Optional<String> familyName) {
    }

    /** The Assignment and Grade Services endpoint claim. */
    public record GradeService(List<String> scopes, Optional<URI> lineItems, Optional<URI> lineItem) {
    }

    /** The Deep Linking settings of a deep-linking request. */
    public record DeepLinkingSettings(URI returnUrl, List<String> acceptTypes, List<String> acceptPresentationTargets,
                                      boolean acceptMultiple, Optional<String> data, Optional<String> title) {
    }

    /** The tool_platform claim: which LMS instance launched. */
    public record PlatformInstance(Optional<String> guid, Optional<String> name, Optional<String> productFamily) {
    }

    public LtiLaunch {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        custom = Map.copyOf(custom);
    }

    /**
     * The assignment the link points to: the custom parameter {@code assignment}, or else the
     * {@code assignment} query parameter of the target link (Canvas has no per-link custom parameters for
     * LTI 1.3, but takes a link address with a query). Not checked against the program here: the page says
     * so when it names no assignment there is.
     */
    public Optional<String> assignmentId() {
        return linkCustom().assignmentId().or(() -> targetLinkUri.flatMap(LtiLaunch::assignmentParameter)
                .map(String::strip).filter(id -> !id.isEmpty() && id.length() <= 64));
    }

    /** The assignment and settings the link carries in its custom parameters (Deep Linking puts them there). */
    public LinkCustom linkCustom() {
        return LinkCustom.parse(custom);
    }

    private static Optional<String> assignmentParameter(URI target) {
        String query = target.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("assignment=")) {
                return Optional.of(URLDecoder.decode(pair.substring("assignment=".length()), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the message claims of a validated id_token.
     *
     * @throws LaunchRejectedException when a claim the message type requires is missing or malformed
     */
    public static LtiLaunch parse(JWTClaimsSet claims, String clientId) {
        Claims read = new Claims(claims);
        String version = read.string(LtiClaims.VERSION).orElseThrow(() ->
                new LaunchRejectedException(LaunchError.WRONG_VERSION, "missing"));
        if (!LtiClaims.LTI_VERSION.equals(version)) {
            throw new LaunchRejectedException(LaunchError.WRONG_VERSION, version);
        }
        String type = read.string(LtiClaims.MESSAGE_TYPE).orElseThrow(() ->
                new LaunchRejectedException(LaunchError.WRONG_MESSAGE_TYPE, "missing"));
        MessageType messageType = MessageType.of(type).orElseThrow(() ->
                new LaunchRejectedException(LaunchError.WRONG_MESSAGE_TYPE, type));
        String subject = read.string("sub").orElseThrow(() -> missing("sub"));
        String deploymentId = read.string(LtiClaims.DEPLOYMENT_ID).orElseThrow(() -> missing(LtiClaims.DEPLOYMENT_ID));
        List<String> roles = read.strings(LtiClaims.ROLES).orElseThrow(() -> missing(LtiClaims.ROLES));

        Optional<ResourceLink> resourceLink = read.object(LtiClaims.RESOURCE_LINK).map(link -> new ResourceLink(
                read.string(link, LtiClaims.RESOURCE_LINK, "id").orElseThrow(() -> missing(LtiClaims.RESOURCE_LINK + ".id")),
                read.string(link, LtiClaims.RESOURCE_LINK, "title"),
                read.string(link, LtiClaims.RESOURCE_LINK, "description")));
        Optional<URI> targetLinkUri = read.uri(LtiClaims.TARGET_LINK_URI);
        Optional<DeepLinkingSettings> deepLinking = Optional.empty();
        if (messageType == MessageType.RESOURCE_LINK) {
            if (resourceLink.isEmpty()) {
                throw missing(LtiClaims.RESOURCE_LINK);
            }
            if (targetLinkUri.isEmpty()) {
                throw missing(LtiClaims.TARGET_LINK_URI);
            }
        } else {
            deepLinking = Optional.of(read.object(LtiClaims.DEEP_LINKING_SETTINGS)
                    .map(settings -> deepLinkingSettings(read, settings))
                    .orElseThrow(() -> missing(LtiClaims.DEEP_LINKING_SETTINGS)));
        }

        Optional<CourseContext> context = read.object(LtiClaims.CONTEXT).map(course -> new CourseContext(
                read.string(course, LtiClaims.CONTEXT, "id").orElseThrow(() -> missing(LtiClaims.CONTEXT + ".id")),
                read.string(course, LtiClaims.CONTEXT, "label"),
                read.string(course, LtiClaims.CONTEXT, "title")));
        Person person = new Person(read.string("name"), read.string("given_name"), read.string("family_name"));
        Optional<String> locale = read.object(LtiClaims.LAUNCH_PRESENTATION)
                .flatMap(presentation -> read.string(presentation, LtiClaims.LAUNCH_PRESENTATION, "locale"))
                .or(() -> read.string("locale"));
        Map<String, String> custom = new LinkedHashMap<>();
        read.object(LtiClaims.CUSTOM).ifPresent(values -> values.forEach((key, value) -> {
            if (value != null) {
                custom.put(key, String.valueOf(value));
            }
        }));
        Optional<GradeService> grades = read.object(LtiClaims.AGS_ENDPOINT).map(endpoint -> new GradeService(
                read.strings(endpoint, LtiClaims.AGS_ENDPOINT, "scope").orElse(List.of()),
                read.uri(endpoint, LtiClaims.AGS_ENDPOINT, "lineitems"),
                read.uri(endpoint, LtiClaims.AGS_ENDPOINT, "lineitem")));
        Optional<URI> memberships = read.object(LtiClaims.NRPS)
                .flatMap(service -> read.uri(service, LtiClaims.NRPS, "context_memberships_url"));
        Optional<PlatformInstance> platform = read.object(LtiClaims.TOOL_PLATFORM).map(instance -> new PlatformInstance(
                read.string(instance, LtiClaims.TOOL_PLATFORM, "guid"),
                read.string(instance, LtiClaims.TOOL_PLATFORM, "name"),
                read.string(instance, LtiClaims.TOOL_PLATFORM, "product_family_code")));
        return new LtiLaunch(claims.getIssuer(), clientId, subject, deploymentId, messageType, targetLinkUri,
                LtiRoles.of(roles), resourceLink, context, person, locale, custom, grades, memberships, deepLinking,
                platform);
    }

    private static DeepLinkingSettings deepLinkingSettings(Claims read, Map<String, Object> settings) {
        String claim = LtiClaims.DEEP_LINKING_SETTINGS;
        URI returnUrl = read.uri(settings, claim, "deep_link_return_url")
                .orElseThrow(() -> missing(claim + ".deep_link_return_url"));
        List<String> acceptTypes = read.strings(settings, claim, "accept_types")
                .orElseThrow(() -> missing(claim + ".accept_types"));
        List<String> targets = read.strings(settings, claim, "accept_presentation_document_targets")
                .orElseThrow(() -> missing(claim + ".accept_presentation_document_targets"));
        Object multiple = settings.get("accept_multiple");
        return new DeepLinkingSettings(returnUrl, acceptTypes, targets,
                multiple instanceof Boolean flag ? flag : "true".equals(multiple),
                read.string(settings, claim, "data"), read.string(settings, claim, "title"));
    }

    private static LaunchRejectedException missing(String claim) {
        return new LaunchRejectedException(LaunchError.MISSING_CLAIM, claim);
    }

    /** Typed reads of claims and their members; a value of the wrong type is a malformed claim. */
    private record Claims(JWTClaimsSet claims) {

        Optional<String> string(String name) {
            try {
                return Optional.ofNullable(claims.getStringClaim(name)).filter(value -> !value.isBlank());
            } catch (ParseException e) {
                throw malformed(name);
            }
        }

        Optional<List<String>> strings(String name) {
            List<String> values;
            try {
                values = claims.getStringListClaim(name);
            } catch (ParseException e) {
                throw malformed(name);
            }
            // A JSON null in the array is no string either; left in, it would fail later as a server error.
            if (values != null && values.contains(null)) {
                throw malformed(name);
            }
            return Optional.ofNullable(values);
        }

        Optional<Map<String, Object>> object(String name) {
            try {
                return Optional.ofNullable(claims.getJSONObjectClaim(name));
            } catch (ParseException e) {
                throw malformed(name);
            }
        }

        Optional<URI> uri(String name) {
            return string(name).map(value -> toUri(value, name));
        }

        Optional<String> string(Map<String, Object> object, String claim, String member) {
            Object value = object.get(member);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof String text)) {
                throw malformed(claim + "." + member);
            }
            return Optional.of(text).filter(string -> !string.isBlank());
        }

        Optional<List<String>> strings(Map<String, Object> object, String claim, String member) {
            Object value = object.get(member);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                throw malformed(claim + "." + member);
            }
            return Optional.of(list.stream().map(String.class::cast).toList());
        }

        Optional<URI> uri(Map<String, Object> object, String claim, String member) {
            return string(object, claim, member).map(value -> toUri(value, claim + "." + member));
        }

        private static URI toUri(String value, String name) {
            try {
                URI uri = new URI(value);
                if (!uri.isAbsolute()) {
                    throw malformed(name);
                }
                return uri;
            } catch (URISyntaxException e) {
                throw malformed(name);
            }
        }

        private static LaunchRejectedException malformed(String name) {
            return new LaunchRejectedException(LaunchError.MALFORMED_CLAIM, name);
        }
    }
}
