package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.samenspraak.tool.it.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * Two tabs of the same teacher editing one answer: the tab that saves over a version it never saw gets both
 * versions side by side and chooses; either choice is what the server keeps. On the embedded-database
 * server (the demo), as Bram in an assignment the other browser tests leave alone.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class DraftConflictBrowserIT {

    private static final String TIPS = "tien-tips-samenwerking-ouders";
    private static final String QUESTION = "q-tips-al-toegepast";
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

    @Test
    void theStaleTabShowsBothVersionsAndTheTeacherChooses() {
        launch();
        String first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        launch();
        String second = browser.driver().getWindowHandle();

        type("In het tweede tabblad geschreven: ik nodig ouders vaker uit.");
        browser.waitUntil(driver -> status().startsWith("Opgeslagen"));

        browser.driver().switchTo().window(first);
        type("In het eerste tabblad geschreven: ik bel ouders na een goede dag.");
        WebElement panel = browser.visible(By.id(QUESTION + "-conflict"));
        assertTrue(status().startsWith("Niet opgeslagen: er is intussen een nieuwere versie bewaard"), status());
        assertEquals("In het eerste tabblad geschreven: ik bel ouders na een goede dag.",
                panel.findElement(By.id(QUESTION + "-conflict-mine")).getText());
        assertEquals("In het tweede tabblad geschreven: ik nodig ouders vaker uit.",
                panel.findElement(By.id(QUESTION + "-conflict-current")).getText());
        browser.assertAccessible("an answer with a conflict");
        browser.script("document.getElementById(arguments[0]).scrollIntoView()", QUESTION + "-conflict");
        browser.screenshot("conflict-01-laptop");
        browser.phoneViewport(390, 844);
        assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= 390"), "no sideways scrolling");
        browser.script("document.getElementById(arguments[0]).scrollIntoView()", QUESTION + "-conflict");
        browser.screenshot("conflict-02-phone");
        browser.assertAccessible("an answer with a conflict on a phone");
        browser.desktopViewport();

        browser.click(browser.visible(By.id(QUESTION + "-conflict-keep-mine")));
        browser.waitUntil(driver -> status().startsWith("Opgeslagen"));
        assertTrue(browser.driver().findElements(By.id(QUESTION + "-conflict")).isEmpty(), "the choice is made");

        // The second tab is stale now: it takes the version the first one kept.
        browser.driver().switchTo().window(second);
        type(" En nog iets.");
        browser.visible(By.id(QUESTION + "-conflict"));
        browser.click(browser.visible(By.id(QUESTION + "-conflict-keep-current")));
        assertEquals("In het eerste tabblad geschreven: ik bel ouders na een goede dag.", textarea().getDomProperty("value"));
        browser.waitUntil(driver -> status().startsWith("Opgeslagen"));
        browser.screenshot("conflict-03-chosen");

        browser.driver().navigate().refresh();
        assertEquals("In het eerste tabblad geschreven: ik bel ouders na een goede dag.", textarea().getDomProperty("value"),
                "the server keeps what was chosen");
        browser.driver().switchTo().window(first);
        browser.driver().close();
        browser.driver().switchTo().window(second);
    }

    private static void launch() {
        browser.open("/demo/launch?persona=bram&assignment=" + TIPS + "&locale=nl&display=window");
        browser.waitUntil(driver -> driver.getCurrentUrl().matches("^https?://[^/]+/app/.*")
                && "complete".equals(browser.script("return document.readyState")));
        browser.visible(By.cssSelector("#" + QUESTION + " textarea"));
    }

    private static WebElement textarea() {
        return browser.visible(By.cssSelector("#" + QUESTION + " textarea"));
    }

    private static void type(String text) {
        textarea().sendKeys(text);
    }

    private static String status() {
        return browser.driver().findElement(By.id(QUESTION + "-status")).getText();
    }
}
