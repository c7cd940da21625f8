package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.admin.AdminToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin API as a client sees it: sign-in, the token on every other endpoint, the tool's values,
 * registrations with their validation and deployments, enabling and disabling, and key rotation. The
 * sign-in rate limit is in {@link AdminSignInThrottleIT}, which runs last.
 */
class AdminApiIT {

    private static final AdminClient admin = new AdminClient();
    private static String token;

    @BeforeAll
    static void signIn() {
        token = admin.signIn();
    }

    // --- sign-in ---

    @Test
    void theRightPasswordGivesATokenForAnHour() {
        ToolClient.Answer signedIn = admin.signIn(AdminClient.PASSWORD);

        assertEquals(200, signedIn.status(), signedIn.body());
        assertFalse(signedIn.json().path("token").asText().isEmpty());
        Instant expiresAt = Instant.parse(signedIn.json().path("expiresAt").asText());
        Duration left = Duration.between(Instant.now(), expiresAt);
        assertTrue(left.compareTo(Duration.ofMinutes(55)) > 0 && left.compareTo(Duration.ofMinutes(65)) < 0, left.toString());
    }

    @Test
    void aWrongPasswordIsRefusedInTheRequestsLanguage() {
        ToolClient.Answer dutch = admin.signIn("niet-het-wachtwoord");
        ToolClient.Answer english = admin.signIn("not-the-password", "Accept-Language", "en");
        // A good sign-in clears this address's failures, so the rate limit does not reach other tests.
        ToolClient.Answer right = admin.signIn(AdminClient.PASSWORD);

        assertProblem(dutch, 401);
        assertEquals("Dat is niet het beheerderswachtwoord.", dutch.json().path("detail").asText());
        assertProblem(english, 401);
        assertEquals("That is not the administrator password.", english.json().path("detail").asText());
        assertEquals(200, right.status());
    }

    @Test
    void anEmptyPasswordNamesTheField() {
        ToolClient.Answer empty = admin.signIn("");
        ToolClient.Answer noBody = admin.call("POST", "/api/admin/session", null, "{}");
        ToolClient.Answer english = admin.signIn("", "Accept-Language", "en");

        assertEquals(List.of("password"), fields(empty));
        assertEquals("Vul het beheerderswachtwoord in.", empty.json().path("detail").asText());
        assertEquals(List.of("password"), fields(noBody));
        assertEquals("Fill in the administrator password.", english.json().path("detail").asText());
    }

    // --- the token ---

    @Test
    void everyAdminEndpointNeedsAToken() {
        for (Endpoint endpoint : adminEndpoints()) {
            ToolClient.Answer refused = admin.call(endpoint.method(), endpoint.path(), null, endpoint.body());

            assertProblem(refused, 401, endpoint.toString());
            assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), endpoint.toString());
            assertTrue(refused.json().path("detail").asText().startsWith("Meld je eerst aan als beheerder"), refused.body());
        }
    }

    @Test
    void aForgedOrForeignTokenIsRefused() {
        Instant now = Instant.now();
        byte[] otherSecret = new byte[32];
        new SecureRandom().nextBytes(otherSecret);
        List<String> tokens = List.of("not-a-token", token + "x", token.substring(0, token.lastIndexOf('.') + 1),
                new AdminToken(now, now.plus(Duration.ofHours(1))).toJWT(otherSecret));

        for (String wrong : tokens) {
            for (Endpoint endpoint : adminEndpoints()) {
                assertProblem(admin.call(endpoint.method(), endpoint.path(), wrong, endpoint.body()), 401, endpoint.toString());
            }
        }
    }

    @Test
    void aRefusalWithoutTokenSaysSoInEnglishWhenAskedAndChangesNothing() {
        String issuer = uniqueIssuer();

        ToolClient.Answer refused = admin.call("POST", "/api/admin/registrations", null, form(issuer, "c1"),
                "Accept-Language", "en");

        assertProblem(refused, 401);
        assertTrue(refused.json().path("detail").asText().startsWith("Sign in as administrator first"), refused.body());
        assertFalse(issuers().contains(issuer), "nothing was registered");
    }

    // --- the tool's values ---

    @Test
    void theToolsValuesAreItsPublicAddresses() {
        ToolClient.Answer values = admin.call("GET", "/api/admin/tool", token, null);
        String base = admin.tool().baseUrl();

        assertEquals(200, values.status(), values.body());
        JsonNode json = values.json();
        assertEquals(base, json.path("toolUrl").asText());
        assertEquals(base.replace("http://", ""), json.path("domain").asText());
        assertEquals(base + "/lti/login", json.path("loginUrl").asText());
        assertEquals(base + "/lti/launch", json.path("redirectUri").asText());
        assertEquals(base + "/lti/launch", json.path("deepLinkingUrl").asText());
        assertEquals(base + "/lti/jwks", json.path("keySetUrl").asText());
        assertEquals(base + "/lti/register", json.path("dynamicRegistrationUrl").asText());
    }

    // --- registrations ---

    @Test
    void aPlatformIsAddedListedChangedAndRemoved() {
        String issuer = uniqueIssuer();

        ToolClient.Answer added = admin.call("POST", "/api/admin/registrations", token,
                form(issuer, "client-1", "site-1", "course-7"));

        assertEquals(201, added.status(), added.body());
        long id = added.json().path("id").asLong();
        assertEquals("/api/admin/registrations/" + id, URI.create(added.location()).getPath());
        assertEquals(issuer, added.json().path("issuer").asText());
        assertEquals("client-1", added.json().path("clientId").asText());
        assertEquals("Proefplatform", added.json().path("name").asText());
        assertEquals(issuer + "/auth", added.json().path("authorizationUrl").asText());
        assertTrue(added.json().path("enabled").asBoolean());
        assertEquals("manual", added.json().path("registeredBy").asText());
        assertEquals(List.of("site-1", "course-7"), deploymentIds(added.json()));
        assertEquals(0, added.json().path("usage").path("users").asInt());
        assertFalse(added.json().path("usage").has("lastLaunchAt"), "never launched");
        assertTrue(issuers().contains(issuer));
        assertEquals(added.json(), admin.call("GET", "/api/admin/registrations/" + id, token, null).json());

        Map<String, Object> change = form(issuer, "client-1");
        change.put("name", "Hernoemd platform");
        change.put("tokenUrl", issuer + "/oauth2/token");
        ToolClient.Answer changed = admin.call("PUT", "/api/admin/registrations/" + id, token, change);

        assertEquals(200, changed.status(), changed.body());
        assertEquals("Hernoemd platform", changed.json().path("name").asText());
        assertEquals(issuer + "/oauth2/token", changed.json().path("tokenUrl").asText());
        assertEquals(List.of("site-1", "course-7"), deploymentIds(changed.json()), "a change keeps the deployments");

        assertEquals(204, admin.call("DELETE", "/api/admin/registrations/" + id, token, null).status());
        assertProblem(admin.call("GET", "/api/admin/registrations/" + id, token, null), 404);
        assertProblem(admin.call("DELETE", "/api/admin/registrations/" + id, token, null), 404);
        assertFalse(issuers().contains(issuer));
    }

    @Test
    void aPlatformWithoutANameIsNamedAfterItsIssuersHost() {
        String issuer = uniqueIssuer();
        Map<String, Object> form = form(issuer, "client-1");
        form.put("name", " ");

        ToolClient.Answer added = admin.call("POST", "/api/admin/registrations", token, form);

        assertEquals(201, added.status(), added.body());
        assertEquals(URI.create(issuer).getHost(), added.json().path("name").asText());
        remove(added);
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsSaved() {
        String issuer = uniqueIssuer();
        Map<String, Object> form = new HashMap<>();
        form.put("issuer", "moodle.school.nl");
        form.put("clientId", " ");
        form.put("name", "n".repeat(201));
        form.put("authorizationUrl", "ftp://" + issuer.substring(8) + "/auth");
        form.put("tokenUrl", "http://lms.example.org/token");
        form.put("jwksUrl", "");

        ToolClient.Answer refused = admin.call("POST", "/api/admin/registrations", token, form);

        assertProblem(refused, 400);
        assertEquals(List.of("issuer", "clientId", "name", "authorizationUrl", "tokenUrl", "jwksUrl"), fields(refused));
        assertEquals("De registratie is niet opgeslagen: verbeter de velden hieronder.", refused.json().path("detail").asText());
        assertTrue(message(refused, "tokenUrl").contains("https"), refused.body());
        assertTrue(message(refused, "clientId").contains("client-ID"), refused.body());
        assertFalse(issuers().contains("moodle.school.nl"));
    }

    @Test
    void fieldMessagesFollowTheRequestsLanguage() {
        Map<String, Object> form = form(uniqueIssuer(), "");

        ToolClient.Answer english = admin.call("POST", "/api/admin/registrations", token, form, "Accept-Language", "en-GB,en;q=0.8");

        assertEquals(List.of("clientId"), fields(english));
        assertEquals("The registration was not saved: correct the fields named below.", english.json().path("detail").asText());
        assertEquals("Fill in the client ID the platform gave Samenspraak.", message(english, "clientId"));
    }

    @Test
    void anIssuerWithAQueryAndABlankDeploymentIdAreRefused() {
        String issuer = uniqueIssuer();
        Map<String, Object> withQuery = form(issuer + "?tenant=1", "client-1");
        Map<String, Object> blankDeployment = form(issuer, "client-1", "site-1", " ");

        ToolClient.Answer query = admin.call("POST", "/api/admin/registrations", token, withQuery);
        ToolClient.Answer deployment = admin.call("POST", "/api/admin/registrations", token, blankDeployment);

        assertEquals(List.of("issuer"), fields(query));
        assertTrue(message(query, "issuer").contains("vraagteken"), query.body());
        assertEquals(List.of("deploymentId"), fields(deployment));
        assertFalse(issuers().contains(issuer), "a refused deployment ID refuses the whole registration");
    }

    @Test
    void aBodyThatIsNotTheRightJsonIsABadRequest() {
        ToolClient.Answer broken = admin.call("POST", "/api/admin/registrations", token, "{\"issuer\": ");
        ToolClient.Answer unknownField = admin.call("POST", "/api/admin/registrations", token, "{\"issuer\": \"x\", \"colour\": 1}");
        ToolClient.Answer none = admin.call("PUT", "/api/admin/registrations/1", token, "null");

        assertProblem(broken, 400);
        assertEquals(List.of("colour"), fields(unknownField));
        assertProblem(none, 400);
    }

    @Test
    void aChangeThatIsRefusedLeavesTheRegistrationAsItWas() {
        ToolClient.Answer added = admin.call("POST", "/api/admin/registrations", token, form(uniqueIssuer(), "client-1"));
        long id = added.json().path("id").asLong();
        Map<String, Object> bad = form(added.json().path("issuer").asText(), "client-1");
        bad.put("name", "Nieuwe naam");
        bad.put("jwksUrl", "geen adres");

        ToolClient.Answer refused = admin.call("PUT", "/api/admin/registrations/" + id, token, bad);

        assertEquals(List.of("jwksUrl"), fields(refused));
        assertEquals(added.json(), admin.call("GET", "/api/admin/registrations/" + id, token, null).json());
        remove(added);
    }

    @Test
    void theSameIssuerAndClientIdTwiceIsAConflict() {
        String issuer = uniqueIssuer();
        ToolClient.Answer first = admin.call("POST", "/api/admin/registrations", token, form(issuer, "client-1"));
        ToolClient.Answer other = admin.call("POST", "/api/admin/registrations", token, form(issuer, "client-2"));

        ToolClient.Answer again = admin.call("POST", "/api/admin/registrations", token, form(issuer, "client-1"));
        ToolClient.Answer changedOnto = admin.call("PUT", "/api/admin/registrations/" + other.json().path("id").asLong(),
                token, form(issuer, "client-1"));

        assertEquals(201, first.status(), first.body());
        assertEquals(201, other.status(), "one issuer may register the tool twice with another client ID");
        for (ToolClient.Answer conflict : List.of(again, changedOnto)) {
            assertProblem(conflict, 409);
            assertEquals(List.of("clientId"), fields(conflict));
            assertTrue(conflict.json().path("detail").asText().contains(issuer), conflict.body());
        }
        assertEquals("client-2", admin.call("GET", "/api/admin/registrations/" + other.json().path("id").asLong(),
                token, null).json().path("clientId").asText());
        remove(first);
        remove(other);
    }

    @Test
    void anUnknownRegistrationIsNotFound() {
        String missing = "/api/admin/registrations/987654321";
        List<Endpoint> calls = List.of(
                new Endpoint("GET", missing, null),
                new Endpoint("PUT", missing, form(uniqueIssuer(), "client-1")),
                new Endpoint("DELETE", missing, null),
                new Endpoint("PUT", missing + "/enabled", Map.of("enabled", false)),
                new Endpoint("PUT", missing + "/deployments/site-1", Map.of("label", "x")),
                new Endpoint("DELETE", missing + "/deployments/site-1", null));

        for (Endpoint call : calls) {
            ToolClient.Answer answer = admin.call(call.method(), call.path(), token, call.body());

            assertProblem(answer, 404, call.toString());
            assertTrue(answer.json().path("detail").asText().contains("987654321"), answer.body());
        }
    }

    // --- enabled ---

    @Test
    void aDisabledPlatformCannotStartALoginUntilItIsEnabledAgain() {
        String issuer = uniqueIssuer();
        ToolClient.Answer added = admin.call("POST", "/api/admin/registrations", token, form(issuer, "client-1"));
        long id = added.json().path("id").asLong();
        String login = "/lti/login?iss=" + encode(issuer) + "&client_id=client-1&login_hint=teacher-1&target_link_uri="
                + encode(admin.tool().baseUrl() + "/app/");

        ToolClient.Answer disabled = admin.call("PUT", "/api/admin/registrations/" + id + "/enabled", token, Map.of("enabled", false));
        ToolClient.Answer refusedLogin = admin.tool().get(login);

        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().path("enabled").asBoolean());
        assertEquals(403, refusedLogin.status());
        assertTrue(refusedLogin.contentType().startsWith("text/html"), refusedLogin.contentType());
        assertTrue(refusedLogin.body().contains("Samenspraak is voor dit leerplatform uitgeschakeld."), refusedLogin.body());
        assertTrue(refusedLogin.body().contains("lang=\"nl\""));

        ToolClient.Answer enabled = admin.call("PUT", "/api/admin/registrations/" + id + "/enabled", token, Map.of("enabled", true));
        ToolClient.Answer login302 = admin.tool().get(login);

        assertTrue(enabled.json().path("enabled").asBoolean());
        assertEquals(302, login302.status(), login302.body());
        assertTrue(login302.location().startsWith(issuer + "/auth?"), login302.location());
        remove(added);
    }

    @Test
    void enabledMustBeTrueOrFalse() {
        ToolClient.Answer added = admin.call("POST", "/api/admin/registrations", token, form(uniqueIssuer(), "client-1"));
        String path = "/api/admin/registrations/" + added.json().path("id").asLong() + "/enabled";

        assertEquals(List.of("enabled"), fields(admin.call("PUT", path, token, "{}")));
        assertEquals(List.of("enabled"), fields(admin.call("PUT", path, token, "{\"enabled\": \"perhaps\"}")));
        assertTrue(admin.call("GET", "/api/admin/registrations/" + added.json().path("id").asLong(), token, null)
                .json().path("enabled").asBoolean(), "still enabled");
        remove(added);
    }

    // --- deployments ---

    @Test
    void aDeploymentIsAddedRenamedAndRemoved() {
        ToolClient.Answer added = admin.call("POST", "/api/admin/registrations", token, form(uniqueIssuer(), "client-1"));
        String deployments = "/api/admin/registrations/" + added.json().path("id").asLong() + "/deployments/";
        String odd = "6:8865aa05 groep b";

        ToolClient.Answer first = admin.call("PUT", deployments + "site-1", token, Map.of("label", "Hele site"));
        ToolClient.Answer renamed = admin.call("PUT", deployments + "site-1", token, Map.of("label", "Heel Moodle"));
        ToolClient.Answer withoutLabel = admin.call("PUT", deployments + encode(odd).replace("+", "%20"), token, Map.of());

        assertEquals(200, first.status(), first.body());
        assertEquals("Hele site", deployment(first.json(), "site-1").path("label").asText());
        assertEquals(List.of("site-1"), deploymentIds(renamed.json()));
        assertEquals("Heel Moodle", deployment(renamed.json(), "site-1").path("label").asText());
        assertEquals(200, withoutLabel.status(), withoutLabel.body());
        assertFalse(deployment(withoutLabel.json(), odd).has("label"), "no label: the field is left out");

        ToolClient.Answer removed = admin.call("DELETE", deployments + "site-1", token, null);
        ToolClient.Answer again = admin.call("DELETE", deployments + "site-1", token, null);

        assertEquals(List.of(odd), deploymentIds(removed.json()));
        assertProblem(again, 404);
        assertTrue(again.json().path("detail").asText().contains("site-1"), again.body());
        remove(added);
    }

    @Test
    void aDeploymentLabelOfMoreThan200CharactersIsRefused() {
        ToolClient.Answer added = admin.call("POST", "/api/admin/registrations", token, form(uniqueIssuer(), "client-1"));
        String path = "/api/admin/registrations/" + added.json().path("id").asLong() + "/deployments/site-1";

        ToolClient.Answer refused = admin.call("PUT", path, token, Map.of("label", "x".repeat(201)));
        ToolClient.Answer blankId = admin.call("PUT", path.replace("site-1", "%20"), token, Map.of("label", "x"));

        assertEquals(List.of("label"), fields(refused));
        assertEquals(List.of("deploymentId"), fields(blankId));
        assertTrue(deploymentIds(admin.call("GET", "/api/admin/registrations/" + added.json().path("id").asLong(), token, null)
                .json()).isEmpty());
        remove(added);
    }

    // --- keys ---

    @Test
    void rotationMakesTheNextKeyCurrentAndKeepsTheOldOnePublished() {
        JsonNode before = admin.call("GET", "/api/admin/keys", token, null).json();
        String next = kid(before, "next");
        String current = kid(before, "current");

        ToolClient.Answer rotated = admin.call("POST", "/api/admin/keys/rotate", token, null);

        assertEquals(200, rotated.status(), rotated.body());
        assertEquals(next, kid(rotated.json(), "current"));
        JsonNode retired = key(rotated.json(), current);
        assertEquals("retired", retired.path("status").asText());
        assertEquals(Instant.parse(retired.path("retiredAt").asText()).plus(Duration.ofDays(7)),
                Instant.parse(retired.path("publishedUntil").asText()));
        String newNext = kid(rotated.json(), "next");
        assertNotEquals(next, newNext);
        assertNotEquals(current, newNext);
        assertEquals(rotated.json(), admin.call("GET", "/api/admin/keys", token, null).json());
        List<String> published = new ArrayList<>();
        admin.tool().get("/lti/jwks").json().path("keys").forEach(key -> published.add(key.path("kid").asText()));
        assertTrue(published.containsAll(List.of(current, next, newNext)), published.toString());
    }

    @Test
    void theKeysShowStatusAndDatesOnly() {
        ToolClient.Answer keys = admin.call("GET", "/api/admin/keys", token, null);

        assertEquals(200, keys.status());
        List<String> allowed = List.of("kid", "status", "createdAt", "activatedAt", "retiredAt", "publishedUntil");
        for (JsonNode key : keys.json()) {
            key.fieldNames().forEachRemaining(name -> assertTrue(allowed.contains(name), name + " in " + key));
            assertTrue(key.has("kid") && key.has("status") && key.has("createdAt"), key.toString());
        }
    }

    // --- helpers ---

    /** One call of the admin API; the body is sent as JSON when not null. */
    private record Endpoint(String method, String path, Object body) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every admin endpoint but sign-in. */
    private static List<Endpoint> adminEndpoints() {
        Map<String, Object> body = form(uniqueIssuer(), "client-1");
        return List.of(
                new Endpoint("GET", "/api/admin/tool", null),
                new Endpoint("GET", "/api/admin/registrations", null),
                new Endpoint("POST", "/api/admin/registrations", body),
                new Endpoint("GET", "/api/admin/registrations/1", null),
                new Endpoint("PUT", "/api/admin/registrations/1", body),
                new Endpoint("DELETE", "/api/admin/registrations/1", null),
                new Endpoint("PUT", "/api/admin/registrations/1/enabled", Map.of("enabled", false)),
                new Endpoint("PUT", "/api/admin/registrations/1/deployments/site-1", Map.of("label", "x")),
                new Endpoint("DELETE", "/api/admin/registrations/1/deployments/site-1", null),
                new Endpoint("GET", "/api/admin/keys", null),
                new Endpoint("POST", "/api/admin/keys/rotate", null));
    }

    private static String uniqueIssuer() {
        return "https://lms-" + System.nanoTime() + ".example.org";
    }

    private static Map<String, Object> form(String issuer, String clientId, String... deploymentIds) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("issuer", issuer);
        form.put("clientId", clientId);
        form.put("name", "Proefplatform");
        form.put("authorizationUrl", issuer + "/auth");
        form.put("tokenUrl", issuer + "/token");
        form.put("jwksUrl", issuer + "/jwks");
        if (deploymentIds.length > 0) {
            form.put("deploymentIds", List.of(deploymentIds));
        }
        return form;
    }

    private static void remove(ToolClient.Answer added) {
        assertEquals(204, admin.call("DELETE", "/api/admin/registrations/" + added.json().path("id").asLong(), token, null)
                .status());
    }

    private static List<String> issuers() {
        List<String> issuers = new ArrayList<>();
        admin.call("GET", "/api/admin/registrations", token, null).json().forEach(r -> issuers.add(r.path("issuer").asText()));
        return issuers;
    }

    private static List<String> fields(ToolClient.Answer answer) {
        assertTrue(answer.status() >= 400 && answer.status() < 500, answer.body());
        List<String> fields = new ArrayList<>();
        answer.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    private static String message(ToolClient.Answer answer, String field) {
        for (JsonNode error : answer.json().path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + answer.body());
    }

    private static List<String> deploymentIds(JsonNode registration) {
        List<String> ids = new ArrayList<>();
        registration.path("deployments").forEach(deployment -> ids.add(deployment.path("deploymentId").asText()));
        return ids;
    }

    private static JsonNode deployment(JsonNode registration, String deploymentId) {
        for (JsonNode deployment : registration.path("deployments")) {
            if (deployment.path("deploymentId").asText().equals(deploymentId)) {
                return deployment;
            }
        }
        throw new AssertionError("no deployment " + deploymentId + " in " + registration);
    }

    private static String kid(JsonNode keys, String status) {
        List<String> kids = new ArrayList<>();
        keys.forEach(key -> {
            if (key.path("status").asText().equals(status)) {
                kids.add(key.path("kid").asText());
            }
        });
        assertEquals(1, kids.size(), "one " + status + " key in " + keys);
        return kids.get(0);
    }

    private static JsonNode key(JsonNode keys, String kid) {
        for (JsonNode key : keys) {
            if (key.path("kid").asText().equals(kid)) {
                return key;
            }
        }
        throw new AssertionError("no key " + kid + " in " + keys);
    }

    private static void assertProblem(ToolClient.Answer answer, int status) {
        assertProblem(answer, status, "");
    }

    private static void assertProblem(ToolClient.Answer answer, int status, String what) {
        assertEquals(status, answer.status(), what + ": " + answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), what + ": " + answer.contentType());
        assertEquals(status, answer.json().path("status").asInt(), what);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
