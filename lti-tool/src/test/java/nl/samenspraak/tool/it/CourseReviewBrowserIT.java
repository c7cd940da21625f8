package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.samenspraak.tool.it.browser.Browser;
import nl.samenspraak.tool.it.browser.FramedTool;
import nl.samenspraak.tool.it.browser.FramedTool.Screen;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The trainer's course page in a real browser, as people use it: the trainer switches "approval needed" on;
 * a teacher completes a reading assignment, which then waits for approval; the trainer finds it in the
 * matrix (at laptop, tablet and phone width, and inside a platform's narrow frame, where only the table
 * scrolls and the names stay in view), filters, opens the work, writes and sends feedback and approves;
 * the teacher sees the new feedback on the start page and on the assignment and replies; the trainer prints
 * the teacher's work. Users come from an emulated platform of the class's own, launched over HTTP and
 * opened in the browser with their session token, as the launch's redirect does. axe-core checks each page.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class CourseReviewBrowserIT {

    private static final String READING = "klavertje-vier";
    /** The reading assignment's badge in the teacher's list of her modules. */
    private static final String PROGRESS_BADGE = ".assignment-list a[href$='/" + READING + "'] ~ .badge";
    private static final String TITLE = "Tool: Klavertje vier voor kennismakings- en zorggesprekken";
    private static final String LONG_ENOUGH = "In het kennismakingsgesprek laat ik ouders eerst vertellen over hun kind,"
            + " en ik vraag wat zij van school verwachten. ";
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
    void aTeacherCompletesTheTrainerReviewsAndApprovesAndTheTeacherReadsTheFeedback() {
        String anna = token("review-anna", claims -> claims.set("name", "Anna de Vries"));
        token("review-bram", claims -> claims.set("name", "Bram Bakker"));
        String trainer = token("review-tineke", claims -> claims.roles(LaunchClaims.INSTRUCTOR).set("name", "Tineke de Trainer"));

        // The trainer wants to approve the reading assignment before it counts.
        open(trainer, "/app/");
        browser.click(browser.visible(By.id("approval-" + READING)));
        waitForText(".page-status", "Voor " + TITLE + " is nu goedkeuring nodig.");
        browser.screenshot("review-01-course-before");

        // The teacher completes the assignment in her page; it waits for approval.
        open(anna, "/app/assignments/" + READING);
        for (WebElement question : browser.driver().findElements(By.cssSelector("ss-question"))) {
            List<WebElement> text = question.findElements(By.tagName("textarea"));
            if (!text.isEmpty()) {
                text.get(0).sendKeys(LONG_ENOUGH.repeat(3));
            } else {
                browser.click(question.findElement(By.cssSelector("input + label, label")));
            }
        }
        waitForText(".page-status", "Alles is opgeslagen");
        browser.click(browser.visible(By.id("submit")));
        browser.confirm();
        waitForText(".assignment__badge", "Wacht op goedkeuring");
        browser.assertAccessible("the teacher's assignment waiting for approval");
        browser.screenshot("review-02-teacher-waits-for-approval");
        // Her progress page says the same as the assignment: not completed until the trainer approves.
        open(anna, "/app/progress");
        waitForText(PROGRESS_BADGE, "Wacht op goedkeuring");
        browser.assertAccessible("the teacher's progress with work waiting for approval");
        browser.screenshot("review-02b-progress-waits-for-approval");

        // The trainer sees it in the matrix, at laptop, tablet and phone width.
        open(trainer, "/app/");
        String cell = "a[aria-label='Anna de Vries, " + TITLE + ": Wacht op goedkeuring']";
        browser.visible(By.cssSelector(cell));
        browser.assertAccessible("the course page");
        browser.screenshot("review-03-course-laptop");
        assertNamesStayInView();
        for (int[] size : new int[][] {{820, 1180}, {390, 844}}) {
            browser.phoneViewport(size[0], size[1]);
            assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "only the table scrolls sideways at " + size[0] + " px");
            browser.assertAccessible("the course page at " + size[0] + " px");
            browser.screenshot("review-04-course-" + size[0]);
        }
        browser.desktopViewport();

        // Filters: what waits for the trainer, and a name.
        browser.click(browser.visible(By.id("filter-mine")));
        assertEquals(List.of("Anna de Vries"), rowNames());
        browser.click(browser.visible(By.id("filter-mine")));
        browser.visible(By.id("filter-name")).sendKeys("bra");
        assertEquals(List.of("Bram Bakker"), rowNames());

        // The trainer opens the work, writes feedback, sends it and approves.
        open(trainer, "/app/");
        browser.click(browser.visible(By.cssSelector(cell)));
        browser.visible(By.id("assignment-title"));
        assertEquals("true", browser.driver().findElement(By.cssSelector("ss-question textarea")).getDomProperty("readOnly"));
        browser.assertAccessible("one teacher's work");
        browser.screenshot("review-05-work");
        browser.visible(By.id("feedback-text")).sendKeys("Mooi hoe je ouders eerst laat vertellen. Probeer ook het praatpapier.");
        browser.click(browser.visible(By.id("save-feedback")));
        waitForText("#feedback-title-status", "Concept opgeslagen.");
        browser.click(browser.visible(By.id("send-feedback")));
        waitForText("#feedback-title-status", "Feedback verstuurd.");
        browser.click(browser.visible(By.id("approve")));
        waitForText("#review-title-status", "Goedgekeurd.");
        browser.assertAccessible("the approved work with the feedback sent");
        browser.screenshot("review-06-approved");

        // The teacher sees the new feedback on her start page and on the assignment, and replies.
        open(anna, "/app/progress");
        waitForText(PROGRESS_BADGE, "Afgerond");
        WebElement news = browser.visible(By.cssSelector(".needs-you li[data-kind=feedback]"));
        assertTrue(news.getText().contains(TITLE), news.getText());
        browser.assertAccessible("the start page with new feedback");
        browser.screenshot("review-07-teacher-new-feedback");
        browser.click(news.findElement(By.tagName("a")));
        waitForText("#trainer-feedback", "Probeer ook het praatpapier.");
        waitForText("#review-note", "Je trainer heeft dit werk goedgekeurd.");
        waitForText(".assignment__badge", "Afgerond");
        browser.visible(By.id("feedback-reply")).sendKeys("Dank je, dat ga ik doen.");
        browser.click(browser.visible(By.id("send-reply")));
        waitForText("#trainer-feedback", "Je reactie is verstuurd.");
        browser.assertAccessible("the assignment with the trainer's feedback and the reply");
        browser.screenshot("review-08-teacher-replied");

        // The trainer prints all of the teacher's work.
        open(trainer, "/app/course/members/" + userId(anna) + "/print");
        waitForText("h1", "Al het werk van Anna de Vries");
        waitForText("main", "Dank je, dat ga ik doen.");
        browser.assertAccessible("the printable work");
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.screenshot("review-09-print");
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void inAPlatformsNarrowFrameOnlyTheTableScrolls() {
        token("frame-dirk", claims -> claims.set("name", "Dirk Jansen"));
        FramedTool tool = FramedTool.open(browser, registered.platform().coursePageAsTrainer("frame-tineke"),
                new Screen(760, 900, false), "nl");
        browser.visible(By.cssSelector(".matrix"));
        assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"),
                "the page in the frame does not scroll sideways");
        assertNamesStayInView();
        tool.assertAccessible("the course page in a platform's frame");
        tool.screenshot("review-10-course-in-platform-frame");
        // Moodle 4.5 on a 390 px phone gives the tool a frame of about 372 px: the filters' selects, as wide as
        // their longest module title, must shrink to it rather than make the whole frame scroll sideways.
        browser.phoneViewport(390, 844);
        tool.enter();
        browser.visible(By.cssSelector(".matrix"));
        assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"),
                "the page in a phone's frame does not scroll sideways");
        tool.screenshot("review-11-course-in-platform-frame-390");
        browser.driver().switchTo().defaultContent();
        browser.desktopViewport();
    }

    /** Scrolled to the far right, the name column is still at the left edge of the table's box. */
    private static void assertNamesStayInView() {
        Number offset = (Number) browser.script("const box = document.querySelector('.matrix-scroll');"
                + " box.scrollLeft = box.scrollWidth;"
                + " const name = box.querySelector('tbody th.matrix-name');"
                + " const result = Math.abs(name.getBoundingClientRect().left - box.getBoundingClientRect().left);"
                + " box.scrollLeft = 0; return result;");
        assertTrue(offset.doubleValue() < 2, "the names moved out of view by " + offset);
    }

    private static List<String> rowNames() {
        return browser.waitUntil(driver -> driver.findElements(By.cssSelector(".matrix tbody .matrix-name__text"))
                .stream().map(WebElement::getText).toList());
    }

    private static void waitForText(String selector, String text) {
        browser.waitUntil(driver -> {
            String shown = browser.text(selector);
            return shown != null && shown.contains(text);
        });
    }

    /** A launch of the class's platform over HTTP: the session token the launch hands the page. */
    private static String token(String subject, UnaryOperator<LaunchClaims> changes) {
        return registered.platform().launch(testbed.browser(), subject, changes).sessionToken()
                .orElseThrow(() -> new AssertionError("no session for " + subject));
    }

    /** Opens a page of the tool with the session a launch handed over. */
    private static void open(String token, String path) {
        browser.openSignedIn(path, token);
        browser.waitUntil(driver -> "complete".equals(browser.script("return document.readyState")));
        browser.visible(By.cssSelector("main h1"));
    }

    private static long userId(String token) {
        try {
            JsonNode claims = WorkClient.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            return claims.path("sub").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
