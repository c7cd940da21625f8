package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
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

/**
 * The teacher's and trainer's pages in a real browser, launched through the built-in demo platform (on the
 * embedded-database server, which runs the demo; its data folder is emptied before every run, and these
 * tests expect the demo course's teachers to start without work). The film with its time-stamped
 * question, autosave through a reload and a lost connection, submitting, progress, English on a phone,
 * the quickscan with a retake, the action plan, a reading assignment and the trainer's return for revision.
 * axe-core checks every page; screenshots go to target/screenshots.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class TeacherPagesBrowserIT {

    private static final String FILM = "bedeesde-ouder-film";
    /**
     * How long a stretch of the film may take to play: seconds at four times the speed on an idle machine,
     * but a loaded two-core CI machine decodes slower, and the wait ends as soon as the film gets there.
     */
    private static final Duration PLAYBACK = Duration.ofMinutes(3);
    private static final String LONG_ENOUGH = "Een antwoord dat lang genoeg is, over mijn eigen aanpak met ouders in de klas.";
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
    void backOnline() {
        browser.cdp("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        browser.desktopViewport();
    }

    @Test
    void aTeacherWatchesAnswersTheQuestionsOnTheWayAndSubmitsTheFilm() throws IOException {
        launch("anna", FILM, "nl");
        WebElement title = browser.visible(By.id("assignment-title"));
        assertEquals("Film: 10-minutengesprek met bedeesde ouder", title.getText());
        assertEquals("Niet begonnen", badge());
        recordTiming("film, nl, desktop, first load");
        browser.driver().navigate().refresh();
        browser.visible(By.id("assignment-title"));
        recordTiming("film, nl, desktop, reload");
        browser.assertAccessible("the film assignment");
        browser.screenshot("teacher-01-film");

        watchFilm("Opgeslagen", "Vraag bij 0:36", "Verder kijken", "Opdracht inleveren", "Ingeleverd op",
                "Afgerond", "Mijn voortgang", "teacher-0");

        // The trainer finds the work completed on the course page, opens it and returns it for revision; the
        // teacher can change it again.
        launch("carla", FILM, "nl");
        browser.visible(By.cssSelector(".matrix"));
        browser.assertAccessible("the trainer's course overview");
        browser.screenshot("trainer-01-course");
        browser.click(browser.visible(By.cssSelector(
                "a[aria-label='Anna de Vries, Film: 10-minutengesprek met bedeesde ouder: Afgerond']")));
        browser.visible(By.id("assignment-title"));
        browser.click(browser.visible(By.cssSelector("details.return summary")));
        browser.visible(By.id("return-reason")).sendKeys("Vertel bij de tweede vraag wat je zelf zou doen.");
        browser.click(browser.visible(By.id("return")));
        browser.waitUntil(driver -> String.valueOf(browser.text("#review-title-status")).startsWith("Teruggestuurd."));
        browser.screenshot("trainer-02-returned");
        launch("anna", FILM, "nl");
        assertTrue(browser.visible(By.id("work-note")).getText().startsWith("Je trainer heeft deze opdracht heropend"));
        assertFalse(browser.visible(By.cssSelector("#q-ouder-op-gemak textarea")).getDomProperty("readOnly").equals("true"));
    }

    @Test
    void theSameInEnglishOnAPhone() throws IOException {
        browser.phoneViewport(360, 740);
        launch("bram", FILM, "en");
        WebElement title = browser.visible(By.id("assignment-title"));
        assertEquals("Film: ten-minute conversation with a shy parent", title.getText());
        assertEquals("en", browser.script("return document.documentElement.lang"));
        assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= 360"), "no sideways scrolling on a phone");
        recordTiming("film, en, phone");
        browser.assertAccessible("the film assignment in English on a phone");
        browser.screenshot("phone-01-film-en");

        watchFilm("Saved", "Question at 0:36", "Continue watching", "Submit assignment", "Submitted on",
                "Completed", "My progress", "phone-0");
    }

    @Test
    void aLostConnectionShowsNotSavedAndSavesOnceBack() {
        launch("bram", "partnerschap-voor-hoofd-natraject", "nl");
        WebElement answer = browser.visible(By.cssSelector("#q-bewuste-keuze textarea"));
        browser.cdp("Network.enable", Map.of());
        browser.cdp("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", 0, "uploadThroughput", 0));
        answer.sendKeys("Getypt zonder verbinding");
        browser.waitUntil(driver -> status("q-bewuste-keuze").equals("Opslaan lukt niet, we proberen het opnieuw"));
        assertEquals("Opslaan lukt niet, we proberen het opnieuw", browser.driver().findElement(By.cssSelector(".page-status")).getText());
        browser.screenshot("offline-01-not-saved");

        browser.cdp("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        browser.waitUntil(driver -> status("q-bewuste-keuze").startsWith("Opgeslagen"));
        browser.driver().navigate().refresh();
        assertEquals("Getypt zonder verbinding", browser.visible(By.cssSelector("#q-bewuste-keuze textarea")).getDomProperty("value"));
    }

    @Test
    void aReadingAssignmentWithItsQuestions() {
        launch("anna", "klavertje-vier", "nl");
        browser.visible(By.id("reading-title"));
        browser.assertAccessible("the reading assignment");
        WebElement first = browser.visible(By.cssSelector("#q-toepassen-eigen-praktijk textarea"));
        first.sendKeys("kort");
        browser.waitUntil(driver -> driver.findElement(By.id("q-toepassen-eigen-praktijk-count")).getText().equals("4 / 3000"));
        assertTrue(browser.driver().findElement(By.id("q-toepassen-eigen-praktijk-count")).getDomAttribute("class").contains("counter--short"));
        browser.waitUntil(driver -> status("q-toepassen-eigen-praktijk").startsWith("Opgeslagen"));
        browser.screenshot("reading-01-draft");

        submit();
        WebElement issues = browser.visible(By.id("submit-issues"));
        assertEquals("submit-issues", browser.focusedId());
        browser.assertAccessible("the reading assignment with what is missing");
        issues.findElement(By.partialLinkText("Wat kun je hiervan toepassen")).click();
        assertEquals("q-toepassen-eigen-praktijk-input", browser.focusedId());
        first.clear();
        for (WebElement answer : browser.driver().findElements(By.cssSelector(".question textarea"))) {
            answer.sendKeys(LONG_ENOUGH);
        }
        submit();
        browser.visible(By.id("work-note"));
        assertEquals("Afgerond", badge());
        assertEquals("true", browser.driver().findElement(By.cssSelector("#q-toepassen-eigen-praktijk textarea")).getDomProperty("readOnly"));
        browser.screenshot("reading-02-submitted");
    }

    @Test
    void theQuickscanShowsTheResultAndComparesARetake() {
        launch("anna", "kennismakingsgesprek-quickscan", "nl");
        browser.visible(By.cssSelector("label[for=sector-po]")).click();
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("fieldset.statement")).size() == 20);
        browser.assertAccessible("the quickscan statements");
        List<WebElement> statements = browser.driver().findElements(By.cssSelector("fieldset.statement"));
        for (int i = 0; i < statements.size(); i++) {
            if (i % 4 != 3) { // every fourth statement is skipped
                browser.click(statements.get(i).findElements(By.tagName("label")).get(i % 4));
            }
        }
        browser.waitUntil(driver -> driver.findElement(By.cssSelector(".page-status")).getText().startsWith("Alles is opgeslagen"));

        // Changing the sector would remove the answers: the teacher is asked, and says no.
        browser.click(browser.driver().findElement(By.cssSelector("label[for=sector-vo]")));
        WebElement dialog = browser.visible(By.cssSelector("dialog[open]"));
        assertTrue(dialog.getText().contains("verdwijnen je 15 antwoorden"), dialog.getText());
        browser.assertAccessible("the sector dialog");
        dialog.findElement(By.cssSelector("button.secondary")).click();
        assertTrue(browser.driver().findElement(By.id("sector-po")).isSelected());

        submit();
        browser.visible(By.id("results"));
        assertTrue(browser.text("#results table").contains("Welkom en kennismaking"));
        // the result comes first, with what each theme's score means and a next step
        browser.waitUntil(driver -> "results-title".equals(browser.focusedId()));
        assertTrue((Boolean) browser.script("return !!(document.getElementById('results').compareDocumentPosition("
                + "document.getElementById('quickscan')) & Node.DOCUMENT_POSITION_FOLLOWING)"), "the result before the statements");
        assertTrue(browser.text("#results .results__themes").contains("Een volgende stap:"), browser.text("#results"));
        browser.assertAccessible("the quickscan result");
        browser.screenshot("quickscan-01-result");

        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space()='Quickscan opnieuw invullen']")));
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("fieldset.statement input:not([disabled])")).size() > 0);
        for (WebElement statement : browser.driver().findElements(By.cssSelector("fieldset.statement"))) {
            browser.click(statement.findElements(By.tagName("label")).get(3));
        }
        browser.waitUntil(driver -> driver.findElement(By.cssSelector(".page-status")).getText().startsWith("Alles is opgeslagen"));
        submit();
        browser.visible(By.cssSelector(".chart__legend"));
        browser.waitUntil(driver -> "results-title".equals(browser.focusedId()));
        assertEquals("Uitkomst per thema: ronde 1 en ronde 2", browser.text("#results figcaption"));
        assertTrue(browser.text("#results table").contains("Welkom en kennismaking33%100%"), browser.text("#results table"));
        browser.assertAccessible("the quickscan compared with the retake");
        browser.screenshot("quickscan-02-compared");
    }

    @Test
    void anActionPlanIsPlannedDoneAndReflectedOn() {
        launch("anna", "ouderbetrokkenheid-actieplan", "nl");
        browser.click(browser.visible(By.cssSelector(".action-option button")));
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".plan__item")).size() == 1);
        assertTrue(browser.focusedId().endsWith("-date"), "the new action's date has the focus");
        browser.driver().findElement(By.id("own-action")).sendKeys("Ik nodig ouders uit voor een koffieochtend.");
        browser.click(browser.driver().findElement(By.cssSelector(".own-action button")));
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".plan__item")).size() == 2);
        browser.click(browser.driver().findElements(By.cssSelector(".plan__item input[type=checkbox]")).get(0));
        assertEquals("Geef eerst een datum, dan kun je de actie afvinken.", browser.text("#plan-summary + .field__error"));
        for (int i = 0; i < 2; i++) {
            int item = i;
            browser.script("const input = document.querySelectorAll('.plan__item input[type=date]')[arguments[0]];"
                    + " input.value = '2026-12-0' + (arguments[0] + 1); input.dispatchEvent(new Event('change'));", item);
            // The plan is drawn again once the server has the date: the line about what is left changes.
            String afterDate = item == 0 ? "Nog te plannen: 1, nog af te vinken: 2" : "Nog af te vinken: 1";
            try {
                browser.waitUntil(driver -> driver.findElement(By.id("plan-summary")).getText().startsWith(afterDate));
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("action-plan-failed");
                throw new AssertionError("after the date: " + browser.text("#plan-summary") + " / " + browser.text("#plan-summary + .field__error")
                        + " / " + browser.script("return [...document.querySelectorAll('.plan__item input[type=date]')].map(i => i.value).join()"), e);
            }
            browser.script("document.querySelectorAll('.plan__item input[type=checkbox]')[arguments[0]].click()", item);
            browser.waitUntil(driver -> (Boolean) browser.script(
                    "return document.querySelectorAll('.plan__item input[type=checkbox]')[arguments[0]].checked", item));
        }
        browser.waitUntil(driver -> driver.findElement(By.id("plan-summary")).getText().equals("Je hebt genoeg acties gepland en gedaan."));
        for (WebElement answer : browser.driver().findElements(By.cssSelector(".question textarea"))) {
            answer.sendKeys(LONG_ENOUGH);
        }
        browser.assertAccessible("the action plan");
        browser.screenshot("action-plan-01-planned");
        submit();
        browser.visible(By.id("work-note"));
        assertEquals("Afgerond", badge());
        browser.screenshot("action-plan-02-submitted");
    }

    /**
     * The film from start to end: the first time-stamped question stops it, the answer is saved and
     * playback goes on; a draft survives a reload; the film watched, the last questions answered, the
     * work is submitted and the progress page shows it completed.
     */
    private void watchFilm(String saved, String questionHeading, String continueWatching, String submitLabel,
                           String submittedNote, String completed, String progressLink, String shots) {
        play();
        browser.waitUntil(PLAYBACK, driver -> (Boolean) browser.script("const v = document.querySelector('video');"
                + " return v.paused && v.currentTime >= 36 && v.currentTime < 40"));
        assertEquals("at-ouder-op-gemak", browser.focusedId());
        assertEquals(questionHeading, browser.driver().findElement(By.id("at-ouder-op-gemak")).getText());
        browser.assertAccessible("the film stopped at a question");
        browser.screenshot(shots + "2-question");
        browser.driver().findElement(By.cssSelector("#q-ouder-op-gemak textarea")).sendKeys(LONG_ENOUGH);
        browser.waitUntil(driver -> status("q-ouder-op-gemak").startsWith(saved));
        browser.click(browser.driver().findElement(By.xpath("//div[@class='timed-question'][.//*[@id='q-ouder-op-gemak']]//button[normalize-space()='" + continueWatching + "']")));
        browser.waitUntil(driver -> (Boolean) browser.script("return !document.querySelector('video').paused"));

        // The second question stops the film; a draft typed there is in the page again after a reload.
        browser.waitUntil(PLAYBACK, driver -> (Boolean) browser.script("const v = document.querySelector('video');"
                + " return v.paused && v.currentTime >= 70"));
        browser.driver().findElement(By.cssSelector("#q-ouder-uitnodigen-ervaringen textarea")).sendKeys(LONG_ENOUGH);
        browser.driver().navigate().refresh();
        assertEquals(LONG_ENOUGH, browser.visible(By.cssSelector("#q-ouder-uitnodigen-ervaringen textarea")).getDomProperty("value"));
        browser.waitUntil(driver -> status("q-ouder-uitnodigen-ervaringen").startsWith(saved));

        browser.script("document.querySelector('video').currentTime = 70");
        play();
        browser.waitUntil(PLAYBACK, driver -> (Boolean) browser.script("return document.querySelector('video').ended"));
        browser.waitUntil(driver -> driver.findElement(By.cssSelector("#q-omgaan-met-bedeesde-ouders textarea")).isDisplayed());
        for (String question : List.of("omgaan-met-bedeesde-ouders", "visie-en-ervaringen-uitnodigen")) {
            browser.driver().findElement(By.cssSelector("#q-" + question + " textarea")).sendKeys(LONG_ENOUGH);
        }
        browser.screenshot(shots + "3-answered");
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space()='" + submitLabel + "']")));
        browser.confirm();
        browser.waitUntil(driver -> driver.findElement(By.id("work-note")).getText().startsWith(submittedNote));
        assertEquals(completed, badge());
        browser.assertAccessible("the submitted film");
        browser.screenshot(shots + "4-submitted");

        browser.click(browser.driver().findElement(By.linkText(progressLink)));
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/app/progress"));
        WebElement film = browser.visible(By.xpath("//li[.//a[contains(@href, '" + FILM + "')]]"));
        assertTrue(film.getText().contains(completed), film.getText());
        browser.assertAccessible("the progress page");
        browser.screenshot(shots + "5-progress");
        browser.driver().navigate().back();
        browser.waitUntil(driver -> driver.findElement(By.id("assignment-title")).isDisplayed());
    }

    /** Launches the tool as a person of the demo course, for a link to the assignment, in a language. */
    private static void launch(String persona, String assignment, String locale) {
        browser.open("/demo/launch?persona=" + persona + "&assignment=" + assignment + "&locale=" + locale + "&display=window");
        browser.waitUntil(driver -> driver.getCurrentUrl().matches("^https?://[^/]+/app/.*")
                && "complete".equals(browser.script("return document.readyState")));
        browser.visible(By.cssSelector("main h1"));
    }

    /** Muted (so no user gesture is needed) and at four times the speed, as far as the server credits it. */
    private static void play() {
        browser.script("const v = document.querySelector('video'); v.muted = true; v.playbackRate = 4; v.play();");
    }

    /** Submits, saying yes when the page asks whether to (only a trainer can undo it). */
    private static void submit() {
        browser.click(browser.driver().findElement(By.id("submit")));
        browser.confirm();
    }

    private static String badge() {
        return browser.driver().findElement(By.cssSelector(".assignment__badge .badge")).getText().replaceAll("^\\W+", "");
    }

    private static String status(String questionId) {
        return browser.driver().findElement(By.id(questionId + "-status")).getText();
    }

    /**
     * How long the page took on loopback, as the browser measured it: until the load event, and until the
     * page drew the assignment (its own mark). Reported in target/page-timing.txt, not asserted.
     */
    private static void recordTiming(String page) throws IOException {
        browser.waitUntil(driver -> (Boolean) browser.script("return performance.getEntriesByName('samenspraak:page-shown').length > 0"));
        Object figures = browser.script("const n = performance.getEntriesByType('navigation')[0];"
                + " const shown = performance.getEntriesByName('samenspraak:page-shown')[0];"
                + " const assets = performance.getEntriesByType('resource').filter(r => /\\.(js|css)$/.test(new URL(r.name).pathname));"
                + " return Math.round(n.loadEventEnd) + ' ms to load, ' + Math.round(shown.startTime) + ' ms until shown, '"
                + " + assets.length + ' JS/CSS files, ' + assets.reduce((sum, r) => sum + r.encodedBodySize, 0) + ' bytes on the wire';");
        String line = page + ": " + figures + System.lineSeparator();
        System.out.print("Page timing, " + line);
        Files.writeString(Path.of("target", "page-timing.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
