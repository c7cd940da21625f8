package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.it.browser.Browser;
import nl.samenspraak.tool.it.browser.FramedTool;
import nl.samenspraak.tool.it.browser.FramedTool.Screen;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The film's timed questions when the teacher does not simply watch on (jumping over one, skipping to the
 * end, fullscreen on a phone), submitting that asks first and the quickscan's result first: each as a new
 * teacher of this class's own emulated platform, who opens the tool in the course page's frame (a link
 * without an assignment, so the module overview) and goes to the assignment from there. The course page
 * sizes the frame as the tool asks (lti.frameResize), so "in view" means in the course page's window. The
 * demo platform's course page (embedded-database server, which runs the demo) sizes its frame too.
 * axe-core checks every state; screenshots go to target/screenshots.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class FilmAndFrameBrowserIT {

    private static final String FILM = "bedeesde-ouder-film";
    private static final String FIRST = "ouder-op-gemak";
    private static final String SECOND = "ouder-uitnodigen-ervaringen";
    private static LtiTestbed testbed;
    private static EmulatedPlatform platform;
    private static Browser browser;
    /** The tool in the frame of the course page the test opened: the emulated platform's, or the demo's. */
    private static FramedTool tool;

    @BeforeAll
    static void start() {
        testbed = new LtiTestbed();
        platform = EmulatedPlatform.start(testbed.tool());
        testbed.admin().register(platform);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
        if (testbed != null) {
            testbed.close();
        }
    }

    @AfterEach
    void laptopAgain() {
        browser.driver().switchTo().defaultContent();
        browser.desktopViewport();
    }

    @Test
    void aTimedQuestionJumpedOverOrLeftAtTheEndIsNeverLost() {
        openInPlatform("film-skip", FILM, Screen.LAPTOP, "nl");
        List<WebElement> marks = browser.driver().findElements(By.cssSelector(".film__marker"));
        assertEquals(2, marks.size(), "the strip under the film marks both questions");
        assertEquals("Ga naar Vraag bij 0:36", marks.get(0).getDomAttribute("aria-label"));
        tool.assertAccessible("the film with its question marks");
        browser.screenshot("film-skip-01-marks");

        // Jumping over the first question's moment shows it, and the page says one question waits.
        browser.script("const v = document.querySelector('video'); v.muted = true; v.currentTime = 50;");
        browser.waitUntil(driver -> driver.findElement(By.id("at-" + FIRST)).isDisplayed());
        browser.waitUntil(driver -> driver.findElement(By.cssSelector(".page-status")).getText()
                .startsWith("Onbeantwoorde vragen uit de film: 1."));
        assertEquals(1, browser.driver().findElements(By.cssSelector(".film__marker--shown")).size());
        assertTrue(browser.driver().findElement(By.id("at-" + SECOND)).findElement(By.xpath("..")).getDomProperty("hidden").equals("true"),
                "the second question is not reached yet");
        tool.assertAccessible("a question jumped over");
        tool.screenshot("film-skip-02-jumped-over");

        // Submitting too early: the page asks first, then lists what is missing; the link to a question not
        // reached yet shows it, with its prompt, and its field gets the focus.
        browser.click(browser.driver().findElement(By.id("submit")));
        WebElement dialog = browser.visible(By.cssSelector("dialog[open]"));
        assertTrue(dialog.getText().contains("alleen je trainer kan de opdracht heropenen"), dialog.getText());
        tool.assertAccessible("the submit confirmation");
        browser.screenshot("film-skip-03-confirm");
        browser.click(dialog.findElement(By.cssSelector("button.danger")));
        WebElement issues = browser.visible(By.id("submit-issues"));
        browser.click(issues.findElement(By.cssSelector("a[href='#q-" + SECOND + "']")));
        browser.waitUntil(driver -> ("q-" + SECOND + "-input").equals(browser.focusedId()));
        tool.assertInView("#q-" + SECOND);
        tool.screenshot("film-skip-04-issue-link");

        // After a reload nothing was reached; skipping to the end brings both questions and the first into view.
        browser.script("location.reload()");
        browser.waitUntil(driver -> !driver.findElements(By.cssSelector("video")).isEmpty()
                && (Boolean) browser.script("return document.querySelector('video').readyState >= 1"));
        assertTrue(browser.driver().findElements(By.cssSelector(".film__marker--shown")).isEmpty());
        browser.script("const v = document.querySelector('video'); v.muted = true;"
                + " v.addEventListener('seeked', () => v.play(), { once: true }); v.currentTime = v.duration - 0.3;");
        browser.waitUntil(driver -> (Boolean) browser.script("return document.querySelector('video').ended"));
        browser.waitUntil(driver -> ("at-" + FIRST).equals(browser.focusedId()));
        assertTrue(browser.driver().findElement(By.id("at-" + SECOND)).isDisplayed());
        assertEquals("Onbeantwoorde vragen uit de film: 2. Ze staan onder de film, de eerste bij 0:36.",
                browser.driver().findElement(By.cssSelector(".page-status")).getText());
        tool.assertInView("#at-" + FIRST);
        tool.assertAccessible("the questions left at the end");
        tool.screenshot("film-skip-05-end");
    }

    @Test
    void onAPhoneInEnglishTheFilmLeavesFullscreenForAQuestion() {
        openInPlatform("film-fullscreen", FILM, Screen.phone(390), "en");
        browser.script("const v = document.querySelector('video'); v.muted = true; v.currentTime = 33;");
        browser.waitUntil(driver -> (Boolean) browser.script("return !document.querySelector('video').seeking"));
        fullscreenAsByATap();
        browser.waitUntil(driver -> (Boolean) browser.script("return document.fullscreenElement !== null"));
        browser.script("const v = document.querySelector('video'); v.playbackRate = 2; v.play();");

        browser.waitUntil(driver -> (Boolean) browser.script("const v = document.querySelector('video');"
                + " return v.paused && v.currentTime >= 36 && document.fullscreenElement === null"));
        browser.waitUntil(driver -> ("at-" + FIRST).equals(browser.focusedId()));
        assertEquals("Question at 0:36", browser.driver().findElement(By.id("at-" + FIRST)).getText());
        tool.assertInView("#at-" + FIRST);
        tool.assertAccessible("the question after fullscreen, on a phone");
        tool.screenshot("film-fullscreen-01-phone-en");
    }

    @Test
    void onALaptopTheWholeQuestionIsInViewWhenTheFilmStops() {
        openInPlatform("film-laptop", FILM, Screen.LAPTOP, "nl");
        browser.script("const v = document.querySelector('video'); v.muted = true; v.currentTime = 33;");
        browser.waitUntil(driver -> (Boolean) browser.script("return !document.querySelector('video').seeking"));
        browser.script("const v = document.querySelector('video'); v.playbackRate = 2; v.play();");
        browser.waitUntil(driver -> (Boolean) browser.script("const v = document.querySelector('video');"
                + " return v.paused && v.currentTime >= 36"));
        browser.waitUntil(driver -> ("at-" + FIRST).equals(browser.focusedId()));
        tool.assertWhollyInView(".timed-question:not([hidden])");
        tool.assertAccessible("the film paused for a question, in the platform's frame");
        tool.assertSized();
        browser.driver().switchTo().defaultContent();
        assertTrue((Boolean) browser.script("return document.getElementById('tool').getBoundingClientRect().height > window.innerHeight"),
                "the frame grew to the tool's height");
        browser.screenshot("frame-01-film-question-nl");
    }

    @Test
    void onAPhoneInEnglishTheFrameGrowsAndTheReadingLinkOpensANewTab() {
        tool = FramedTool.open(browser, demo("bram", "klavertje-vier", "en"), "tool-frame", Screen.phone(390), "en");
        WebElement link = browser.visible(By.cssSelector("#document-title + p a"));
        assertEquals("_blank", link.getDomAttribute("target"));
        assertTrue(link.getDomAttribute("rel").contains("noopener"), link.getDomAttribute("rel"));
        assertTrue(link.getDomAttribute("href").startsWith("https://educatief-partnerschap.nl/"), link.getDomAttribute("href"));
        tool.assertAccessible("the reading assignment in the platform's frame on a phone");
        tool.assertSized();
        browser.driver().switchTo().defaultContent();
        browser.assertAccessible("the demo course page with the sized frame");
        browser.screenshot("frame-02-reading-phone-en");
    }

    @Test
    void theQuickscanResultComesFirstOnAPhoneInEnglish() {
        openInPlatform("quickscan-first", "kennismakingsgesprek-quickscan", Screen.phone(390), "en");
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
        // In view too, where the page itself scrolls; a cross-origin frame can ask the course page to scroll
        // only shortly after the teacher's last tap, which the wait for the server may outlast.
        tool.assertAccessible("the quickscan result first, on a phone");
        tool.screenshot("quickscan-first-01-phone-en");
    }

    @Test
    void aLinkWithoutAnAssignmentLandsOnTheModuleOverviewInTheFrame() {
        tool = FramedTool.open(browser, demo("bram", "", "nl"), "tool-frame", Screen.LAPTOP, "nl");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bram Jansen"));
        assertTrue(browser.driver().findElements(By.cssSelector("section.module")).size() >= 5, "every module with its assignments");
        tool.assertAccessible("the module overview in the platform's frame");
        tool.assertSized();
        tool.screenshot("frame-03-module-overview-nl");
    }

    /**
     * A new teacher opens the tool from the course page (a link without an assignment: the module overview),
     * switches the language if needed, and opens the assignment from the overview.
     */
    private static void openInPlatform(String user, String assignment, Screen screen, String language) {
        tool = FramedTool.open(browser, platform.coursePage(user + "-" + System.nanoTime(), false), screen, language);
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Anna de Vries"));
        browser.click(browser.visible(By.cssSelector("section.module a[href$='/" + assignment + "']")));
        browser.visible(By.id("assignment-title"));
    }

    /** The demo platform's course page (the embedded-database server runs the demo) with the tool in its frame. */
    private static URI demo(String persona, String assignment, String locale) {
        return URI.create(browser.baseUrl() + "/demo/launch?persona=" + persona + "&assignment=" + assignment
                + "&locale=" + locale + "&display=iframe");
    }

    /**
     * What the teacher's tap on the player's fullscreen button does: the film asks for fullscreen with a
     * user gesture, which a script alone cannot give. Run in the tool's frame through DevTools.
     */
    @SuppressWarnings("unchecked")
    private static void fullscreenAsByATap() {
        HasCdp devTools = (HasCdp) browser.driver();
        Map<String, Object> tree = (Map<String, Object>) devTools.executeCdpCommand("Page.getFrameTree", Map.of()).get("frameTree");
        Map<String, Object> toolFrame = (Map<String, Object>) ((List<Map<String, Object>>) tree.get("childFrames")).get(0).get("frame");
        Object context = devTools.executeCdpCommand("Page.createIsolatedWorld", Map.of("frameId", toolFrame.get("id")))
                .get("executionContextId");
        devTools.executeCdpCommand("Runtime.evaluate", Map.of("expression", "document.querySelector('video').requestFullscreen()",
                "contextId", context, "userGesture", true, "awaitPromise", true));
    }
}
