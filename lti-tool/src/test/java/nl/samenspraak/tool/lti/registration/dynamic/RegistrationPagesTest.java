package nl.samenspraak.tool.lti.registration.dynamic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.web.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The registration pages: every text in both languages, values escaped, no script written into a page. */
class RegistrationPagesTest {

    private final Pages pages = new Pages();

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRefusalHasATitleAndAHintThatFormat(Language language) {
        for (RegistrationError error : RegistrationError.values()) {
            for (String part : List.of(".title", ".hint")) {
                String pattern = pages.text(language, error.textKey() + part);
                assertNotNull(pattern, error.textKey() + part);
                assertFalse(pattern.replace("''", "").contains("'"), "a quote in a pattern is written twice: " + pattern);
                String text = MessageFormat.format(pattern, "A", "B", "C");
                assertFalse(text.contains("{"), language + " " + error + part + ": " + text);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyServiceAndMessageTheToolAsksForIsExplained(Language language) {
        for (ToolScope scope : ToolScope.values()) {
            assertNotNull(pages.text(language, scope.textKey()), scope.textKey());
        }
        for (String type : List.of(ToolRegistrationRequest.RESOURCE_LINK, ToolRegistrationRequest.DEEP_LINKING)) {
            assertNotNull(pages.text(language, "register.message." + type), type);
        }
    }

    @Test
    void theFormKeepsThePlatformsValuesEscapedInHiddenFields() {
        String html = pages.render("lti-register", Language.NL, Map.of(
                "question", "Samenspraak registreren bij Moodle (https://moodle.school.nl)?",
                "platform", "Moodle 4.3", "issuer", "https://moodle.school.nl",
                "messages", List.of("Samenspraak openen"), "services", List.of(), "noServices", true,
                "configuration", "https://moodle.school.nl/config?a=1&b=\"><script>alert(1)</script>",
                "token", "eyJ0eXAi.x\"y"));

        assertTrue(html.contains("<form id=\"registration-form\" method=\"post\" action=\"/lti/register\">"), html);
        assertTrue(html.contains("value=\"https://moodle.school.nl/config?a&#61;1&amp;b&#61;&quot;&gt;&lt;script&gt;"), html);
        assertTrue(html.contains("name=\"registration_token\" value=\"eyJ0eXAi.x&quot;y\""), html);
        assertTrue(html.contains("type=\"password\" id=\"admin_password\" name=\"admin_password\""), html);
        assertFalse(html.contains("<script"), "no script on the form page");
        assertFalse(html.contains("role=\"alert\""), "no error shown when there is none");
    }

    @Test
    void theDonePageClosesTheDialogWithAScriptFileOnly() {
        String html = pages.render("lti-register-done", Language.EN, Map.of("issuer", "https://moodle.school.nl",
                "clientId", "Hx3kPz9qL2", "deploymentId", "12", "noDeployment", false, "alreadyRegistered", false));

        assertTrue(html.contains("id=\"registration-done\""), html);
        assertTrue(html.contains("<script type=\"module\" src=\"/static/lti/registration-close.js\"></script>"), html);
        assertFalse(html.replace("<script type=\"module\" src=\"/static/lti/registration-close.js\"></script>", "")
                .contains("<script"), "no inline script");
        assertTrue(html.contains("<code id=\"registered-deployment-id\">12</code>"), html);
        assertTrue(html.contains("close it yourself"), html);
    }

    @Test
    void theDonePageSaysWhatToDoWithoutADeployment() {
        String html = pages.render("lti-register-done", Language.NL, Map.of("issuer", "https://canvas.instructure.com",
                "clientId", "10000000000042", "noDeployment", true, "alreadyRegistered", false));

        assertTrue(html.contains("nog geen"), html);
        assertTrue(html.contains("neemt de eerste deployment over bij de eerste start"), html);
        assertFalse(html.contains("registered-deployment-id"), html);
    }
}
