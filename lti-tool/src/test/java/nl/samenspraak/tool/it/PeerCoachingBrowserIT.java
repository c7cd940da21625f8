package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.it.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * Peer coaching in a real browser, as the demo course's two teachers do it, each in a tab of their own
 * (the session lives per tab): Anna chooses Bram, plans his conversation and puts it in her calendar, fills
 * in and submits the form; Bram reads it, observes Anna in turn; both answer the reflections and submit, and
 * both see the assignment completed. axe-core checks every state; screenshots go to target/screenshots.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class PeerCoachingBrowserIT {

    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final String LONG_ENOUGH = "Vragen naar hoe het thuis gaat, en echt luisteren, bouwt vertrouwen op.";
    private static Browser browser;
    private static Path downloads;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start();
        downloads = Files.createTempDirectory("samenspraak-downloads");
        browser.cdp("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        try (var files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(downloads);
    }

    @Test
    void twoColleaguesObserveEachOtherAndBothComplete() {
        // Bram opens the assignment first, so that the tool knows him as a learner of the course.
        launch("bram");
        String bramsTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        String annasTab = browser.driver().getWindowHandle();
        launch("anna");

        WebElement choose = browser.visible(By.cssSelector("button[aria-label='Nodig Bram Jansen uit als coachingspartner']"));
        browser.assertAccessible("peer coaching before inviting a partner");
        browser.screenshot("peer-01-anna-invites");
        browser.click(choose);
        WebElement dialog = browser.visible(By.cssSelector("dialog[open]"));
        assertTrue(dialog.getText().contains("Pas als Bram Jansen aanneemt"), dialog.getText());
        browser.assertAccessible("the dialog confirming the invitation");
        browser.screenshot("peer-02-anna-confirms");
        dialog.findElement(By.cssSelector("button.danger")).click();
        browser.waitUntil(driver -> "invitations-sent-title".equals(browser.focusedId()));
        assertEquals("Bram Jansen heeft nog niet geantwoord.", browser.text("#invitations-sent .colleague__name"));
        browser.waitUntil(driver -> browser.text(".page-status").startsWith("Je hebt Bram Jansen uitgenodigd."));
        browser.assertAccessible("an invitation waiting for an answer");
        browser.screenshot("peer-02b-anna-invitation-open");

        // Bram sees the invitation on his page and accepts it.
        browser.driver().switchTo().window(bramsTab);
        launch("bram");
        WebElement accept = browser.visible(By.cssSelector("button[aria-label='Neem de uitnodiging van Anna de Vries aan']"));
        assertEquals("Anna de Vries nodigt je uit als coachingspartner.", browser.text("#invitations-received .colleague__name"));
        browser.assertAccessible("an invitation received");
        browser.screenshot("peer-02c-bram-invited");
        browser.click(accept);
        WebElement annaForBram = browser.waitUntil(driver -> driver.findElement(By.cssSelector(".partner h3")));
        browser.waitUntil(driver -> browser.focusedId().equals(annaForBram.getDomAttribute("id")));
        assertEquals("Anna de Vries", annaForBram.getText());
        browser.waitUntil(driver -> "Anna de Vries is nu je coachingspartner.".equals(browser.text(".page-status")));

        browser.driver().switchTo().window(annasTab);
        launch("anna");
        WebElement partner = browser.visible(By.cssSelector(".partner h3"));
        assertEquals("Bram Jansen", partner.getText());

        // Anna plans the conversation she sits in on, and puts it in her calendar.
        WebElement given = browser.driver().findElement(By.xpath("//section[@class='observation-planning'][.//h4[starts-with(normalize-space(), 'Jij kijkt mee bij Bram Jansen')]]"));
        String planning = given.getDomAttribute("aria-labelledby").replace("-title", "");
        browser.script("const input = document.getElementById(arguments[0]); input.value = '2026-12-03T15:30';"
                + " input.dispatchEvent(new Event('input'));", planning + "-at");
        browser.driver().findElement(By.id(planning + "-note")).sendKeys("Lokaal 12");
        browser.click(given.findElement(By.cssSelector("form.planning button")));
        browser.waitUntil(driver -> "Het gesprek: donderdag 3 december 2026 om 15:30.".equals(
                browser.text("#" + planning + "-summary")));
        assertEquals(planning + "-summary", browser.focusedId());
        browser.click(browser.visible(By.xpath("//button[normalize-space()='Zet in je agenda']")));
        String calendar = downloaded("observatie-2026-12-03.ics");
        assertTrue(calendar.contains("DTSTART;TZID=Europe/Amsterdam:20261203T153000"), calendar);
        assertTrue(calendar.contains("SUMMARY:Observatie oudergesprek: Anna de Vries kijkt mee bij Bram Jansen"), calendar);
        assertTrue(calendar.contains("LOCATION:Lokaal 12"), calendar);
        browser.assertAccessible("a partner with a planned observation");
        browser.screenshot("peer-03-anna-planned");

        // The conversation moves to a week later: she reschedules it as a home visit of 45 minutes.
        By annasObservation = By.xpath("//section[@class='observation-planning'][.//h4[starts-with(normalize-space(),"
                + " 'Jij kijkt mee bij Bram Jansen')]]");
        WebElement change = browser.driver().findElement(annasObservation).findElement(By.cssSelector("details.planning-details"));
        browser.click(change.findElement(By.tagName("summary")));
        browser.script("const input = document.getElementById(arguments[0]); input.value = '2026-12-10T15:30';"
                + " input.dispatchEvent(new Event('input'));", planning + "-at");
        new Select(browser.driver().findElement(By.id(planning + "-kind")))
                .selectByVisibleText("Huisbezoek");
        WebElement minutes = browser.driver().findElement(By.id(planning + "-minutes"));
        minutes.clear();
        minutes.sendKeys("45");
        browser.assertAccessible("the planning being changed");
        browser.screenshot("peer-03b-anna-reschedules");
        browser.click(browser.driver().findElement(By.cssSelector("#" + planning + "-at")).findElement(
                By.xpath("./ancestor::form//button[@type='submit']")));
        browser.waitUntil(driver -> "Het gesprek: donderdag 10 december 2026 om 15:30.".equals(
                browser.text("#" + planning + "-summary")));
        assertTrue(browser.driver().findElement(annasObservation).getText().contains("Huisbezoek, 45 minuten."));

        fillInForm("Bram");
        browser.assertAccessible("the observation form filled in");
        browser.screenshot("peer-04-anna-form");
        submitObservation();
        assertTrue(browser.text("h2:focus").startsWith("Jouw ingeleverde observatie van Bram Jansen"), browser.text("h2:focus"));
        browser.assertAccessible("the observation given, read back");
        browser.screenshot("peer-05-anna-observation-submitted");
        // Her closing reflection waits for Bram's observation of her, and the page says so.
        browser.waitUntil(driver -> String.valueOf(browser.text("#still-owed")).contains("Bram Jansen heeft jou nog niet geobserveerd."));
        browser.assertAccessible("an observation still to receive");
        browser.screenshot("peer-06-anna-waits-for-bram");

        // Bram reads Anna's feedback and observes her in turn, on a phone.
        browser.driver().switchTo().window(bramsTab);
        browser.phoneViewport(360, 740);
        launch("bram");
        browser.visible(By.xpath("//h2[normalize-space()='Feedback van Anna de Vries']"));
        assertTrue(browser.text(".observation--read").contains("Je nam de ouders echt serieus, Bram."), browser.text(".observation--read"));
        assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= 360"), "no sideways scrolling on a phone");
        browser.assertAccessible("the feedback received, on a phone");
        browser.screenshot("peer-07-bram-reads-feedback-phone");
        fillInForm("Anna");
        browser.assertAccessible("the observation form on a phone");
        browser.screenshot("peer-08-bram-form-phone");
        submitObservation();
        answerReflectionsAndSubmit();
        assertEquals("Afgerond", badge(), "Bram gave and received");
        browser.assertAccessible("the assignment completed, on a phone");
        browser.screenshot("peer-09-bram-completed-phone");
        browser.desktopViewport();

        browser.driver().switchTo().window(annasTab);
        browser.driver().navigate().refresh();
        browser.visible(By.xpath("//h2[normalize-space()='Feedback van Bram Jansen']"));
        assertTrue(browser.driver().findElements(By.id("still-owed")).isEmpty(), "nothing owed any more");
        answerReflectionsAndSubmit();
        assertEquals("Afgerond", badge(), "Anna gave and received, then reflected");
        browser.assertAccessible("the assignment completed with both observations");
        browser.screenshot("peer-10-anna-completed");
    }

    /** Marks every behaviour (the first with an example), writes the compliment and the tip, and waits for the save. */
    private static void fillInForm(String observed) {
        WebElement form = browser.visible(By.cssSelector("section.observation:not(.observation--read)"));
        List<WebElement> behaviours = form.findElements(By.cssSelector("fieldset.behaviour"));
        assertEquals(19, behaviours.size());
        for (int i = 0; i < behaviours.size(); i++) {
            List<WebElement> marks = behaviours.get(i).findElements(By.cssSelector(".marks label"));
            browser.click(marks.get(i % 3));
        }
        behaviours.get(0).findElement(By.tagName("textarea")).sendKeys("Liep mee naar binnen en bood koffie aan.");
        String id = form.getDomAttribute("id").replace("observation-", "");
        browser.driver().findElement(By.id("q-obs-" + id + "-compliment-input"))
                .sendKeys("Je nam de ouders echt serieus, " + observed + ".");
        browser.driver().findElement(By.id("q-obs-" + id + "-tip-input")).sendKeys("Vat aan het eind samen wat jullie afspraken.");
        assertEquals("19 van 19 gedragingen hebben een waardering.", browser.text("#obs-" + id + "-marked"));
        browser.waitUntil(driver -> String.valueOf(browser.text("#obs-" + id + "-status")).startsWith("Opgeslagen"));
    }

    private static void submitObservation() {
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space()='Observatie inleveren']")));
        WebElement dialog = browser.visible(By.cssSelector("dialog[open]"));
        assertTrue(dialog.getText().contains("kan hem meteen lezen"), dialog.getText());
        browser.assertAccessible("the dialog confirming the observation's submission");
        browser.confirm();
        browser.waitUntil(driver -> (Boolean) browser.script("return document.activeElement.matches('section.observation--read h2')"));
    }

    private static void answerReflectionsAndSubmit() {
        for (WebElement answer : browser.driver().findElements(By.cssSelector(".questions textarea"))) {
            answer.sendKeys(LONG_ENOUGH);
        }
        browser.click(browser.driver().findElement(By.id("submit")));
        browser.confirm();
        browser.waitUntil(driver -> String.valueOf(browser.text("#work-note")).startsWith("Ingeleverd op"));
    }

    /** The downloaded file's text, once the browser has written all of it. */
    private static String downloaded(String name) {
        Path file = downloads.resolve(name);
        browser.waitUntil(driver -> Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Launches the tool in this tab as a person of the demo course, for the peer-coaching assignment. */
    private static void launch(String persona) {
        browser.open("/demo/launch?persona=" + persona + "&assignment=" + PEER + "&locale=nl&display=window");
        browser.waitUntil(driver -> driver.getCurrentUrl().matches("^https?://[^/]+/app/.*")
                && "complete".equals(browser.script("return document.readyState")));
        browser.visible(By.cssSelector("main h1"));
    }

    private static String badge() {
        return browser.driver().findElement(By.cssSelector(".assignment__badge .badge")).getText().replaceAll("^\\W+", "");
    }
}
