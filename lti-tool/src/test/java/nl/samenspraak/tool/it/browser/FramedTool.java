package nl.samenspraak.tool.it.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The tool as a teacher meets it: inside a learning platform's course page, in the platform's frame, on a
 * laptop or a phone, in the teacher's language. {@link #open} loads the course page at the screen's size,
 * moves the browser into the tool's frame once the tool has drawn its first page and switches the tool's
 * language when the launch brought another; from then on the browser stays in the frame, and the checks
 * below step out to the course page and back in where they need to.
 */
public final class FramedTool {

    /** A browser window's size: a laptop's, or a phone's in CSS pixels as its browser reports them. */
    public record Screen(int width, int height, boolean phone) {

        public static final Screen LAPTOP = new Screen(1280, 900, false);

        /** A phone of this width, 844 px high as an iPhone 14's. */
        public static Screen phone(int width) {
            return new Screen(width, 844, true);
        }
    }

    private final Browser browser;
    private final String frame;

    private FramedTool(Browser browser, String frame) {
        this.browser = browser;
        this.frame = frame;
    }

    /**
     * Opens the emulated platform's course page (its frame is {@code tool}) at the screen's size and waits in
     * the frame for the tool's first page, in the language asked for.
     */
    public static FramedTool open(Browser browser, URI coursePage, Screen screen, String language) {
        return open(browser, coursePage, "tool", screen, language);
    }

    /** As {@link #open(Browser, URI, Screen, String)}, for a course page whose frame has another id (the demo's). */
    public static FramedTool open(Browser browser, URI coursePage, String frame, Screen screen, String language) {
        if (screen.phone()) {
            browser.phoneViewport(screen.width(), screen.height());
        } else {
            browser.desktopViewport();
            browser.driver().manage().window().setSize(new Dimension(screen.width(), screen.height()));
        }
        browser.driver().switchTo().defaultContent();
        browser.driver().get(coursePage.toString());
        FramedTool tool = new FramedTool(browser, frame);
        tool.enter();
        browser.waitUntil(driver -> "complete".equals(browser.script("return document.readyState"))
                && !driver.findElements(By.cssSelector("main h1")).isEmpty());
        // the tab keeps a language chosen earlier (sessionStorage), so the switch is used only when needed
        if (!language.equals(browser.script("return document.documentElement.lang"))) {
            browser.click(browser.visible(By.id("language-switch")));
            browser.waitUntil(driver -> language.equals(browser.script("return document.documentElement.lang")));
        }
        browser.visible(By.cssSelector("main h1"));
        return tool;
    }

    /** Into the tool's frame, where the next step happens. */
    public void enter() {
        browser.driver().switchTo().defaultContent();
        browser.waitUntil(ExpectedConditions.frameToBeAvailableAndSwitchToIt(frame));
    }

    /** axe-core on the tool's page (it leaves the driver at the course page), then back into the frame. */
    public void assertAccessible(String state) {
        browser.assertAccessible(state);
        enter();
    }

    /** The whole course page with the tool in it, to {@code target/screenshots/<name>.png}. */
    public void screenshot(String name) {
        browser.driver().switchTo().defaultContent();
        browser.screenshot(name);
        enter();
    }

    /** The course page made the frame as tall as the tool asked (lti.frameResize), so nothing scrolls inside it. */
    public void assertSized() {
        browser.waitUntil(driver -> (Boolean) browser.script(
                "return document.documentElement.scrollHeight <= window.innerHeight + 1"));
    }

    /**
     * The frame fits the tool: the course page made it as tall as the tool asked (lti.frameResize), so nothing
     * scrolls inside it; neither the course page nor the tool scrolls sideways; nothing sticks out or is cut
     * off, and every control a person taps is at least 44 px each way.
     */
    public void assertFits(String state) {
        assertSized();
        List<String> problems = PageLayout.problems(browser);
        browser.driver().switchTo().defaultContent();
        boolean coursePageFits = (Boolean) browser.script(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        enter();
        if (!problems.isEmpty() || !coursePageFits) {
            throw new AssertionError("The tool does not fit its frame on " + state
                    + (coursePageFits ? "" : " (the course page scrolls sideways)") + ":\n- " + String.join("\n- ", problems));
        }
    }

    /**
     * The element is in the course page's window, where the person looks (the frame scrolls nothing itself):
     * its top at least, and all of it when it fits.
     */
    public void assertInView(String selector) {
        assertPlaced(selector, false);
    }

    /** As {@link #assertInView}, and the element must fit: all of it is in the course page's window. */
    public void assertWhollyInView(String selector) {
        assertPlaced(selector, true);
    }

    @SuppressWarnings("unchecked")
    private void assertPlaced(String selector, boolean whole) {
        browser.waitUntil(driver -> {
            // The element may still be on its way (a dialog whose module is imported when first used).
            List<Number> box = (List<Number>) browser.script("const element = document.querySelector(arguments[0]);"
                    + " if (!element) { return null; } const box = element.getBoundingClientRect();"
                    + " return [box.top, box.bottom];", selector);
            if (box == null) {
                return false;
            }
            driver.switchTo().defaultContent();
            List<Number> window = (List<Number>) browser.script("const tool = document.getElementById(arguments[0]);"
                    + " return [tool.getBoundingClientRect().top + tool.clientTop, window.innerHeight];", frame);
            enter();
            double top = window.get(0).doubleValue() + box.get(0).doubleValue();
            double bottom = window.get(0).doubleValue() + box.get(1).doubleValue();
            double height = window.get(1).doubleValue();
            boolean fits = bottom - top <= height;
            return top >= -1 && (bottom <= height + 1 || (!whole && !fits));
        });
    }
}
