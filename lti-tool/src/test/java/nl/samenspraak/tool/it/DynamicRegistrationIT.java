package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.samenspraak.tool.it.platform.FakeRegistrationPlatform;
import org.junit.jupiter.api.Test;

/**
 * LTI Dynamic Registration as the platform and the school's administrator do it: the platform opens
 * {@code /lti/register}, the administrator confirms with Samenspraak's password, the tool registers at the
 * platform and stores the registration. Only one test uses a wrong password: five lock the address out. The
 * server allows the fake platforms on 127.0.0.1 through SAMENSPRAAK_INTRANET_PLATFORMS (src/it/server-env).
 */
class DynamicRegistrationIT {

    private static final String ADMIN_PASSWORD = "it-admin-password";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final ToolClient tool = new ToolClient();

    @Test
    void moodleIsRegisteredThroughThePageWithTheAdministratorPassword() {
        String token = token();
        try (FakeRegistrationPlatform moodle = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.MOODLE, token)) {
            ToolClient.Answer page = open(moodle, token, "nl");

            assertEquals(200, page.status(), page.body());
            assertTrue(page.contentType().startsWith("text/html"), page.contentType());
            assertTrue(page.body().contains("Samenspraak registreren bij het leerplatform op 127.0.0.1?"), page.body());
            assertEquals(List.of(), moodle.configurationAuthorizations(),
                    "without the administrator's password the tool calls nothing (no server-side request forgery)");
            assertTrue(page.body().contains("<form id=\"registration-form\" method=\"post\" action=\"/lti/register\">"));
            assertTrue(page.body().contains("Geen e-mailadres"), "the page says which personal data the tool asks");
            assertEquals(moodle.configurationUrl().toString(), hidden(page.body(), "openid_configuration"));
            assertEquals(token, hidden(page.body(), "registration_token"));
            assertEquals(List.of(), moodle.registrationRequests(), "nothing is registered before the password");

            ToolClient.Answer done = submit(page.body(), ADMIN_PASSWORD, "nl");

            assertEquals(200, done.status(), done.body());
            assertTrue(done.body().contains("id=\"registration-done\""), done.body());
            assertTrue(done.body().contains("<dd id=\"registered-platform\">Moodle (Moodle "), done.body());
            String deploymentId = moodle.deploymentIds().get(0);
            assertTrue(done.body().contains("<code id=\"registered-issuer\">" + moodle.issuer() + "</code>"), done.body());
            assertTrue(done.body().contains("<code id=\"registered-client-id\">" + moodle.clientId() + "</code>"));
            assertTrue(done.body().contains("<code id=\"registered-deployment-id\">" + deploymentId + "</code>"));
            assertTheDialogIsClosedByScript(done.body());

            JsonNode stored = storedRegistration(moodle.issuer()).orElseThrow();
            assertEquals(moodle.clientId(), stored.path("clientId").asText());
            assertEquals("dynamic", stored.path("registeredBy").asText());
            assertEquals("moodle", stored.path("productFamily").asText());
            assertEquals(List.of(deploymentId), deploymentIds(stored));
            assertEquals(moodle.issuer() + "/mod/lti/auth.php", stored.path("authorizationUrl").asText());

            JsonNode sent = moodle.registrationRequests().get(0);
            String toolUrl = System.getProperty("samenspraak.it.baseUrl");
            assertEquals(toolUrl + "/lti/login", sent.path("initiate_login_uri").asText());
            assertEquals(toolUrl + "/lti/jwks", sent.path("jwks_uri").asText());
            assertFalse(sent.toString().contains("\"email\""), "the tool never asks for email addresses");
        }
    }

    @Test
    void canvasIsRegisteredInEnglishAndGivesItsDeploymentLater() {
        String token = token();
        try (FakeRegistrationPlatform canvas = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.CANVAS, token)) {
            ToolClient.Answer page = open(canvas, token, "en-GB,en;q=0.9");

            assertEquals(200, page.status(), page.body());
            assertTrue(page.body().contains("Register Samenspraak with the platform at 127.0.0.1?"), page.body());

            ToolClient.Answer done = submit(page.body(), ADMIN_PASSWORD, "en");

            assertEquals(200, done.status(), done.body());
            assertTrue(done.body().contains("id=\"registration-done\""), done.body());
            assertTrue(done.body().contains("none yet"), done.body());
            assertTrue(done.body().contains("Proefschool Zonnewijzer (Canvas "), done.body());
            assertTheDialogIsClosedByScript(done.body());
            JsonNode stored = storedRegistration(canvas.issuer()).orElseThrow();
            assertEquals(canvas.clientId(), stored.path("clientId").asText());
            assertEquals("Proefschool Zonnewijzer", stored.path("name").asText());
            assertEquals(List.of(), deploymentIds(stored));
            JsonNode messages = canvas.registrationRequests().get(0)
                    .path("https://purl.imsglobal.org/spec/lti-tool-configuration").path("messages");
            assertEquals("course_navigation", messages.get(0).path("placements").get(0).asText());
            assertEquals("[\"link_selection\",\"assignment_selection\"]", messages.get(1).path("placements").toString());
            assertTrue(canvas.configurationAuthorizations().stream().allMatch(("Bearer " + token)::equals),
                    "Canvas gets the token with every configuration request");
        }
    }

    @Test
    void aWrongPasswordShowsTheFormAgainAndStoresNothing() {
        String token = token();
        try (FakeRegistrationPlatform moodle = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.MOODLE, token)) {
            ToolClient.Answer page = open(moodle, token, "nl");

            ToolClient.Answer again = submit(page.body(), "not-the-admin-password", "nl");

            assertEquals(401, again.status(), again.body());
            assertTrue(again.body().contains("role=\"alert\""), again.body());
            assertTrue(again.body().contains("Dat is niet het beheerderswachtwoord van Samenspraak."), again.body());
            assertTrue(again.body().contains("id=\"registration-form\""), "the form is shown again");
            assertEquals(moodle.configurationUrl().toString(), hidden(again.body(), "openid_configuration"));
            assertEquals(token, hidden(again.body(), "registration_token"));
            assertFalse(again.body().contains("not-the-admin-password"), "a password is never echoed");
            assertEquals(List.of(), moodle.configurationAuthorizations(), "a wrong password makes the tool call nothing");
            assertEquals(List.of(), moodle.registrationRequests());
            assertEquals(Optional.empty(), storedRegistration(moodle.issuer()));
        }
    }

    @Test
    void aRegistrationTokenThePlatformRefusesStoresNothing() {
        try (FakeRegistrationPlatform moodle = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.MOODLE, token())) {
            ToolClient.Answer page = open(moodle, "expired-" + token(), "nl");

            ToolClient.Answer refused = submit(page.body(), ADMIN_PASSWORD, "nl");

            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.body().contains("role=\"alert\""), refused.body());
            assertTrue(refused.body().contains("Het leerplatform weigerde het registratie-token."), refused.body());
            assertTrue(refused.body().contains("Er is niets opgeslagen."), refused.body());
            assertEquals(Optional.empty(), storedRegistration(moodle.issuer()));
        }
    }

    @Test
    void aConfigurationWithAForeignIssuerIsRefused() {
        String token = token();
        try (FakeRegistrationPlatform moodle = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.MOODLE, token)
                .claimingIssuer("https://moodle.elders.example")) {
            String form = "openid_configuration=" + encode(moodle.configurationUrl().toString())
                    + "&registration_token=" + encode(token) + "&admin_password=" + encode(ADMIN_PASSWORD);
            ToolClient.Answer posted = tool.post("/lti/register", FORM, form, "Accept-Language", "nl");

            assertEquals(400, posted.status(), posted.body());
            assertTrue(posted.body().contains("role=\"alert\""), posted.body());
            assertTrue(posted.body().contains("De issuer https://moodle.elders.example ligt niet in het domein"),
                    posted.body());
            assertFalse(posted.body().contains("registration-form"), "no form to register a foreign platform");
            assertEquals(List.of(), moodle.registrationRequests());
            assertEquals(Optional.empty(), storedRegistration("https://moodle.elders.example"));
        }
    }

    @Test
    void withoutAConfigurationTheAdministratorIsToldWhereToStart() {
        ToolClient.Answer page = tool.get("/lti/register", "Accept-Language", "en");

        assertEquals(400, page.status(), page.body());
        assertTrue(page.body().contains("The platform opened the registration without openid_configuration."),
                page.body());
    }

    private static String token() {
        return "registratie-" + UUID.randomUUID();
    }

    private ToolClient.Answer open(FakeRegistrationPlatform platform, String token, String language) {
        return tool.get("/lti/register?openid_configuration=" + encode(platform.configurationUrl().toString())
                + "&registration_token=" + encode(token), "Accept-Language", language);
    }

    /** Posts the form as the browser does: its hidden fields and the password typed in. */
    private ToolClient.Answer submit(String page, String password, String language) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("openid_configuration", hidden(page, "openid_configuration"));
        fields.put("registration_token", hidden(page, "registration_token"));
        fields.put("admin_password", password);
        String body = fields.entrySet().stream().map(field -> field.getKey() + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return tool.post("/lti/register", FORM, body, "Accept-Language", language);
    }

    private void assertTheDialogIsClosedByScript(String donePage) {
        assertTrue(donePage.contains("<script type=\"module\" src=\"/static/lti/registration-close.js\"></script>"),
                donePage);
        ToolClient.Answer script = tool.get("/static/lti/registration-close.js");
        assertEquals(200, script.status());
        assertTrue(script.body().contains("window.opener || "), script.body());
        assertTrue(script.body().contains("postMessage({ subject: 'org.imsglobal.lti.close' }, '*')"), script.body());
    }

    private Optional<JsonNode> storedRegistration(String issuer) {
        ToolClient.Answer session = tool.post("/api/admin/session", "application/json",
                "{\"password\": \"" + ADMIN_PASSWORD + "\"}");
        assertEquals(200, session.status(), session.body());
        ToolClient.Answer all = tool.get("/api/admin/registrations",
                "Authorization", "Bearer " + session.json().path("token").asText());
        assertEquals(200, all.status(), all.body());
        for (JsonNode registration : all.json()) {
            if (registration.path("issuer").asText().equals(issuer)) {
                return Optional.of(registration);
            }
        }
        return Optional.empty();
    }

    private static List<String> deploymentIds(JsonNode registration) {
        List<String> ids = new ArrayList<>();
        registration.path("deployments").forEach(deployment -> ids.add(deployment.path("deploymentId").asText()));
        return ids;
    }

    /** The value of a hidden field, with the HTML escapes of the template undone. */
    private static String hidden(String page, String name) {
        Matcher field = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertTrue(field.find(), "no field " + name + " in " + page);
        Matcher escape = Pattern.compile("&(#\\d+|amp|quot|lt|gt);").matcher(field.group(1));
        StringBuilder value = new StringBuilder();
        while (escape.find()) {
            String entity = escape.group(1);
            String character = switch (entity) {
                case "amp" -> "&";
                case "quot" -> "\"";
                case "lt" -> "<";
                case "gt" -> ">";
                default -> String.valueOf((char) Integer.parseInt(entity.substring(1)));
            };
            escape.appendReplacement(value, Matcher.quoteReplacement(character));
        }
        escape.appendTail(value);
        return value.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
