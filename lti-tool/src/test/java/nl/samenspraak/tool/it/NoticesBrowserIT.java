package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.it.browser.Browser;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

/**
 * The "Needs you" list at the top of a teacher's start page in a real browser: work returned for revision,
 * new feedback and an observation planned in the coming days, each a sentence with a link to its place;
 * following the feedback's link opens the assignment, after which the notice is gone; a colleague's submitted
 * observation is one too, whose link brings it into view on the peer-coaching page, which marks it read. axe-core checks the
 * page; screenshots at laptop and phone width go to target/screenshots.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class NoticesBrowserIT {

    private static final String READING = "klavertje-vier";
    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final String BASE = "/api/assignments/" + PEER + "/peer-coaching";
    private static WorkPlatform platform;
    private static Browser browser;

    @BeforeAll
    static void start() {
        platform = new WorkPlatform();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        platform.close();
    }

    @Test
    void theTeacherSeesWhatNeedsHerAndFollowsALink() {
        String anna = platform.sessionToken("anna-notices", claims -> claims.set("name", "Anna de Vries")
                .member(LaunchClaims.CONTEXT, "id", "course-notices"));
        String bram = platform.sessionToken("bram-notices", claims -> claims.set("name", "Bram Jansen")
                .member(LaunchClaims.CONTEXT, "id", "course-notices"));
        String tineke = platform.sessionToken("tineke-notices", claims -> claims.roles(LaunchClaims.INSTRUCTOR)
                .member(LaunchClaims.CONTEXT, "id", "course-notices"));
        WorkClient annasClient = WorkClient.withToken(anna);
        WorkClient bramsClient = WorkClient.withToken(bram);
        WorkClient trainer = WorkClient.withToken(tineke);

        open(anna, "/app/");
        assertTrue(browser.driver().findElements(By.cssSelector(".needs-you")).isEmpty(), "nothing needs her yet");

        // Bram and Anna become partners and Bram plans to observe her the day after tomorrow.
        JsonNode pair = CoachingPairs.pair(BASE, bramsClient, claim(anna, "sub"), annasClient).at("/peerCoaching/partners/0");
        LocalDateTime planned = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(2)
                .truncatedTo(ChronoUnit.HOURS).withHour(10);
        ok(bramsClient.put(BASE + "/observations/" + pair.at("/given/id").asLong() + "/planning",
                json("plannedAt", planned.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")))));
        // Anna submits her reading; the trainer sends feedback and returns it for revision.
        ok(trainer.put("/api/courses/" + claim(tineke, "ctx") + "/assignments/" + READING + "/approval",
                json("needsApproval", true)));
        annasClient.answerEveryQuestion(READING);
        ok(annasClient.post("/api/assignments/" + READING + "/submit", null));
        String work = "/api/courses/" + claim(tineke, "ctx") + "/members/" + claim(anna, "sub") + "/assignments/" + READING;
        ok(trainer.put(work + "/feedback", json("text", "Mooi begin; werk je tweede antwoord uit.")));
        ok(trainer.post(work + "/feedback/send", null));
        ok(trainer.post(work + "/return", json("reason", "Werk je tweede antwoord verder uit.")));

        open(anna, "/app/");
        WebElement notices = browser.visible(By.cssSelector(".needs-you"));
        assertEquals("Wacht op jou", notices.findElement(By.tagName("h2")).getText());
        List<WebElement> items = notices.findElements(By.cssSelector("li"));
        assertEquals(List.of("returned", "feedback", "observation"),
                items.stream().map(item -> item.getDomAttribute("data-kind")).toList());
        assertTrue(items.get(2).getText().startsWith("Bram Jansen observeert jou op "), items.get(2).getText());
        assertTrue(items.get(2).getText().contains("10:00"), "the time in Amsterdam: " + items.get(2).getText());
        browser.assertAccessible("the start page with what needs the teacher");
        browser.screenshot("notices-01-laptop");
        browser.phoneViewport(390, 844);
        browser.visible(By.cssSelector(".needs-you"));
        assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= 390"), "no sideways scrolling");
        browser.screenshot("notices-02-phone");
        browser.desktopViewport();

        browser.click(browser.visible(By.cssSelector(".needs-you li[data-kind=feedback] a")));
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/app/assignments/" + READING));
        // The assignment page draws the feedback after its own data has come: wait for it to be there at all.
        browser.waitUntil(driver -> String.valueOf(browser.text("#trainer-feedback"))
                .contains("Mooi begin; werk je tweede antwoord uit."));

        open(anna, "/app/");
        browser.visible(By.cssSelector(".needs-you li[data-kind=returned]"));
        assertTrue(browser.driver().findElements(By.cssSelector(".needs-you li[data-kind=feedback]")).isEmpty(),
                "read: the feedback needs her no more");
    }

    @Test
    void aColleaguesObservationIsANoticeWhoseLinkShowsItAndReadingItEndsTheNotice() {
        String anna = platform.sessionToken("anna-notices-received", claims -> claims.set("name", "Anna de Vries")
                .member(LaunchClaims.CONTEXT, "id", "course-notices-received"));
        String bram = platform.sessionToken("bram-notices-received", claims -> claims.set("name", "Bram Jansen")
                .member(LaunchClaims.CONTEXT, "id", "course-notices-received"));
        WorkClient annasClient = WorkClient.withToken(anna);
        WorkClient bramsClient = WorkClient.withToken(bram);
        JsonNode pair = CoachingPairs.pair(BASE, bramsClient, claim(anna, "sub"), annasClient).at("/peerCoaching/partners/0");
        long observationId = pair.at("/given/id").asLong();
        String observation = BASE + "/observations/" + observationId;
        ok(bramsClient.put(observation, completeForm(bramsClient)));
        ok(bramsClient.post(observation + "/submit", null));

        open(anna, "/app/");
        WebElement notice = browser.visible(By.cssSelector(".needs-you li[data-kind=received]"));
        assertTrue(notice.getText().startsWith("Bram Jansen heeft je geobserveerd: lees de observatie bij "),
                notice.getText());
        browser.assertAccessible("the start page with a colleague's observation to read");
        browser.screenshot("notices-03-received-laptop");
        browser.phoneViewport(390, 844);
        browser.visible(By.cssSelector(".needs-you li[data-kind=received]"));
        assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= 390"), "no sideways scrolling");
        browser.screenshot("notices-04-received-phone");

        browser.click(browser.visible(By.cssSelector(".needs-you li[data-kind=received] a")));
        String heading = "feedback-" + observationId + "-title";
        browser.waitUntil(driver -> heading.equals(browser.script("return document.activeElement && document.activeElement.id")));
        assertTrue(browser.driver().getCurrentUrl().contains("/app/assignments/" + PEER), browser.driver().getCurrentUrl());
        assertTrue((Boolean) browser.script("const box = document.activeElement.getBoundingClientRect();"
                + " return box.top >= 0 && box.bottom <= window.innerHeight"), "the colleague's observation is in view");
        assertTrue(browser.text("#feedback-" + observationId).contains("Je nam de ouders echt serieus."));
        viewportScreenshot("notices-05-received-in-view-phone");
        browser.desktopViewport();

        // Showing it was reading it: the page told the server, after which the start page no longer lists it.
        browser.waitUntil(driver -> ok(annasClient.get("/api/notices")).isEmpty());
        open(anna, "/app/");
        assertTrue(browser.driver().findElements(By.cssSelector(".needs-you li[data-kind=received]")).isEmpty(),
                "read: the observation needs her no more");
    }

    /** What the phone shows, not the whole page: that the observation is what came into view. */
    private static void viewportScreenshot(String name) {
        try {
            Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(screenshots.resolve(name + ".png"),
                    ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every behaviour of the form marked, a compliment and a tip: a form that can be submitted. */
    private static String completeForm(WorkClient observer) {
        Map<String, Object> marks = new LinkedHashMap<>();
        observer.assignment(PEER).at("/assignment/observationForm/phases").forEach(phase -> phase.path("behaviours")
                .forEach(behaviour -> marks.put(behaviour.path("id").asText(), Map.of("markId", "voldoende"))));
        return json("marks", marks, "compliment", "Je nam de ouders echt serieus.",
                "tip", "Vat aan het eind samen wat jullie afspraken.");
    }

    private static void open(String token, String path) {
        browser.openSignedIn(path, token);
        browser.waitUntil(driver -> "complete".equals(browser.script("return document.readyState")));
        browser.visible(By.cssSelector("main h1"));
    }

    private static long claim(String token, String name) {
        try {
            JsonNode claims = WorkClient.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            return claims.path(name).asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
