package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.samenspraak.tool.it.platform.LoopbackCookieManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in demo platform. On the embedded-database server, whose environment switches demo mode on,
 * each person launches the tool through the whole real chain, step by step as a browser without
 * JavaScript would: the demo page, its launch link, the tool's OIDC login, the demo platform's
 * authorization endpoint, the form it posts to the tool's launch, and the session. On the PostgreSQL
 * server, in production mode, there is no demo platform at all.
 */
class DemoIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = System.getProperty("samenspraak.it.baseUrl", "http://127.0.0.1:9080");

    /** On the server that runs the demo: it-embedded.env sets SAMENSPRAAK_DEMO=true. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
    @interface OnTheDemoServer {
    }

    /** On the server in production mode: it-postgresql.env does not set SAMENSPRAAK_DEMO. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "postgresql")
    @interface OnTheProductionServer {
    }

    @OnTheDemoServer
    @ParameterizedTest(name = "{0} opens {3} in {4}")
    @CsvSource({
            "anna,  Anna de Vries, learner,       kennismakingsgesprek-film-vo,            nl",
            "bram,  Bram Jansen,   learner,       bedeesde-ouder-intercollegiale-coaching, en",
            "carla, Carla Smit,    instructor,    kennismakingsgesprek-quickscan,          nl",
            "dirk,  Dirk Bakker,   administrator, ouderbetrokkenheid-actieplan,            en"})
    void eachPersonLaunchesTheToolThroughTheRealFlow(String persona, String name, String role, String assignment,
                                                     String locale) {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.get(URI.create(BASE + "/demo"));
        assertEquals(200, page.statusCode());
        String action = attribute(page.body(), "form class=\"demo-form\" method=\"get\"", "action");
        assertTrue(page.body().contains("value=\"" + persona + "\""), "the page offers " + persona);
        assertTrue(page.body().contains("<option value=\"" + assignment + "\""), "the page offers " + assignment);
        assertTrue(page.body().contains(name), "the page names " + name);

        URI link = URI.create(action + "?" + form(Map.of("lang", "nl", "persona", persona, "assignment", assignment,
                "locale", locale, "display", "window")));
        HttpResponse<String> authorized = browser.throughLogin(browser.redirect(link, 302), persona);
        JsonNode session = browser.launch(authorized);

        assertEquals(name, session.path("user").path("name").asText(), session.toString());
        assertEquals(role, session.path("role").asText());
        assertEquals(locale, session.path("language").asText());
        assertEquals("Demo: samenwerken met ouders", session.path("course").path("title").asText());
        assertEquals("DEMO-OUDERS", session.path("course").path("label").asText());
        assertEquals(assignment, session.path("link").path("assignmentId").asText());
        assertEquals("demo-link-" + assignment, session.path("link").path("id").asText());
        assertEquals("Samenspraak demo-leeromgeving", session.path("platform").asText());
    }

    @OnTheDemoServer
    @Test
    void theCoursesLinkWithoutAnAssignmentOpensTheModuleOverview() {
        Browser browser = new Browser();
        assertTrue(browser.get(URI.create(BASE + "/demo")).body().contains("<option value=\"\">Samenspraak: alle modules</option>"),
                "the page offers the link to the tool as a whole");
        URI link = URI.create(BASE + "/demo/launch?" + form(Map.of("lang", "nl", "persona", "anna",
                "assignment", "", "locale", "nl", "display", "window")));

        HttpResponse<String> authorized = browser.throughLogin(browser.redirect(link, 302), "anna");
        JsonNode claims = payload(field(authorized.body(), "id_token"));
        JsonNode session = browser.launch(authorized);

        assertFalse(claims.path("https://purl.imsglobal.org/spec/lti/claim/custom").has("assignment"), claims.toString());
        assertEquals("demo-link-overzicht", session.path("link").path("id").asText(), session.toString());
        assertTrue(session.path("link").path("assignmentId").isNull() || session.path("link").path("assignmentId").isMissingNode(),
                "no assignment, so the page shows the module overview: " + session);
    }

    @OnTheDemoServer
    @Test
    void theToolOpensEmbeddedInTheDemosCoursePage() {
        Browser browser = new Browser();
        URI link = URI.create(BASE + "/demo/launch?" + form(Map.of("lang", "en", "persona", "bram",
                "assignment", "klavertje-vier", "locale", "en", "display", "iframe")));

        URI coursePage = browser.redirect(link, 303);
        assertTrue(coursePage.toString().startsWith(BASE + "/demo/course?"), coursePage.toString());
        HttpResponse<String> course = browser.get(coursePage);
        assertEquals(200, course.statusCode());
        assertTrue(course.body().contains("Bram Jansen"), "the course page shows who is signed in");
        URI frame = URI.create(attribute(course.body(), "iframe", "src"));
        assertTrue(frame.toString().startsWith(BASE + "/lti/login?"), frame.toString());
        HttpResponse<String> authorized = browser.throughLogin(frame, "bram");
        String idToken = field(authorized.body(), "id_token");
        JsonNode claims = payload(idToken);

        assertEquals("iframe", claims.path("https://purl.imsglobal.org/spec/lti/claim/launch_presentation")
                .path("document_target").asText());
        JsonNode session = browser.launch(authorized);
        assertEquals("Bram Jansen", session.path("user").path("name").asText());
        assertEquals("klavertje-vier", session.path("link").path("assignmentId").asText());
    }

    @OnTheDemoServer
    @Test
    void theIdTokenIsSignedWithAKeyOfThePublishedKeySet() {
        Browser browser = new Browser();
        HttpResponse<String> authorized = browser.throughLogin(browser.redirect(launchLink("carla"), 302), "carla");
        String header = new String(Base64.getUrlDecoder().decode(field(authorized.body(), "id_token").split("\\.")[0]),
                StandardCharsets.UTF_8);
        JsonNode keys = json(browser.get(URI.create(BASE + "/demo/jwks")).body());

        String kid = json(header).path("kid").asText();
        assertEquals("RS256", json(header).path("alg").asText());
        assertEquals(kid, keys.path("keys").get(0).path("kid").asText());
        assertFalse(keys.path("keys").get(0).has("d"), "no private part is published");
    }

    @OnTheDemoServer
    @Test
    void aForgedMessageHintIsRefused() {
        Browser browser = new Browser();
        URI login = browser.redirect(launchLink("anna"), 302);
        Map<String, String> parameters = query(login);
        String[] hint = parameters.get("lti_message_hint").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(hint[1]), StandardCharsets.UTF_8);
        parameters.put("lti_message_hint", hint[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"anna\"", "\"carla\"").getBytes(StandardCharsets.UTF_8)) + "." + hint[2]);
        parameters.put("login_hint", "carla");

        HttpResponse<String> refused = browser.get(browser.redirect(
                URI.create(BASE + "/lti/login?" + form(parameters)), 302));

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Deze link uit de demo-cursus is verlopen of veranderd."), refused.body());
        assertFalse(refused.body().contains("id_token"), "no token for a forged hint");
    }

    @OnTheDemoServer
    @Test
    void aHintCannotLaunchAnotherPersonNorSomeoneUnknown() {
        Browser browser = new Browser();
        Map<String, String> parameters = query(browser.redirect(launchLink("anna"), 302));

        parameters.put("login_hint", "carla");
        HttpResponse<String> otherPerson = browser.get(browser.redirect(
                URI.create(BASE + "/lti/login?" + form(parameters)), 302));
        parameters.put("login_hint", "eve");
        HttpResponse<String> unknown = browser.get(browser.redirect(
                URI.create(BASE + "/lti/login?" + form(parameters)), 302));

        assertEquals(400, otherPerson.statusCode());
        assertTrue(otherPerson.body().contains("Deze link uit de demo-cursus hoort bij iemand anders."), otherPerson.body());
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("Deze persoon bestaat niet in de demo-leeromgeving."), unknown.body());
    }

    @OnTheDemoServer
    @Test
    void anUnknownPersonOnTheDemoPageIsAnErrorAtTheField() {
        HttpResponse<String> refused = new Browser().get(URI.create(BASE + "/demo/launch?" + form(Map.of(
                "lang", "en", "persona", "eve", "assignment", "klavertje-vier", "locale", "nl", "display", "window"))));

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("id=\"persona-error\">Choose who you are"), refused.body());
        assertFalse(refused.body().contains("id=\"assignment-error\""), "the assignment was fine");
        assertTrue(refused.body().contains("<option value=\"klavertje-vier\" selected>"), "the choice is kept");
    }

    @OnTheDemoServer
    @Test
    void theDemoIsRegisteredAsTheAdministrationShowsIt() {
        List<JsonNode> demo = registrations().stream()
                .filter(registration -> registration.path("registeredBy").asText().equals("demo")).toList();

        assertEquals(1, demo.size(), demo.toString());
        JsonNode registration = demo.get(0);
        assertEquals(BASE + "/demo", registration.path("issuer").asText());
        assertEquals("samenspraak-demo", registration.path("clientId").asText());
        assertEquals(BASE + "/demo/authorize", registration.path("authorizationUrl").asText());
        assertEquals(BASE + "/demo/jwks", registration.path("jwksUrl").asText());
        assertEquals("samenspraak-demo-deployment", registration.path("deployments").get(0).path("deploymentId").asText());
        assertEquals(200, head("/demo"), "the landing page shows the way to the demo");
    }

    @OnTheProductionServer
    @Test
    void everyDemoPathIsNotFound() {
        Browser browser = new Browser();
        for (String path : List.of("/demo", "/demo/", "/demo/jwks", "/demo/course?persona=anna",
                "/demo/launch?persona=anna&assignment=klavertje-vier&locale=nl&display=window",
                "/demo/authorize?scope=openid&response_type=id_token&client_id=samenspraak-demo")) {
            HttpResponse<String> answer = browser.get(URI.create(BASE + path));

            assertEquals(404, answer.statusCode(), path);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
            assertTrue(answer.body().contains("SAMENSPRAAK_DEMO=true"), "the demo's own refusal: " + answer.body());
        }
        assertEquals(404, head("/demo"), "the landing page keeps the way to the demo hidden");
    }

    @OnTheProductionServer
    @Test
    void thereIsNoDemoRegistration() {
        List<JsonNode> registrations = registrations();

        assertTrue(registrations.stream().noneMatch(registration ->
                registration.path("registeredBy").asText().equals("demo")
                        || registration.path("clientId").asText().equals("samenspraak-demo")), registrations.toString());
    }

    private static URI launchLink(String persona) {
        return URI.create(BASE + "/demo/launch?" + form(Map.of("lang", "nl", "persona", persona,
                "assignment", "klavertje-vier", "locale", "nl", "display", "window")));
    }

    /** The registrations, as the administrator sees them through the admin API. */
    private static List<JsonNode> registrations() {
        ToolClient tool = new ToolClient();
        ToolClient.Answer signedIn = tool.send(HttpRequest.newBuilder(URI.create(BASE + "/api/admin/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"it-admin-password\"}")).build());
        assertEquals(200, signedIn.status(), signedIn.body());
        ToolClient.Answer all = tool.get("/api/admin/registrations",
                "Authorization", "Bearer " + signedIn.json().path("token").asText());
        assertEquals(200, all.status(), all.body());
        return StreamSupport.stream(all.json().spliterator(), false).toList();
    }

    private static int head(String path) {
        return new ToolClient().send(HttpRequest.newBuilder(URI.create(BASE + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build()).status();
    }

    /** A browser with its own cookies that does not follow redirects, so the test sees every step. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new LoopbackCookieManager(CookiePolicy.ACCEPT_ORIGINAL_SERVER))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(URI uri) {
            return send(HttpRequest.newBuilder(uri).header("Accept-Language", "nl").GET().build());
        }

        /** Where a GET answered with this redirect status sends the browser. */
        URI redirect(URI uri, int status) {
            HttpResponse<String> response = get(uri);
            assertEquals(status, response.statusCode(), uri + " answered " + response.body());
            return URI.create(response.headers().firstValue("Location").orElseThrow());
        }

        /**
         * From the tool's login URL to the demo platform's auto-post page: the login sets the state cookie and
         * sends the browser to the demo's authorization endpoint, which answers with the form for the tool.
         */
        HttpResponse<String> throughLogin(URI login, String persona) {
            assertTrue(login.toString().startsWith(BASE + "/lti/login?"), login.toString());
            Map<String, String> initiation = query(login);
            assertEquals(BASE + "/demo", initiation.get("iss"));
            assertEquals(persona, initiation.get("login_hint"));
            assertEquals("samenspraak-demo", initiation.get("client_id"));
            assertEquals("samenspraak-demo-deployment", initiation.get("lti_deployment_id"));
            assertEquals(BASE + "/lti/launch", initiation.get("target_link_uri"));

            HttpResponse<String> loggedIn = get(login);
            assertEquals(302, loggedIn.statusCode(), loggedIn.body());
            assertTrue(loggedIn.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("lti_state_")));
            URI authorize = URI.create(loggedIn.headers().firstValue("Location").orElseThrow());
            assertTrue(authorize.toString().startsWith(BASE + "/demo/authorize?"), authorize.toString());

            HttpResponse<String> authorized = get(authorize);
            assertEquals(200, authorized.statusCode(), authorized.body());
            assertTrue(authorized.body().contains("<script type=\"module\" src=\"/static/demo/autosubmit.js\">"));
            assertTrue(authorized.body().contains("<button type=\"submit\">"), "a button posts it without JavaScript");
            return authorized;
        }

        /** Posts the auto-post page's form to the tool, follows the 303 to the tool's page and reads the session. */
        JsonNode launch(HttpResponse<String> autoPostPage) {
            String body = autoPostPage.body();
            URI action = URI.create(attribute(body, "form id=\"demo-launch\" method=\"post\"", "action"));
            assertEquals(URI.create(BASE + "/lti/launch"), action);
            HttpResponse<String> launched = send(HttpRequest.newBuilder(action)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                            "id_token", field(body, "id_token"), "state", field(body, "state"))))).build());
            assertEquals(303, launched.statusCode(), launched.body());
            String location = launched.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith(BASE + "/app/#code="), location);
            HttpResponse<String> exchanged = send(HttpRequest.newBuilder(URI.create(BASE + "/api/session/exchange"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + location.substring(
                            location.indexOf("#code=") + 6) + "\"}")).build());
            assertEquals(200, exchanged.statusCode(), exchanged.body());

            HttpResponse<String> session = send(HttpRequest.newBuilder(URI.create(BASE + "/api/session"))
                    .header("Authorization", "Bearer " + json(exchanged.body()).path("token").asText())
                    .header("Accept", "application/json").GET().build());
            assertEquals(200, session.statusCode(), session.body());
            return json(session.body());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The value of an attribute of the first element that starts with {@code opening}. */
    private static String attribute(String html, String opening, String name) {
        Matcher element = Pattern.compile("<" + Pattern.quote(opening) + "[^>]*>").matcher(html);
        assertTrue(element.find(), "no <" + opening + "> in " + html);
        Matcher value = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(element.group());
        assertTrue(value.find(), "no " + name + " in " + element.group());
        return unescape(value.group(1));
    }

    /** The value of the hidden form field with this name. */
    private static String field(String html, String name) {
        Matcher input = Pattern.compile("<input type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\">")
                .matcher(html);
        assertTrue(input.find(), "no field " + name + " in " + html);
        return unescape(input.group(1));
    }

    /** HTML character references as the templates write them: &amp;, &quot;, &#61; and the like. */
    private static String unescape(String text) {
        Matcher reference = Pattern.compile("&(#\\d+|amp|quot|lt|gt);").matcher(text);
        StringBuilder plain = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "quot" -> "\"";
                case "lt" -> "<";
                case "gt" -> ">";
                default -> String.valueOf((char) Integer.parseInt(name.substring(1)));
            };
            reference.appendReplacement(plain, Matcher.quoteReplacement(character));
        }
        return reference.appendTail(plain).toString();
    }

    private static JsonNode payload(String jwt) {
        return json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
