package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.it.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The film's timed questions when the teacher does not simply watch on (jumping over one, skipping to the
 * end, fullscreen on a phone), submitting that asks first, the quickscan's result first, and the tool in
 * the demo platform's frame, which the tool sizes with lti.frameResize. Launched through the demo platform
 * (embedded-database server) as Bram, whom {@link TeacherPagesBrowserIT} leaves alone; nothing here submits
 * his film. axe-core checks every state; screenshots go to target/screenshots.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class FilmAndFrameBrowserIT {

    private static final String FILM = "bedeesde-ouder-film";
    private static final String FIRST = "ouder-op-gemak";
    private static final String SECOND = "ouder-uitnodigen-ervaringen";
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

    @AfterEach
    void laptopAgain() {
        browser.driver().switchTo().defaultContent();
        browser.desktopViewport();
    }

    @Test
    void aTimedQuestionJumpedOverOrLeftAtTheEndIsNeverLost() {
        launch(FILM, "nl");
        List<WebElement> marks = browser.driver().findElements(By.cssSelector(".film__marker"));
        assertEquals(2, marks.size(), "the strip under the film marks both questions");
        assertEquals("Ga naar Vraag bij 0:36", marks.get(0).getDomAttribute("aria-label"));
        browser.assertAccessible("the film with its question marks");
        browser.screenshot("film-skip-01-marks");

        // Submitting too early: the page asks first, then lists what is missing; a question's link shows it.
        browser.click(browser.driver().findElement(By.id("submit")));
        WebElement dialog = browser.visible(By.cssSelector("dialog[open]"));
        assertTrue(dialog.getText().contains("alleen je trainer kan de opdracht heropenen"), dialog.getText());
        browser.assertAccessible("the submit confirmation");
        browser.screenshot("film-skip-02-confirm");
        browser.click(dialog.findElement(By.cssSelector("button.danger")));
        WebElement issues = browser.visible(By.id("submit-issues"));
        browser.click(issues.findElement(By.cssSelector("a[href='#q-" + SECOND + "']")));
        browser.waitUntil(driver -> ("q-" + SECOND + "-input").equals(browser.focusedId()));
        assertInView("#q-" + SECOND);
        browser.screenshot("film-skip-03-issue-link");

        // Jumping over the first question's moment shows it, and the page says one question waits.
        browser.script("const v = document.querySelector('video'); v.muted = true; v.currentTime = 50;");
        browser.waitUntil(driver -> driver.findElement(By.id("at-" + FIRST)).isDisplayed());
        browser.waitUntil(driver -> driver.findElement(By.cssSelector(".page-status")).getText()
                .startsWith("Onbeantwoorde vragen uit de film: 1."));
        assertEquals(2, browser.driver().findElements(By.cssSelector(".film__marker--shown")).size());
        browser.assertAccessible("a question jumped over");
        browser.screenshot("film-skip-04-jumped-over");

        // After a reload nothing was reached; skipping to the end brings both questions and the first into view.
        browser.driver().navigate().refresh();
        browser.visible(By.cssSelector("video"));
        assertTrue(browser.driver().findElements(By.cssSelector(".film__marker--shown")).isEmpty());
        browser.script("const v = document.querySelector('video'); v.muted = true;"
                + " v.addEventListener('seeked', () => v.play(), { once: true }); v.currentTime = v.duration - 0.3;");
        browser.waitUntil(driver -> (Boolean) browser.script("return document.querySelector('video').ended"));
        browser.waitUntil(driver -> ("at-" + FIRST).equals(browser.focusedId()));
        assertTrue(browser.driver().findElement(By.id("at-" + SECOND)).isDisplayed());
        assertEquals("Onbeantwoorde vragen uit de film: 2. Ze staan onder de film, de eerste bij 0:36.",
                browser.driver().findElement(By.cssSelector(".page-status")).getText());
        assertInView("#at-" + FIRST);
        browser.assertAccessible("the questions left at the end");
        browser.screenshot("film-skip-05-end");
    }

    @Test
    void onAPhoneTheFilmLeavesFullscreenForAQuestion() {
        launch(FILM, "en");
        browser.phoneViewport(390, 844);
        browser.visible(By.cssSelector("video"));
        browser.script("const v = document.querySelector('video'); v.muted = true; v.currentTime = 33;");
        browser.waitUntil(driver -> (Boolean) browser.script("return !document.querySelector('video').seeking"));
        // As the teacher's tap on the player's fullscreen button would: a user gesture asks for fullscreen.
        browser.cdp("Runtime.evaluate", Map.of("expression", "document.querySelector('video').requestFullscreen()",
                "userGesture", true, "awaitPromise", true));
        browser.waitUntil(driver -> (Boolean) browser.script("return document.fullscreenElement !== null"));
        browser.script("const v = document.querySelector('video'); v.playbackRate = 2; v.play();");

        browser.waitUntil(driver -> (Boolean) browser.script("const v = document.querySelector('video');"
                + " return v.paused && v.currentTime >= 36 && document.fullscreenElement === null"));
        browser.waitUntil(driver -> ("at-" + FIRST).equals(browser.focusedId()));
        assertEquals("Question at 0:36", browser.driver().findElement(By.id("at-" + FIRST)).getText());
        assertInView("#at-" + FIRST);
        browser.assertAccessible("the question after fullscreen, on a phone");
        browser.screenshot("film-fullscreen-01-phone-en");
    }

    @Test
    void inThePlatformsFrameTheQuestionIsInViewAndTheFrameFitsThePage() {
        browser.open("/demo/launch?persona=bram&assignment=" + FILM + "&locale=nl&display=iframe");
        browser.waitUntil(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool-frame"));
        browser.visible(By.cssSelector("video"));
        browser.script("const v = document.querySelector('video'); v.muted = true; v.currentTime = 33;");
        browser.waitUntil(driver -> (Boolean) browser.script("return !document.querySelector('video').seeking"));
        browser.script("const v = document.querySelector('video'); v.playbackRate = 2; v.play();");
        browser.waitUntil(driver -> (Boolean) browser.script("const v = document.querySelector('video');"
                + " return v.paused && v.currentTime >= 36"));
        browser.waitUntil(driver -> ("at-" + FIRST).equals(browser.focusedId()));
        browser.assertAccessible("the film paused for a question, in the platform's frame");
        assertFrameFitsTheTool();
        // the frame is as tall as the tool, so the question is in the course page's window: scrolled there
        browser.driver().switchTo().defaultContent();
        assertTrue((Boolean) browser.script("const frame = document.getElementById('tool-frame').getBoundingClientRect();"
                + " return frame.height > window.innerHeight"), "the frame grew to the tool's height");
        browser.screenshot("frame-01-film-question-nl");
    }

    @Test
    void onAPhoneInEnglishTheFrameGrowsAndTheReadingLinkOpensANewTab() {
        browser.phoneViewport(390, 844);
        browser.open("/demo/launch?persona=bram&assignment=klavertje-vier&locale=en&display=iframe");
        browser.waitUntil(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool-frame"));
        WebElement link = browser.visible(By.cssSelector("#document-title + p a"));
        assertEquals("_blank", link.getDomAttribute("target"));
        assertTrue(link.getDomAttribute("rel").contains("noopener"), link.getDomAttribute("rel"));
        assertTrue(link.getDomAttribute("href").startsWith("https://educatief-partnerschap.nl/"), link.getDomAttribute("href"));
        browser.assertAccessible("the reading assignment in the platform's frame on a phone");
        assertFrameFitsTheTool();
        browser.driver().switchTo().defaultContent();
        browser.assertAccessible("the demo course page with the sized frame");
        browser.screenshot("frame-02-reading-phone-en");
    }

    @Test
    void theQuickscanResultComesFirstOnAPhoneInEnglish() {
        launch("kennismakingsgesprek-quickscan", "en");
        browser.phoneViewport(390, 844);
        browser.click(browser.visible(By.cssSelector("label[for=sector-vo]")));
        browser.waitUntil(driver -> !driver.findElements(By.cssSelector("fieldset.statement input:not([disabled])")).isEmpty());
        List<WebElement> statements = browser.driver().findElements(By.cssSelector("fieldset.statement"));
        for (int i = 0; i < statements.size(); i++) {
            browser.click(statements.get(i).findElements(By.tagName("label")).get(i % 5));
        }
        browser.waitUntil(driver -> driver.findElement(By.cssSelector(".page-status")).getText().startsWith("Everything is saved"));
        browser.click(browser.driver().findElement(By.id("submit")));
        WebElement dialog = browser.visible(By.cssSelector("dialog[open]"));
        assertTrue(dialog.getText().contains("You will see your result per theme straight away."), dialog.getText());
        browser.click(dialog.findElement(By.cssSelector("button.danger")));

        browser.waitUntil(driver -> "results-title".equals(browser.focusedId()));
        assertTrue((Boolean) browser.script("return !!(document.getElementById('results').compareDocumentPosition("
                + "document.getElementById('quickscan')) & Node.DOCUMENT_POSITION_FOLLOWING)"), "the result before the statements");
        String explained = browser.text("#results .results__themes");
        assertTrue(explained.contains("A next step:"), explained);
        assertTrue(explained.contains("%"), explained);
        assertInView("#results-title");
        browser.assertAccessible("the quickscan result first, on a phone");
        browser.screenshot("quickscan-first-01-phone-en");
    }

    @Test
    void aLinkWithoutAnAssignmentLandsOnTheModuleOverviewInTheFrame() {
        browser.open("/demo/launch?persona=bram&assignment=&locale=nl&display=iframe");
        browser.waitUntil(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool-frame"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bram Jansen"));
        assertTrue(browser.driver().findElements(By.cssSelector("section.module")).size() >= 5, "every module with its assignments");
        browser.assertAccessible("the module overview in the platform's frame");
        assertFrameFitsTheTool();
        browser.driver().switchTo().defaultContent();
        browser.screenshot("frame-03-module-overview-nl");
    }

    /** Inside the tool's frame: the platform made the frame as tall as the page, so nothing scrolls inside it. */
    private static void assertFrameFitsTheTool() {
        browser.waitUntil(driver -> (Boolean) browser.script(
                "return document.documentElement.scrollHeight <= window.innerHeight + 1"));
    }

    /** The element's top is inside the window and, when it fits, its bottom too. */
    private static void assertInView(String selector) {
        browser.waitUntil(driver -> (Boolean) browser.script("const box = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return box.top >= 0 && (box.bottom <= window.innerHeight || box.height > window.innerHeight);", selector));
    }

    private static void launch(String assignment, String locale) {
        browser.open("/demo/launch?persona=bram&assignment=" + assignment + "&locale=" + locale + "&display=window");
        browser.waitUntil(driver -> driver.getCurrentUrl().matches("^https?://[^/]+/app/.*")
                && "complete".equals(browser.script("return document.readyState")));
        browser.visible(By.cssSelector("main h1"));
    }
}
