package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.it.browser.Browser;
import nl.samenspraak.tool.it.browser.FramedTool;
import nl.samenspraak.tool.it.browser.FramedTool.Screen;
import nl.samenspraak.tool.it.platform.DeepLinkingReturn;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Select content" as a trainer does it, in the emulated platform's course page on another site (the tool in its
 * frame): the picker lists the assignments, the trainer searches, chooses two, sets the second's score, approval
 * and due date and adds them; the platform verifies the signed response. Then a teacher opens the first link and
 * lands on its assignment. Screenshots at laptop size and at a 390 px phone width; axe-clean.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class DeepLinkingBrowserIT {

    private static LtiTestbed testbed;
    private static EmulatedPlatform platform;
    private static Browser browser;

    @BeforeAll
    static void start() {
        testbed = new LtiTestbed();
        platform = EmulatedPlatform.start(testbed.tool(), "localhost");
        testbed.admin().register(platform);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
        platform.close();
        testbed.close();
    }

    private void openPicker(String trainer) {
        browser.driver().switchTo().defaultContent();
        browser.driver().get(platform.coursePage(trainer, "deep-linking").toString());
        browser.waitUntil(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Opdrachten toevoegen aan de cursus"));
    }

    @Test
    void aTrainerAddsTwoAssignmentsAndATeacherOpensOne() {
        browser.desktopViewport();
        openPicker("dl-browser-trainer");
        browser.assertAccessible("the assignment picker");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("dl-01-picker-laptop");
        browser.driver().switchTo().frame("tool");

        List<WebElement> picks = browser.driver().findElements(By.cssSelector("input[name=dl-pick]"));
        assertTrue(picks.size() >= 2, "assignments to choose from");
        assertEquals("checkbox", picks.get(0).getAttribute("type"), "the platform accepts several");
        String first = picks.get(0).getAttribute("value");
        String second = picks.get(1).getAttribute("value");
        browser.click(browser.driver().findElement(By.cssSelector("label[for='dl-pick-" + first + "']")));
        browser.click(browser.driver().findElement(By.cssSelector("label[for='dl-pick-" + second + "']")));
        WebElement score = browser.visible(By.id("dl-" + second + "-score"));
        score.clear();
        score.sendKeys("20");
        browser.click(browser.driver().findElement(By.cssSelector("label[for='dl-" + second + "-approval']")));
        browser.script("const due = document.getElementById(arguments[0]); due.value = '2027-01-31T17:00';"
                + " due.dispatchEvent(new Event('input'));", "dl-" + second + "-due");
        assertEquals("2 gekozen", browser.text("#dl-count"));
        browser.assertAccessible("the picker with two assignments chosen and their settings");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("dl-02-two-chosen-laptop");

        browser.phoneViewport(390, 844);
        browser.screenshot("dl-03-two-chosen-phone");
        browser.desktopViewport();
        browser.driver().switchTo().frame("tool");
        browser.click(browser.driver().findElement(By.id("dl-add")));

        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "2 items added"));
        browser.driver().switchTo().defaultContent();
        browser.screenshot("dl-04-platform-added-two");
        DeepLinkingReturn.Received received = platform.deepLinkingReturn().latest().orElseThrow();
        assertEquals(List.of(), received.problems());
        assertEquals("from=course", received.address().getRawQuery());
        assertEquals(first, received.custom(0).get("assignment"));
        assertEquals(Map.of("assignment", second, "score_maximum", "20", "needs_approval", "true",
                "due_at", received.custom(1).get("due_at")), received.custom(1));
        assertTrue(String.valueOf(received.custom(1).get("due_at")).startsWith("2027-01-31T"), received.custom(1).toString());

        FramedTool.open(browser, platform.coursePage("dl-browser-teacher", "item-0"), Screen.LAPTOP, "nl");
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ss-assignment h1")));
        browser.assertAccessible("the teacher's first deep-linked assignment");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("dl-05-teacher-opens-deep-linked-assignment");
    }

    @Test
    void onAPhoneThePickerFitsThePlatformsFrame() {
        browser.phoneViewport(390, 844);
        try {
            openPicker("dl-browser-phone");
            browser.driver().switchTo().defaultContent();
            assertEquals(390L, browser.script("return window.innerWidth"), "the platform's page is 390 px wide");
            browser.driver().switchTo().frame("tool");
            assertFitsSideways("the picker");
            browser.assertAccessible("the picker on a phone");
            browser.driver().switchTo().defaultContent();
            browser.screenshot("dl-07-picker-phone");
            browser.driver().switchTo().frame("tool");

            String first = browser.driver().findElements(By.cssSelector("input[name=dl-pick]")).get(0).getAttribute("value");
            browser.click(browser.driver().findElement(By.cssSelector("label[for='dl-pick-" + first + "']")));
            browser.visible(By.id("dl-" + first + "-score"));
            assertFitsSideways("the picker with an assignment's settings open");
            browser.assertAccessible("the picker with one chosen on a phone");
            browser.driver().switchTo().defaultContent();
            browser.screenshot("dl-08-one-chosen-phone");
            browser.driver().switchTo().frame("tool");
            browser.script("document.getElementById('dl-add').scrollIntoView({block: 'center'})");
            browser.driver().switchTo().defaultContent();
            browser.screenshot("dl-09-add-button-phone");
            browser.driver().switchTo().frame("tool");

            browser.click(browser.driver().findElement(By.id("dl-add")));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "1 items added"));
            assertFitsSideways("the platform's page after the return");
            browser.screenshot("dl-10-platform-added-one-phone");
        } finally {
            browser.driver().switchTo().defaultContent();
            browser.desktopViewport();
        }
    }

    /**
     * Neither the page in the platform's frame nor the platform's page around it scrolls sideways; called
     * with the frame selected (the tool and the platform are of different origins, so each is asked alone).
     */
    private static void assertFitsSideways(String what) {
        String fits = "return document.documentElement.scrollWidth <= window.innerWidth";
        String widths = "return document.documentElement.scrollWidth + ' px in ' + window.innerWidth";
        assertTrue((Boolean) browser.script(fits), what + " scrolls sideways in the frame: " + browser.script(widths));
        browser.driver().switchTo().defaultContent();
        try {
            assertTrue((Boolean) browser.script(fits), what + ": the platform's page scrolls sideways: "
                    + browser.script(widths));
        } finally {
            browser.driver().switchTo().frame("tool");
        }
    }

    @Test
    void searchingNarrowsTheListAndCancelAddsNothing() {
        browser.desktopViewport();
        openPicker("dl-browser-cancel");
        WebElement search = browser.visible(By.id("dl-search"));
        search.sendKeys("geen-enkele-opdracht-heet-zo");
        browser.waitUntil(driver -> "Geen opdracht gevonden. Probeer een ander woord.".equals(browser.text("#dl-found")));
        assertTrue(browser.driver().findElements(By.cssSelector("input[name=dl-pick]")).stream().noneMatch(WebElement::isDisplayed));
        browser.assertAccessible("the picker with a search that finds nothing");
        browser.driver().switchTo().defaultContent();
        browser.phoneViewport(390, 844);
        browser.screenshot("dl-06-search-nothing-phone");
        browser.desktopViewport();
        browser.driver().switchTo().frame("tool");

        browser.click(browser.driver().findElement(By.id("dl-cancel")));

        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "0 items added"));
        assertEquals(List.of(), platform.deepLinkingReturn().latest().orElseThrow().problems());
    }
}
