package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspraak.tool.it.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/**
 * The teacher's page in a real browser loads every script and style by its hashed URL (the import map also
 * maps the modules' own imports and the film part the page imports when the film opens), loads no trainer
 * page, and on a reload takes them all from the cache without asking the server (Resource Timing's
 * transferSize 0). Launched through the demo platform on the embedded-database server; opening the film
 * does not start the work.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class CachedFilesBrowserIT {

    /** The page's scripts and styles: the path with its query, and the bytes that went over the network. */
    private static final String FILES = "return performance.getEntriesByType('resource')"
            + ".filter(r => /\\.(js|css)$/.test(new URL(r.name).pathname))"
            + ".map(r => new URL(r.name).pathname + new URL(r.name).search + ' ' + r.transferSize);";

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
    void theFilmLoadsOnlyItsOwnModulesByHashedUrlsAndAReloadAsksForNone() {
        browser.desktopViewport();
        browser.open("/demo/launch?persona=bram&assignment=bedeesde-ouder-film&locale=nl&display=window");
        browser.visible(By.id("assignment-title"));
        List<String> first = shown();

        assertTrue(first.stream().anyMatch(file -> file.startsWith("/static/js/film.js?v=")), first.toString());
        assertTrue(first.stream().anyMatch(file -> file.startsWith("/static/css/samenspraak.css?v=")), first.toString());
        for (String file : first) {
            assertTrue(file.matches("/static/\\S+\\?v=[0-9a-f]{16} \\d+"), "not by its hashed URL: " + file);
            assertTrue(!file.contains("/course") && !file.contains("/review.js") && !file.contains("/texts-trainer.js")
                    && !file.contains("/quickscan.js") && !file.contains("/peer-coaching.js"), "not this page's: " + file);
        }
        browser.assertAccessible("the film, loaded with hashed URLs");
        browser.screenshot("cached-01-film-first-load");

        browser.driver().navigate().refresh();
        browser.visible(By.id("assignment-title"));
        List<String> again = shown();

        assertTrue(again.stream().anyMatch(file -> file.startsWith("/static/js/film.js?v=")), again.toString());
        for (String file : again) {
            assertTrue(file.endsWith(" 0"), "asked the server on a reload: " + file + " in " + again);
        }
        assertEquals(first.size(), again.size(), first + " " + again);
        browser.phoneViewport(390, 844);
        browser.assertAccessible("the film after a reload on a phone");
        browser.screenshot("cached-02-film-reload-phone");
    }

    /** Waits until the page drew the assignment, then lists its scripts and styles as Resource Timing saw them. */
    @SuppressWarnings("unchecked")
    private static List<String> shown() {
        browser.waitUntil(driver -> (Boolean) browser.script(
                "return performance.getEntriesByName('samenspraak:page-shown').length > 0"));
        return (List<String>) browser.script(FILES);
    }
}
