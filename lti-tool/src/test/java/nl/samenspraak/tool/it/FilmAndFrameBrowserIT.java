package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.it.browser.Browser;
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
    /** The id of the tool's frame: the emulated platform's course page, or the demo's. */
    private static String frame = "tool";

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
        frame = "tool";
        browser.driver().switchTo().defaultContent();
        browser.desktopViewport();
    }

    @Test
    void aTimedQuestionJumpedOverOrLeftAtTheEndIsNeverLost() {
        openInPlatform("film-skip", FILM, false);
        List<WebElement> marks = browser.driver().findElements(By.cssSelector(".film__marker"));
        assertEquals(2, marks.size(), "the strip under the film marks both questions");
        assertEquals("Ga naar Vraag bij 0:36", marks.get(0).getDomAttribute("aria-label"));
        accessible("the film with its question marks");
        browser.screenshot("film-skip-01-marks");

        // Jumping over the first question's moment shows it, and the page says one question waits.
        browser.script("const v = document.querySelector('video'); v.muted = true; v.currentTime = 50;");
        browser.waitUntil(driver -> driver.findElement(By.id("at-" + FIRST)).isDisplayed());
        browser.waitUntil(driver -> driver.findElement(By.cssSelector(".page-status")).getText()
                .startsWith("Onbeantwoorde vragen uit de film: 1."));
        assertEquals(1, browser.driver().findElements(By.cssSelector(".film__marker--shown")).size());
        assertTrue(browser.driver().findElement(By.id("at-" + SECOND)).findElement(By.xpath("..")).getDomProperty("hidden").equals("true"),
                "the second question is not reached yet");
        accessible("a question jumped over");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("film-skip-02-jumped-over");
        toolFrame();

        // Submitting too early: the page asks first, then lists what is missing; the link to a question not
        // reached yet shows it, with its prompt, and its field gets the focus.
        browser.click(browser.driver().findElement(By.id("submit")));
        WebElement dialog = browser.visible(By.cssSelector("dialog[open]"));
        assertTrue(dialog.getText().contains("alleen je trainer kan de opdracht heropenen"), dialog.getText());
        accessible("the submit confirmation");
        browser.screenshot("film-skip-03-confirm");
        browser.click(dialog.findElement(By.cssSelector("button.danger")));
        WebElement issues = browser.visible(By.id("submit-issues"));
        browser.click(issues.findElement(By.cssSelector("a[href='#q-" + SECOND + "']")));
        browser.waitUntil(driver -> ("q-" + SECOND + "-input").equals(browser.focusedId()));
        assertInView("#q-" + SECOND);
        browser.driver().switchTo().defaultContent();
        browser.screenshot("film-skip-04-issue-link");
        toolFrame();

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
        assertInView("#at-" + FIRST);
        accessible("the questions left at the end");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("film-skip-05-end");
    }

    @Test
    void onAPhoneInEnglishTheFilmLeavesFullscreenForAQuestion() {
        browser.phoneViewport(390, 844);
        openInPlatform("film-fullscreen", FILM, true);
        browser.script("const v = document.querySelector('video'); v.muted = true; v.currentTime = 33;");
        browser.waitUntil(driver -> (Boolean) browser.script("return !document.querySelector('video').seeking"));
        fullscreenAsByATap();
        browser.waitUntil(driver -> (Boolean) browser.script("return document.fullscreenElement !== null"));
        browser.script("const v = document.querySelector('video'); v.playbackRate = 2; v.play();");

        browser.waitUntil(driver -> (Boolean) browser.script("const v = document.querySelector('video');"
                + " return v.paused && v.currentTime >= 36 && document.fullscreenElement === null"));
        browser.waitUntil(driver -> ("at-" + FIRST).equals(browser.focusedId()));
        assertEquals("Question at 0:36", browser.driver().findElement(By.id("at-" + FIRST)).getText());
        assertInView("#at-" + FIRST);
        accessible("the question after fullscreen, on a phone");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("film-fullscreen-01-phone-en");
    }

    @Test
    void onALaptopTheWholeQuestionIsInViewWhenTheFilmStops() {
        openInPlatform("film-laptop", FILM, false);
        browser.script("const v = document.querySelector('video'); v.muted = true; v.currentTime = 33;");
        browser.waitUntil(driver -> (Boolean) browser.script("return !document.querySelector('video').seeking"));
        browser.script("const v = document.querySelector('video'); v.playbackRate = 2; v.play();");
        browser.waitUntil(driver -> (Boolean) browser.script("const v = document.querySelector('video');"
                + " return v.paused && v.currentTime >= 36"));
        browser.waitUntil(driver -> ("at-" + FIRST).equals(browser.focusedId()));
        assertWhollyInView(".timed-question:not([hidden])");
        accessible("the film paused for a question, in the platform's frame");
        assertFrameFitsTheTool();
        browser.driver().switchTo().defaultContent();
        assertTrue((Boolean) browser.script("return document.getElementById(arguments[0]).getBoundingClientRect().height > window.innerHeight", frame),
                "the frame grew to the tool's height");
        browser.screenshot("frame-01-film-question-nl");
    }

    @Test
    void onAPhoneInEnglishTheFrameGrowsAndTheReadingLinkOpensANewTab() {
        browser.phoneViewport(390, 844);
        browser.open("/demo/launch?persona=bram&assignment=klavertje-vier&locale=en&display=iframe");
        frame = "tool-frame";
        toolFrame();
        WebElement link = browser.visible(By.cssSelector("#document-title + p a"));
        assertEquals("_blank", link.getDomAttribute("target"));
        assertTrue(link.getDomAttribute("rel").contains("noopener"), link.getDomAttribute("rel"));
        assertTrue(link.getDomAttribute("href").startsWith("https://educatief-partnerschap.nl/"), link.getDomAttribute("href"));
        accessible("the reading assignment in the platform's frame on a phone");
        assertFrameFitsTheTool();
        browser.driver().switchTo().defaultContent();
        browser.assertAccessible("the demo course page with the sized frame");
        browser.screenshot("frame-02-reading-phone-en");
    }

    @Test
    void theQuickscanResultComesFirstOnAPhoneInEnglish() {
        browser.phoneViewport(390, 844);
        openInPlatform("quickscan-first", "kennismakingsgesprek-quickscan", true);
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
        accessible("the quickscan result first, on a phone");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("quickscan-first-01-phone-en");
    }

    @Test
    void aLinkWithoutAnAssignmentLandsOnTheModuleOverviewInTheFrame() {
        browser.open("/demo/launch?persona=bram&assignment=&locale=nl&display=iframe");
        frame = "tool-frame";
        toolFrame();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bram Jansen"));
        assertTrue(browser.driver().findElements(By.cssSelector("section.module")).size() >= 5, "every module with its assignments");
        accessible("the module overview in the platform's frame");
        assertFrameFitsTheTool();
        browser.driver().switchTo().defaultContent();
        browser.screenshot("frame-03-module-overview-nl");
    }

    /** Inside the tool's frame: the platform made the frame as tall as the page, so nothing scrolls inside it. */
    private static void assertFrameFitsTheTool() {
        browser.waitUntil(driver -> (Boolean) browser.script(
                "return document.documentElement.scrollHeight <= window.innerHeight + 1"));
    }

    /**
     * In the course page's window (the frame scrolls nothing itself): the element's top is inside it and,
     * when it fits, its bottom too. Called and left inside the tool's frame.
     */
    private static void assertInView(String selector) {
        assertPlaced(selector, false);
    }

    /** As {@link #assertInView}, and the element must fit: all of it is in the course page's window. */
    private static void assertWhollyInView(String selector) {
        assertPlaced(selector, true);
    }

    @SuppressWarnings("unchecked")
    private static void assertPlaced(String selector, boolean whole) {
        browser.waitUntil(driver -> {
            List<Number> box = (List<Number>) browser.script("const box = document.querySelector(arguments[0]).getBoundingClientRect();"
                    + " return [box.top, box.bottom];", selector);
            driver.switchTo().defaultContent();
            List<Number> window = (List<Number>) browser.script("const tool = document.getElementById(arguments[0]);"
                    + " return [tool.getBoundingClientRect().top + tool.clientTop, window.innerHeight];", frame);
            toolFrame();
            double top = window.get(0).doubleValue() + box.get(0).doubleValue();
            double bottom = window.get(0).doubleValue() + box.get(1).doubleValue();
            double height = window.get(1).doubleValue();
            boolean fits = bottom - top <= height;
            return top >= -1 && (bottom <= height + 1 || (!whole && !fits));
        });
    }

    /**
     * A new teacher opens the tool from the course page (a link without an assignment: the module overview),
     * switches the language if needed, and opens the assignment from the overview.
     */
    private static void openInPlatform(String user, String assignment, boolean english) {
        browser.driver().get(platform.coursePage(user + "-" + System.nanoTime(), false).toString());
        toolFrame();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Anna de Vries"));
        browser.visible(By.cssSelector("section.module"));
        // the tab keeps a language chosen earlier (sessionStorage), so the switch is used only when needed
        String wanted = english ? "en" : "nl";
        if (!wanted.equals(browser.script("return document.documentElement.lang"))) {
            browser.click(browser.driver().findElement(By.id("language-switch")));
            browser.waitUntil(driver -> wanted.equals(browser.script("return document.documentElement.lang")));
            browser.visible(By.cssSelector("section.module"));
        }
        browser.click(browser.visible(By.cssSelector("section.module a[href$='/" + assignment + "']")));
        browser.visible(By.id("assignment-title"));
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

    /** Into the tool's frame again, where the next step happens. */
    private static void toolFrame() {
        browser.driver().switchTo().defaultContent();
        browser.waitUntil(ExpectedConditions.frameToBeAvailableAndSwitchToIt(frame));
    }

    /** axe-core on the page in the frame; it leaves the driver at the top page, so back into the frame. */
    private static void accessible(String state) {
        browser.assertAccessible(state);
        toolFrame();
    }
}
