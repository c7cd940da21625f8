package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.samenspraak.tool.it.browser.Browser;
import nl.samenspraak.tool.it.browser.FramedTool;
import nl.samenspraak.tool.it.browser.FramedTool.Screen;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A launch from a learning platform's course page, with the tool in an iframe, in a browser that blocks
 * third-party cookies. The platform is on {@code localhost} and the tool on 127.0.0.1: different sites, so
 * the tool is a third party and gets no cookie; the launch then binds state and browser through the
 * platform's postMessage storage.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class IframeLaunchBrowserIT {

    private static LtiTestbed testbed;
    private static EmulatedPlatform platform;
    private static Browser browser;

    @BeforeAll
    static void start() {
        testbed = new LtiTestbed();
        platform = EmulatedPlatform.start(testbed.tool(), "localhost");
        testbed.admin().register(platform);
        browser = Browser.startBlockingThirdPartyCookies();
    }

    @AfterAll
    static void stop() {
        browser.close();
        platform.close();
        testbed.close();
    }

    @Test
    void theLaunchSucceedsInTheFrameThroughThePlatformStorageAndSurvivesAReload() {
        FramedTool tool = FramedTool.open(browser, platform.coursePage("iframe-anna", true), Screen.LAPTOP, "nl");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Anna de Vries"));

        assertTrue(browser.cookieNames(testbed.tool().toString()).stream().noneMatch(name -> name.startsWith("lti_state_")),
                "the state cookie is gone once the launch used it");
        browser.driver().switchTo().defaultContent();
        // the tool asked with lti.frameResize, the course page sized its frame, and nothing scrolls inside it
        browser.waitUntil(driver -> !"".equals(browser.script("return document.getElementById('tool').style.height")));
        tool.enter();
        tool.assertSized();
        tool.screenshot("lti-01-iframe-launch-third-party-cookies-blocked");

        ((JavascriptExecutor) browser.driver()).executeScript("location.reload()");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Anna de Vries"));
        browser.driver().switchTo().defaultContent();
    }

    /**
     * Session fixation: a link with someone else's session token in it, opened where the page can use storage,
     * does not sign the victim in as that person; the page asks to start from the course instead.
     */
    @Test
    void aLinkCarryingSomeoneElsesTokenSignsNobodyIn() {
        HttpBrowser attacker = testbed.browser();
        String token = attacker.sessionToken(platform.launch(attacker, "fixation-attacker", claims -> claims))
                .orElseThrow();

        browser.driver().get(testbed.tool().resolve("/app/#session=" + token).toString());

        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=alert]"),
                "Je bent niet (meer) aangemeld."));
        assertTrue(browser.script("return window.location.hash").toString().isEmpty(), "the token left the address");
        browser.assertAccessible("a link with someone else's session");
        browser.screenshot("lti-03-link-with-foreign-session-refused");
    }

    @Test
    void withoutPlatformStorageThePartitionedStateCookieBindsTheLaunchInTheFrame() {
        // As Moodle 4.5 on another site over http: no lti_storage_target, third-party cookies blocked. The tool
        // on the loopback host sets SameSite=None; Secure; Partitioned, which Chromium keeps for the frame.
        FramedTool tool = FramedTool.open(browser, platform.coursePage("iframe-bram", false), Screen.LAPTOP, "nl");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Anna de Vries"));

        tool.assertAccessible("the tool launched in a frame without platform storage");
        tool.screenshot("lti-02-iframe-launch-without-storage");
    }
}
