package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspraak.tool.it.browser.Browser;
import nl.samenspraak.tool.it.browser.FramedTool;
import nl.samenspraak.tool.it.browser.FramedTool.Screen;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.ToolAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * Two tabs of the same observer filling in one observation form: the page sends the version it loaded
 * (If-Match), so the tab that saves over a version it never saw gets both versions side by side and the
 * observer chooses; either choice is what the server keeps. In a course of the emulated platform of its own,
 * so the demo's Anna and Bram of the other peer-coaching tests are left alone.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class ObservationConflictBrowserIT {

    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final String BASE = "/api/assignments/" + PEER + "/peer-coaching";
    private static final String OBSERVER = "conflict-observer";
    private static LtiTestbed testbed;
    private static EmulatedPlatform platform;
    private static Browser browser;

    @BeforeAll
    static void start() {
        ServerReadiness.await(ServerReadiness.tool());
        testbed = new LtiTestbed();
        platform = EmulatedPlatform.start(testbed.tool(), "localhost");
        testbed.admin().register(platform);
        platform.browserLaunches(ObservationConflictBrowserIT::peerCoaching);
        browser = Browser.startBlockingThirdPartyCookies();
    }

    private static LaunchClaims peerCoaching(LaunchClaims claims) {
        return claims.custom("assignment", PEER).member(LaunchClaims.RESOURCE_LINK, "id", "conflict-peer")
                .member(LaunchClaims.CONTEXT, "id", "course-observation-conflict");
    }

    @AfterAll
    static void stop() {
        browser.close();
        platform.close();
        testbed.close();
    }

    @Test
    void theStaleTabShowsBothVersionsOfTheFormAndTheObserverChooses() {
        WorkClient partner = launch("conflict-partner", "Petra");
        WorkClient observer = launch(OBSERVER, "Olaf");
        long partnerId = 0;
        for (JsonNode colleague : ok(observer.get(BASE)).at("/peerCoaching/colleagues")) {
            if (colleague.path("name").asText().equals("Petra")) {
                partnerId = colleague.path("userId").asLong();
            }
        }
        long observation = CoachingPairs.pair(BASE, observer, partnerId, partner)
                .at("/peerCoaching/partners/0/given/id").asLong();
        String form = "obs-" + observation;

        openForm(observation);
        String first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        openForm(observation);
        String second = browser.driver().getWindowHandle();

        browser.driver().findElement(By.id("q-" + form + "-compliment-input")).sendKeys("Uit het tweede tabblad.");
        browser.waitUntil(driver -> status(form).startsWith("Opgeslagen"));

        browser.driver().switchTo().window(first);
        browser.driver().switchTo().frame("tool");
        browser.driver().findElement(By.id("q-" + form + "-tip-input")).sendKeys("Uit het eerste tabblad.");
        WebElement panel = browser.visible(By.id(form + "-conflict"));
        assertTrue(status(form).startsWith("Niet opgeslagen: er is intussen een nieuwere versie bewaard"), status(form));
        assertEquals("Twee versies van deze observatie", panel.findElement(By.tagName("h3")).getText());
        String mine = panel.findElement(By.id(form + "-conflict-mine")).getText();
        String current = panel.findElement(By.id(form + "-conflict-current")).getText();
        assertTrue(mine.contains("Compliment: (leeg)") && mine.contains("Tip: Uit het eerste tabblad."), mine);
        assertTrue(current.contains("Compliment: Uit het tweede tabblad.") && current.contains("Tip: (leeg)"), current);
        browser.assertAccessible("an observation form with a conflict");
        inTool();
        browser.script("document.getElementById(arguments[0]).scrollIntoView()", form + "-conflict");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("observation-conflict-01-laptop");
        browser.phoneViewport(390, 844);
        inTool();
        assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                "no sideways scrolling");
        browser.script("document.getElementById(arguments[0]).scrollIntoView()", form + "-conflict");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("observation-conflict-02-phone");
        browser.assertAccessible("an observation form with a conflict on a phone");
        browser.desktopViewport();
        inTool();

        browser.click(browser.visible(By.id(form + "-conflict-keep-mine")));
        browser.waitUntil(driver -> status(form).startsWith("Opgeslagen"));
        assertTrue(browser.driver().findElements(By.id(form + "-conflict")).isEmpty(), "the choice is made");
        assertEquals("Uit het eerste tabblad.|", saved(observer), "the server keeps the version the observer kept");

        // The second tab is stale now: it takes the version the first one kept.
        browser.driver().switchTo().window(second);
        browser.driver().switchTo().frame("tool");
        browser.driver().findElement(By.id("q-" + form + "-compliment-input")).sendKeys(" En nog iets.");
        browser.visible(By.id(form + "-conflict"));
        browser.click(browser.visible(By.id(form + "-conflict-keep-current")));
        // The form is drawn anew from the server: read in one script, so a field being replaced is never stale.
        browser.waitUntil(driver -> "Uit het eerste tabblad.".equals(value("q-" + form + "-tip-input")));
        assertEquals("", value("q-" + form + "-compliment-input"));
        browser.driver().switchTo().defaultContent();
        browser.screenshot("observation-conflict-03-chosen");
        assertEquals("Uit het eerste tabblad.|", saved(observer), "taking the saved version writes nothing");
    }

    private static WorkClient launch(String subject, String name) {
        ToolAnswer launch = platform.launch(testbed.browser(), subject, claims -> peerCoaching(claims).set("name", name));
        return WorkClient.withToken(launch.sessionToken().orElseThrow(() -> new AssertionError("no session: " + launch)));
    }

    /** Opens the observer's course page in this tab and waits, inside the tool's frame, for the form. */
    private static void openForm(long observation) {
        FramedTool.open(browser, platform.coursePage(OBSERVER, true), Screen.LAPTOP, "nl");
        browser.visible(By.id("q-obs-" + observation + "-tip-input"));
    }

    /** Into the tool's frame: axe-core's check ends in the platform's page around it. */
    private static void inTool() {
        browser.driver().switchTo().defaultContent();
        browser.driver().switchTo().frame("tool");
    }

    private static Object value(String id) {
        return browser.script("return document.getElementById(arguments[0])?.value", id);
    }

    private static String status(String form) {
        return browser.driver().findElement(By.id(form + "-status")).getText();
    }

    /** The saved form's tip and compliment, as the server has them. */
    private static String saved(WorkClient observer) {
        JsonNode given = ok(observer.get(BASE)).at("/peerCoaching/partners/0/given/form");
        return given.path("tip").asText() + "|" + given.path("compliment").asText();
    }
}
