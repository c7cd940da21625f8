package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.samenspraak.tool.it.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The administration pages as a school administrator uses them, in a real browser: sign in, register a
 * platform (after a mistake), add a deployment, disable and enable it, copy a value, rotate the keys,
 * switch language, reload, sign out; and the same pages on a phone. axe-core checks every state.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class AdminPagesBrowserIT {

    private static final String PASSWORD = "it-admin-password";
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Each test starts signed out: the tab's sessionStorage holds the admin token. */
    @BeforeEach
    void signedOut() {
        browser.open("/admin/");
        ((JavascriptExecutor) browser.driver()).executeScript("sessionStorage.clear()");
        browser.open("/admin/");
    }

    @Test
    void anAdministratorConnectsAPlatformAndRotatesTheKeys() {
        String issuer = "https://lms-" + System.nanoTime() + ".example.org";

        // A wrong password first: the API's message shows at the field, and the field has the focus.
        WebElement password = browser.visible(By.id("sign-in-password"));
        browser.assertAccessible("the sign-in form");
        browser.screenshot("admin-01-sign-in");
        password.sendKeys("not-the-password");
        submit("ss-admin-sign-in form");
        WebElement error = browser.visible(By.id("sign-in-password-error"));
        assertEquals("Dat is niet het beheerderswachtwoord.", error.getText());
        assertEquals("true", password.getDomAttribute("aria-invalid"));
        assertTrue(password.getDomAttribute("aria-describedby").contains("sign-in-password-error"));
        assertEquals("sign-in-password", focusedId());
        browser.assertAccessible("the sign-in form with a wrong password");
        browser.screenshot("admin-02-wrong-password");

        password.clear();
        password.sendKeys(PASSWORD);
        submit("ss-admin-sign-in form");
        browser.visible(By.id("dashboard-title"));
        browser.visible(By.cssSelector("[data-copy=loginUrl]"));
        browser.visible(By.id("rotate-keys"));
        waitForStatus("Je bent aangemeld als beheerder.");
        browser.assertAccessible("the dashboard");
        browser.screenshot("admin-03-dashboard");

        // A platform with a bad address: the field says what is wrong, and what was typed stays.
        click(By.id("add-platform"));
        type("platform-issuer", issuer);
        type("platform-clientId", "client-browser");
        type("platform-name", "Browserschool");
        type("platform-authorizationUrl", "lms.example.org/auth");
        type("platform-tokenUrl", issuer + "/token");
        type("platform-jwksUrl", issuer + "/jwks");
        type("platform-deploymentIds", "site-1");
        submit("ss-platform-form form");
        WebElement badAddress = browser.visible(By.id("platform-authorizationUrl-error"));
        assertTrue(badAddress.getText().contains("https"), badAddress.getText());
        WebElement authorizationUrl = field("platform-authorizationUrl");
        assertEquals("true", authorizationUrl.getDomAttribute("aria-invalid"));
        assertTrue(authorizationUrl.getDomAttribute("aria-describedby").contains("platform-authorizationUrl-error"));
        assertEquals("platform-authorizationUrl", focusedId());
        assertEquals(issuer, field("platform-issuer").getDomProperty("value"));
        assertEquals("Browserschool", field("platform-name").getDomProperty("value"));
        assertEquals("site-1", field("platform-deploymentIds").getDomProperty("value"));
        browser.visible(By.id("platform-form-summary"));
        browser.assertAccessible("the platform form with a wrong field");
        browser.screenshot("admin-04-platform-form-error");

        authorizationUrl.clear();
        authorizationUrl.sendKeys(issuer + "/auth");
        submit("ss-platform-form form");
        waitForStatus("Platform Browserschool is toegevoegd.");
        WebElement row = platformRow(issuer);
        String id = row.getDomAttribute("data-registration");
        assertTrue(row.getText().contains("site-1"), row.getText());
        assertTrue(row.getText().contains("Ingeschakeld"), row.getText());
        assertEquals("platforms-title", focusedId());

        // A second deployment, with a name, on the platform's own page.
        click(By.cssSelector("[data-edit='" + id + "']"));
        type("deployment-deploymentId", "course-42");
        type("deployment-label", "Cursus Ouderbetrokkenheid");
        submit("ss-deployments form");
        waitForStatus("Deployment course-42 is opgeslagen.");
        browser.visible(By.cssSelector("[data-remove-deployment='course-42']"));
        browser.assertAccessible("a platform's page with its deployments");
        browser.screenshot("admin-05-platform-deployments");
        // Removing a deployment asks first, saying whose work it affects.
        type("deployment-deploymentId", "course-43");
        submit("ss-deployments form");
        waitForStatus("Deployment course-43 is opgeslagen.");
        click(By.cssSelector("[data-remove-deployment='course-43']"));
        WebElement removal = browser.visible(By.cssSelector("dialog.confirm"));
        assertTrue(removal.getText().contains("het werk van 0 leraren in 0 cursussen"), removal.getText());
        browser.assertAccessible("a deployment's removal confirmation");
        browser.screenshot("admin-05b-deployment-removal-confirmation");
        removal.findElement(By.cssSelector("[data-confirm]")).click();
        waitForStatus("Deployment course-43 is verwijderd.");
        click(By.xpath("//button[text()='Terug naar de leerplatforms']"));
        assertTrue(platformRow(issuer).getText().contains("course-42 – Cursus Ouderbetrokkenheid"));

        // Disabled and enabled again; the focus stays on the button.
        click(By.cssSelector("[data-toggle='" + id + "']"));
        waitForStatus("Platform Browserschool is uitgeschakeld: het kan Samenspraak niet meer starten.");
        assertTrue(platformRow(issuer).getText().contains("Uitgeschakeld"));
        assertEquals(id, browser.driver().switchTo().activeElement().getDomAttribute("data-toggle"));
        browser.screenshot("admin-06-platform-disabled");
        click(By.cssSelector("[data-toggle='" + id + "']"));
        waitForStatus("Platform Browserschool is ingeschakeld.");
        assertTrue(platformRow(issuer).getText().contains("Ingeschakeld"));

        // Copying the login URL puts it on the clipboard and says so.
        browser.allowClipboard(true);
        click(By.cssSelector("[data-copy=loginUrl]"));
        waitForStatus("Login-URL is gekopieerd.");
        assertEquals(browser.baseUrl() + "/lti/login", browser.clipboardText());

        // Rotating the keys, after a confirmation: the next key becomes the current one.
        String next = browser.visible(By.cssSelector("#key-table tr[data-status=next]")).getDomAttribute("data-kid");
        click(By.id("rotate-keys"));
        WebElement dialog = browser.visible(By.cssSelector("dialog.confirm"));
        assertTrue(dialog.getText().contains("7 dagen"), dialog.getText());
        browser.assertAccessible("the key rotation's confirmation");
        browser.screenshot("admin-07-rotate-confirmation");
        dialog.findElement(By.cssSelector("[data-confirm]")).click();
        waitForStatus("De sleutels zijn gewisseld.");
        assertEquals(next, browser.visible(By.cssSelector("#key-table tr[data-status=current]")).getDomAttribute("data-kid"));
        assertEquals("rotate-keys", focusedId());
        browser.screenshot("admin-08-keys-rotated");

        // English and back: the page speaks the other language and keeps its place.
        click(By.id("language-switch"));
        browser.waitUntil(driver -> driver.findElement(By.id("dashboard-title")).getText().equals("Samenspraak administration"));
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"));
        assertTrue(browser.visible(By.id("values-title")).getText().equals("Values for your learning platform"));
        assertEquals("language-switch", focusedId());
        browser.assertAccessible("the dashboard in English");
        browser.screenshot("admin-09-english");
        click(By.id("language-switch"));
        browser.waitUntil(driver -> driver.findElement(By.id("dashboard-title")).getText().equals("Beheer van Samenspraak"));

        // A reload keeps the sign-in; signing out ends it, also after a reload.
        browser.driver().navigate().refresh();
        browser.visible(By.id("dashboard-title"));
        assertTrue(platformRow(issuer).isDisplayed());
        click(By.id("sign-out"));
        assertEquals("Je bent afgemeld.", browser.visible(By.id("sign-in-reason")).getText());
        browser.driver().navigate().refresh();
        browser.visible(By.id("sign-in-password"));
        assertFalse(browser.driver().findElements(By.id("dashboard-title")).stream().anyMatch(WebElement::isDisplayed));
    }

    @Test
    void anEnglishAdministratorGetsTheEnglishPageAndTheSwitchIsRemembered() {
        try (Browser english = Browser.startInLanguages("en-GB,en")) {
            english.open("/admin/");
            WebElement password = english.visible(By.id("sign-in-password"));
            assertEquals("Samenspraak administration", english.text("ss-admin-sign-in h1"));
            assertEquals("en", english.script("return document.documentElement.lang"));
            password.sendKeys("not-the-password");
            english.click(english.driver().findElement(By.cssSelector("ss-admin-sign-in button[type=submit]")));
            assertEquals("That is not the administrator password.",
                    english.visible(By.id("sign-in-password-error")).getText(), "the API answers in English too");
            english.assertAccessible("the sign-in form in English");
            english.screenshot("admin-12-english-sign-in");
            english.phoneViewport(390, 844);
            english.screenshot("admin-13-english-sign-in-phone");
            english.desktopViewport();

            // The switch to Dutch holds over a reload in this tab, whatever the browser asks for.
            english.click(english.visible(By.id("language-switch")));
            english.waitUntil(driver -> "Beheer van Samenspraak".equals(english.text("ss-admin-sign-in h1")));
            english.driver().navigate().refresh();
            english.visible(By.id("sign-in-password"));
            assertEquals("Beheer van Samenspraak", english.text("ss-admin-sign-in h1"));
            assertEquals("nl", english.script("return document.documentElement.lang"));
        }
    }

    @Test
    void aRefusedTokenBringsBackTheSignInFormWithTheReason() {
        browser.visible(By.id("sign-in-password"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "sessionStorage.setItem('samenspraak.admin', 'not-a-token')");
        browser.driver().navigate().refresh();

        WebElement reason = browser.visible(By.id("sign-in-reason"));
        assertTrue(reason.getText().startsWith("Je aanmelding is verlopen"), reason.getText());
        assertEquals("sign-in-password", focusedId());
        assertEquals(null, ((JavascriptExecutor) browser.driver()).executeScript(
                "return sessionStorage.getItem('samenspraak.admin')"));
    }

    @Test
    void thePagesWorkOnAPhone() {
        browser.phoneViewport(360, 740);
        try {
            signIn();
            browser.visible(By.cssSelector("[data-copy=loginUrl]"));
            browser.visible(By.id("rotate-keys"));
            browser.visible(By.id("platform-table"));

            assertNoSidewaysScrolling();
            browser.assertAccessible("the dashboard on a phone");
            browser.screenshot("admin-10-phone");
            click(By.id("add-platform"));
            browser.visible(By.id("platform-issuer"));
            assertNoSidewaysScrolling();
            browser.screenshot("admin-11-phone-form");
            browser.phoneViewport(320, 640);
            assertNoSidewaysScrolling();
        } finally {
            browser.desktopViewport();
        }
    }

    @Test
    void withoutAClipboardTheValueIsSelectedToCopyByHand() {
        signIn();
        browser.allowClipboard(false);

        click(By.cssSelector("[data-copy=keySetUrl]"));

        waitForStatus("Kopiëren kon niet automatisch. Sleutelset-URL (JWKS) is geselecteerd: druk op Ctrl+C");
        assertEquals("value-keySetUrl", focusedId());
        assertEquals(browser.baseUrl() + "/lti/jwks",
                ((JavascriptExecutor) browser.driver()).executeScript("return window.getSelection().toString()"));
    }

    private static void signIn() {
        browser.visible(By.id("sign-in-password")).sendKeys(PASSWORD);
        submit("ss-admin-sign-in form");
        browser.visible(By.id("dashboard-title"));
    }

    private static void assertNoSidewaysScrolling() {
        Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0L, ((Number) overflow).longValue(), "the page scrolls sideways");
    }

    private static WebElement platformRow(String issuer) {
        return browser.visible(By.xpath("//table[@id='platform-table']//tr[td/code[text()='" + issuer + "']]"));
    }

    private static WebElement field(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private static void type(String id, String text) {
        WebElement input = browser.visible(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void click(By locator) {
        browser.visible(locator).click();
    }

    private static void submit(String form) {
        browser.driver().findElement(By.cssSelector(form + " button[type=submit]")).click();
    }

    private static String focusedId() {
        return browser.driver().switchTo().activeElement().getDomAttribute("id");
    }

    private static void waitForStatus(String start) {
        browser.waitUntil(driver -> driver.findElement(By.id("admin-status")).getText().startsWith(start));
    }
}
