package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.created;
import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.samenspraak.tool.it.browser.Browser;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The observer's phone in a real browser: Anna makes a link with its QR code on her peer-coaching page, opens
 * it in a tab of its own at 390 px without any platform session, fills in the form, loses the network for a
 * while and types on (the page says it is kept on the phone), gets the network back (the draft arrives at the
 * server), and submits after a confirmation. Bram's revoked English link shows a clear page. The calendar
 * feed is made on the teacher's page. axe-core checks each state; screenshots go to target/screenshots.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class ObserverPhoneBrowserIT {

    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final String BASE = "/api/assignments/" + PEER + "/peer-coaching";
    private static LtiTestbed testbed;
    private static LtiTestbed.Registered registered;
    private static Browser browser;

    @BeforeAll
    static void start() {
        testbed = new LtiTestbed();
        registered = testbed.registeredPlatform();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        testbed.close();
    }

    @Test
    void theObserverFillsInTheFormOnAPhoneThroughANetworkCutAndSubmits() {
        String annaToken = token("phone-anna", claims -> claims.set("name", "Anna de Vries"));
        String bramToken = token("phone-bram", claims -> claims.set("name", "Bram Jansen"));
        WorkClient anna = WorkClient.withToken(annaToken);
        WorkClient bram = WorkClient.withToken(bramToken);
        long bramId = ok(anna.get(BASE)).at("/peerCoaching/colleagues/0/userId").asLong();
        JsonNode partner = CoachingPairs.pair(BASE, anna, bramId, bram).at("/peerCoaching/partners/0");
        long given = partner.at("/given/id").asLong();
        long received = partner.at("/received/id").asLong();
        ok(anna.put(BASE + "/observations/" + given + "/planning", json("plannedAt", "2027-01-14T15:30", "note", "Lokaal 12")));

        // On her laptop, Anna makes the link for her phone.
        browser.openSignedIn("/app/assignments/" + PEER, annaToken);
        WebElement summary = browser.visible(By.cssSelector("#phone-" + given + " summary"));
        browser.click(summary);
        browser.click(browser.visible(By.id("phone-" + given + "-make")));
        WebElement link = browser.visible(By.id("phone-" + given + "-url"));
        browser.visible(By.cssSelector("#phone-" + given + " svg.qr-code"));
        String url = link.getDomProperty("value");
        assertTrue(url.contains("/observe/#"), url);
        browser.assertAccessible("the phone link with its QR code");
        browser.screenshot("observer-01-link-and-qr-laptop");
        browser.phoneViewport(390, 844);
        assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= 390"), "no sideways scrolling");
        browser.screenshot("observer-02-link-and-qr-phone");
        browser.desktopViewport();

        // The calendar feed, on the same page.
        browser.click(browser.visible(By.id("feed-make")));
        String feed = browser.visible(By.id("feed-url")).getDomProperty("value");
        assertTrue(feed.contains("/api/calendar-feeds/") && feed.endsWith(".ics"), feed);
        browser.assertAccessible("the calendar feed made");
        browser.screenshot("observer-03-calendar-feed");

        // The phone: a tab of its own, no session, 390 px wide.
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.phoneViewport(390, 844);
        browser.driver().get(url);
        browser.visible(By.xpath("//h1[normalize-space()='Observatieformulier']"));
        assertEquals(null, browser.script("return sessionStorage.getItem('samenspraak.session')"), "no platform session");
        assertTrue(browser.text("main").contains("Je observeert het oudergesprek van Bram Jansen."), browser.text("main"));
        List<WebElement> behaviours = browser.driver().findElements(By.cssSelector("fieldset.behaviour"));
        assertEquals(19, behaviours.size(), "every behaviour of the form");
        for (int i = 0; i < behaviours.size(); i++) {
            browser.click(behaviours.get(i).findElements(By.cssSelector(".marks label")).get(i % 3));
        }
        browser.driver().findElement(By.id("observer-compliment")).sendKeys("Je nam de ouders echt serieus.");
        waitForStatus("Verzonden om");
        assertEquals("19 van 19 gedragingen gewaardeerd.", browser.text("#observer-marked"));
        assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= 390"), "no sideways scrolling");
        browser.assertAccessible("the phone form, sent");
        browser.screenshot("observer-04-phone-form-sent");

        // The network goes; the observer types on.
        browser.cdp("Network.enable", Map.of());
        browser.cdp("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        browser.driver().findElement(By.id("observer-tip")).sendKeys("Vat aan het eind samen wat jullie afspraken.");
        waitForStatus("Bewaard op deze telefoon, nog niet verzonden. Nieuwe poging");
        assertEquals("", ok(anna.get(BASE)).at("/peerCoaching/partners/0/given/form/tip").asText(),
                "the tip has not reached the server");
        browser.assertAccessible("the phone form, kept on the phone");
        browser.screenshot("observer-05-phone-offline");

        // The network returns: the draft arrives.
        browser.cdp("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        waitForStatus("Verzonden om");
        assertEquals("Vat aan het eind samen wat jullie afspraken.",
                ok(anna.get(BASE)).at("/peerCoaching/partners/0/given/form/tip").asText());

        // Submitting asks first, saying only a trainer can undo it.
        browser.click(browser.driver().findElement(By.id("observer-submit")));
        WebElement dialog = browser.visible(By.cssSelector("dialog[open]"));
        assertTrue(dialog.getText().contains("Alleen een trainer kan het weer openzetten."), dialog.getText());
        browser.assertAccessible("the confirmation before submitting");
        browser.screenshot("observer-06-phone-confirm");
        browser.confirm();
        browser.visible(By.xpath("//h1[normalize-space()='Ingeleverd']"));
        assertEquals("submitted", ok(bram.get(BASE)).at("/peerCoaching/partners/0/received/state").asText());
        browser.assertAccessible("the phone form submitted");
        browser.screenshot("observer-07-phone-submitted");

        // Bram's English link, revoked: a clear page.
        String bramsLink = created(bram.post(BASE + "/observations/" + received + "/phone-link?lang=en", null))
                .path("url").asText();
        ok(bram.delete(BASE + "/observations/" + received + "/phone-link"));
        browser.driver().get("about:blank");
        browser.driver().get(bramsLink);
        browser.visible(By.xpath("//h1[normalize-space()='This link has been revoked']"));
        assertTrue(browser.text("#link-problem").contains("make a new link for your phone"), browser.text("#link-problem"));
        assertEquals("en", browser.script("return document.documentElement.lang"));
        browser.assertAccessible("a revoked link");
        browser.screenshot("observer-08-phone-revoked-en");
        browser.desktopViewport();
    }

    private static void waitForStatus(String start) {
        browser.waitUntil(driver -> String.valueOf(browser.text("#observer-status")).startsWith(start));
    }

    private static String token(String subject, UnaryOperator<LaunchClaims> changes) {
        return registered.platform().launch(testbed.browser(), subject, changes).sessionToken()
                .orElseThrow(() -> new AssertionError("no session for " + subject));
    }
}
