package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspraak.tool.it.browser.Browser;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Privacy in a real browser, with people of the class's own platform (so the demo course's people are left
 * alone): the trainer opens Anna's work from the course matrix; Anna sees that look under My data, downloads her data and
 * opens the page she downloaded; the administrator erases her after a confirmation that says what goes; her
 * partner Bram still reads her feedback, from "een oud-deelnemer". axe-core checks every state; screenshots
 * go to target/screenshots.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class PrivacyBrowserIT {

    private static final String READING = "klavertje-vier";
    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final String PEERS = "/api/assignments/" + PEER + "/peer-coaching";
    private static final String COMPLIMENT = "Je liet de moeder rustig uitpraten.";
    private static WorkPlatform platform;
    private static Browser browser;
    private static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        platform = new WorkPlatform();
        browser = Browser.start();
        downloads = Files.createTempDirectory("samenspraak-privacy-downloads");
        browser.cdp("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        platform.close();
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(downloads);
    }

    @Test
    void aTeacherExportsTheAdministratorErasesThePartnerKeepsTheFeedback() throws IOException {
        String annasSession = session("anna-privacy", "Anna Privacy", LaunchClaims.LEARNER);
        String bramsSession = session("bram-privacy", "Bram Partner", LaunchClaims.LEARNER);
        String trainersSession = session("tineke-privacy", "Tineke Trainer", LaunchClaims.INSTRUCTOR);
        WorkClient anna = WorkClient.withToken(annasSession);
        anna.answerEveryQuestion(READING);
        giveFeedback(anna, WorkClient.withToken(bramsSession));

        // The trainer opens Anna's work from the course matrix: a look at her work.
        browser.openSignedIn("/app/", trainersSession);
        browser.visible(By.cssSelector(".matrix"));
        assertTrue(browser.visible(By.cssSelector(".page-footer a[href='/app/my-data']")).isDisplayed());
        browser.click(browser.visible(By.cssSelector("a.matrix-cell__link[aria-label^='Anna Privacy, '][href$='/" + READING + "']")));
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("/app/course/members/"));
        browser.visible(By.cssSelector("main h1"));

        // Anna sees it under My data, reached from the footer (another address: a new page, with her session).
        browser.openSignedIn("/app/progress", annasSession);
        browser.click(browser.visible(By.cssSelector(".page-footer a[href='/app/my-data']")));
        WebElement looks = browser.visible(By.id("audit-table"));
        assertTrue(looks.getText().contains("Trainer: Tineke Trainer"), looks.getText());
        assertTrue(looks.getText().contains("opende je werk"), looks.getText());
        browser.assertAccessible("My data with the trainer's look");
        browser.screenshot("privacy-01-my-data");

        browser.click(browser.visible(By.id("export-html")));
        Path page = downloaded(".html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("Een antwoord dat lang genoeg is."), "the download holds her answers");
        browser.click(browser.visible(By.id("export-json")));
        assertTrue(Files.readString(downloaded(".json"), StandardCharsets.UTF_8).contains("\"platformUserId\":\"anna-privacy\""));
        browser.driver().get(page.toUri().toString());
        assertEquals("Mijn gegevens in Samenspraak", browser.visible(By.tagName("h1")).getText());
        assertTrue(browser.visible(By.tagName("main")).getText().contains("Een antwoord dat lang genoeg is."));
        browser.assertAccessible("the downloaded page");
        browser.screenshot("privacy-02-downloaded-page");

        browser.phoneViewport(390, 844);
        browser.openSignedIn("/app/my-data", annasSession);
        browser.visible(By.id("audit-table"));
        assertEquals(0L, ((Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue(),
                "no sideways scrolling on a phone");
        browser.screenshot("privacy-03-my-data-phone");
        browser.desktopViewport();

        // The administrator finds Anna and erases her, after reading what goes and what stays.
        browser.open("/admin/");
        browser.visible(By.id("sign-in-password")).sendKeys(AdminClient.PASSWORD);
        browser.click(browser.driver().findElement(By.cssSelector("ss-admin-sign-in button[type=submit]")));
        WebElement search = browser.visible(By.id("teacher-search"));
        search.sendKeys("anna-privacy");
        browser.click(browser.driver().findElement(By.cssSelector("#teachers form button[type=submit]")));
        WebElement erase = browser.visible(By.cssSelector("button[aria-label='Wis de gegevens van Anna Privacy']"));
        browser.visible(By.id("retention-last-run"));
        browser.assertAccessible("the administration's teachers and retention");
        browser.screenshot("privacy-04-admin-teachers");
        browser.click(erase);
        WebElement dialog = browser.visible(By.cssSelector("dialog[open]"));
        assertTrue(dialog.getText().contains("1 ingeleverde observatie(s) voor een coachingspartner blijven bij die"
                + " partner, met als schrijver \"een oud-deelnemer\""), dialog.getText());
        browser.assertAccessible("the erasure's confirmation");
        browser.screenshot("privacy-05-admin-confirms-erasure");
        browser.click(dialog.findElement(By.cssSelector("button[data-confirm]")));
        browser.waitUntil(driver -> driver.findElement(By.id("admin-status")).getText()
                .equals("De gegevens van Anna Privacy zijn gewist."));
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("button[aria-label='Wis de gegevens van Anna Privacy']"))
                .isEmpty());

        // Bram still reads the feedback he received, from a former participant.
        browser.openSignedIn("/app/assignments/" + PEER, bramsSession);
        WebElement partner = browser.visible(By.cssSelector(".partner h3"));
        assertEquals("Een oud-deelnemer", partner.getText());
        WebElement feedback = browser.visible(By.xpath("//*[starts-with(normalize-space(), 'Feedback van een oud-deelnemer')]"));
        assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains(COMPLIMENT),
                "the compliment Anna gave stays with Bram: " + feedback.getText());
        browser.assertAccessible("the partner's page after the erasure");
        browser.screenshot("privacy-06-partner-keeps-feedback");
    }

    @Test
    void thePrivacyPageIsThereInBothLanguages() {
        browser.open("/privacy/");
        assertEquals("Privacy in Samenspraak", browser.visible(By.tagName("h1")).getText());
        assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains("Geen e-mailadres"));
        browser.assertAccessible("the privacy page");
        browser.screenshot("privacy-07-page-nl");
        browser.click(browser.visible(By.cssSelector("a[hreflang=en]")));
        assertTrue(browser.visible(By.tagName("main")).getText().contains("No email address"));
        assertEquals("en", browser.script("return document.documentElement.lang"));
        browser.phoneViewport(390, 844);
        browser.assertAccessible("the privacy page in English on a phone");
        browser.screenshot("privacy-08-page-en-phone");
        browser.desktopViewport();
    }

    private static String session(String subject, String name, String role) {
        return platform.sessionToken(subject, claims -> claims.set("name", name).roles(role)
                .member(LaunchClaims.CONTEXT, "id", "course-privacy-browser"));
    }

    /** Anna invites Bram as her partner, he accepts, and she submits her observation of him, through the API. */
    private static void giveFeedback(WorkClient anna, WorkClient bram) {
        ok(bram.get(PEERS));
        long bramsId = -1;
        for (var colleague : ok(anna.get(PEERS)).at("/peerCoaching/colleagues")) {
            if (colleague.path("name").asText().equals("Bram Partner")) {
                bramsId = colleague.path("userId").asLong();
            }
        }
        var pair = CoachingPairs.pair(PEERS, anna, bramsId, bram).at("/peerCoaching/partners/0");
        String observation = PEERS + "/observations/" + pair.at("/given/id").asLong();
        Map<String, Object> marks = new LinkedHashMap<>();
        anna.assignment(PEER).at("/assignment/observationForm/phases").forEach(phase -> phase.path("behaviours")
                .forEach(behaviour -> {
                    Map<String, Object> mark = new LinkedHashMap<>();
                    mark.put("markId", "voldoende");
                    mark.put("example", null);
                    marks.put(behaviour.path("id").asText(), mark);
                }));
        ok(anna.put(observation, json("marks", marks, "compliment", COMPLIMENT, "tip", "Vat samen wat jullie afspraken.")));
        ok(anna.post(observation + "/submit", null));
    }

    /** The downloaded file with this ending, once the browser has written it whole. */
    private static Path downloaded(String ending) {
        return browser.waitUntil(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(file -> file.toString().endsWith(ending)).toList();
                return done.isEmpty() ? null : done.get(0);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
