package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.tool.it.browser.Browser;
import nl.samenspraak.tool.it.browser.FramedTool;
import nl.samenspraak.tool.it.browser.FramedTool.Screen;
import nl.samenspraak.tool.it.browser.PageLayout;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Peer coaching as two teachers do it, each in a browser of their own with the tool inside the emulated
 * platform's course page: in English on 390 px phones, and in Dutch on laptops. Anna invites Bram, who finds
 * the invitation on his start page and accepts; Anna plans the conversation she sits in on (kind, length,
 * place), reschedules it (Bram sees the change; the calendar file keeps its UID with a higher SEQUENCE),
 * cancels it and plans another; she makes the link for her phone, which a third phone-sized browser opens
 * without any platform session, fills in through a network cut and submits. Bram sees what needs him on his
 * start page, cannot hand in his reflection before he has observed Anna, observes her, reflects and
 * completes; then Anna completes. Every state is checked with axe-core and for fitting its frame (sized
 * through lti.frameResize, no sideways scroll, nothing cut off, 44 px controls); every dialog opens where
 * the teacher looks. Screenshots go to target/screenshots.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class PeerCoachingInFrameBrowserIT {

    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Pattern UID = Pattern.compile("^UID:(.+)$", Pattern.MULTILINE);
    private static final Pattern SEQUENCE = Pattern.compile("^SEQUENCE:(\\d+)$", Pattern.MULTILINE);
    private static LtiTestbed testbed;
    private static EmulatedPlatform platform;
    private final List<Browser> browsers = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    /** What did not fit, state by state: collected, so that one run shows every state's problems. */
    private final List<String> misfits = new ArrayList<>();

    /** What the pages say, in the language of a run. */
    private record Words(String code, String languages, Locale locale, String invite, String inviteConfirm, String accept,
                         String youObserve, String observesYou, String kind, String change, String addToCalendar,
                         String cancel, String cancelled, String calendarFile, String observerTitle, String sent,
                         String keptOffline, String submittedTitle, String feedbackFrom, String owedGive,
                         String submitObservation, String completed, String submittedOn, String invitationNotice,
                         String observedNotice) {

        String date(LocalDateTime at) {
            return at.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        }
    }

    private static final Words ENGLISH = new Words("en", "en-GB,en", Locale.UK, "Invite %s as coaching partner",
            "Only once %s accepts", "Accept the invitation from %s", "You sit in with %s", "%s sits in with you",
            "Introductory conversation", "Change the planning", "Add to your calendar", "Cancel the conversation",
            "Cancelled:", "observation-", "Observation form", "Sent at",
            "Saved on this phone, not yet sent.", "Submitted", "Feedback from %s",
            "You still owe %s one observation.", "Submit observation", "Completed", "Submitted on",
            "%s invites you as a coaching partner", "%s observes you on");
    private static final Words DUTCH = new Words("nl", "nl-NL,nl", Locale.forLanguageTag("nl-NL"), "Nodig %s uit als coachingspartner",
            "Pas als %s aanneemt", "Neem de uitnodiging van %s aan", "Jij kijkt mee bij %s", "%s kijkt mee bij jou",
            "Kennismakingsgesprek", "Planning wijzigen", "Zet in je agenda", "Gesprek annuleren",
            "Geannuleerd:", "observatie-", "Observatieformulier", "Verzonden om",
            "Bewaard op deze telefoon, nog niet verzonden.", "Ingeleverd", "Feedback van %s",
            "Je moet %s nog één observatie geven.", "Observatie inleveren", "Afgerond", "Ingeleverd op",
            "%s nodigt je uit als coachingspartner", "%s observeert jou op");

    @BeforeAll
    static void start() {
        testbed = new LtiTestbed();
        platform = EmulatedPlatform.start(testbed.tool());
        testbed.admin().register(platform);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        if (testbed != null) {
            testbed.close();
        }
    }

    @AfterEach
    void closeBrowsers() throws IOException {
        browsers.forEach(Browser::close);
        for (Path folder : folders) {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
        // after the run, also one that failed on the way: every state's misfits at once
        assertTrue(misfits.isEmpty(), String.join("\n", misfits));
    }

    @Test
    void twoTeachersInEnglishOnPhonesInThePlatformsFrame() throws IOException {
        coach(ENGLISH, Screen.phone(390), "peer-frame-en");
    }

    @Test
    void twoTeachersInDutchOnLaptopsInThePlatformsFrame() throws IOException {
        coach(DUTCH, Screen.LAPTOP, "peer-frame-nl");
    }

    private void coach(Words words, Screen screen, String shots) throws IOException {
        String course = "course-" + words.code() + "-" + System.nanoTime();
        String annaUser = person(course, "anna", "Anna de Vries", words);
        String bramUser = person(course, "bram", "Bram Jansen", words);
        Browser annasBrowser = browser(words);
        Browser bramsBrowser = browser(words);
        Path downloads = Files.createTempDirectory("samenspraak-downloads");
        folders.add(downloads);
        annasBrowser.cdp("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));

        // Bram opens the tool first, so that the tool knows him as a member of the course.
        FramedTool bram = FramedTool.open(bramsBrowser, platform.coursePage(bramUser, false), screen, words.code());
        FramedTool anna = FramedTool.open(annasBrowser, platform.coursePage(annaUser, false), screen, words.code());
        checked(anna, "the start page", shots + "-01-anna-start");

        // Anna invites Bram.
        openAssignment(annasBrowser);
        WebElement invite = annasBrowser.visible(By.cssSelector("button[aria-label='" + words.invite().formatted("Bram Jansen") + "']"));
        checked(anna, "peer coaching before inviting", shots + "-02-anna-before-inviting");
        annasBrowser.click(invite);
        WebElement dialog = annasBrowser.visible(By.cssSelector("dialog[open]"));
        assertTrue(dialog.getText().contains(words.inviteConfirm().formatted("Bram Jansen")), dialog.getText());
        anna.assertInView("dialog[open]");
        anna.assertAccessible("the invitation's confirmation");
        anna.screenshot(shots + "-03-anna-confirms-invitation");
        annasBrowser.confirm();
        annasBrowser.waitUntil(driver -> "invitations-sent-title".equals(annasBrowser.focusedId()));
        checked(anna, "an invitation waiting for an answer", shots + "-04-anna-invitation-open");

        // Bram finds the invitation on his start page and accepts it.
        home(bramsBrowser);
        WebElement invitation = bramsBrowser.visible(By.cssSelector(".needs-you li[data-kind=invitation] a"));
        assertTrue(invitation.getText().startsWith(words.invitationNotice().formatted("Anna de Vries")), invitation.getText());
        checked(bram, "the start page with an invitation", shots + "-05-bram-invitation-notice");
        bramsBrowser.click(invitation);
        WebElement accept = bramsBrowser.visible(By.cssSelector("button[aria-label='" + words.accept().formatted("Anna de Vries") + "']"));
        checked(bram, "an invitation received", shots + "-06-bram-invited");
        bramsBrowser.click(accept);
        bramsBrowser.waitUntil(driver -> "Anna de Vries".equals(bramsBrowser.text(".partner h3")));

        // Anna plans the conversation she sits in on: tomorrow at ten, an introductory conversation of 30 minutes.
        LocalDateTime today = LocalDateTime.now(AMSTERDAM).truncatedTo(ChronoUnit.DAYS);
        openAssignment(annasBrowser);
        String planning = planningOf(annasBrowser, words.youObserve().formatted("Bram Jansen"));
        WebElement at = annasBrowser.driver().findElement(By.id(planning + "-at"));
        assertEquals(today.minusYears(2).toLocalDate() + "T00:00", at.getDomAttribute("min"), "the picker offers the days the server takes");
        assertEquals(today.plusYears(2).toLocalDate() + "T23:59", at.getDomAttribute("max"));
        checked(anna, "the planning form", shots + "-07-anna-plans");
        LocalDateTime first = today.plusDays(1).withHour(10);
        plan(annasBrowser, planning, first, words.kind(), "30", "Room 12");
        annasBrowser.waitUntil(driver -> String.valueOf(annasBrowser.text("#" + planning + "-summary")).contains(words.date(first)));
        checked(anna, "a planned observation", shots + "-08-anna-planned");
        annasBrowser.click(annasBrowser.visible(By.xpath(planningXpath(words.youObserve().formatted("Bram Jansen"))
                + "//button[normalize-space()='" + words.addToCalendar() + "']")));
        String firstFile = downloaded(annasBrowser, downloads, words.calendarFile() + first.toLocalDate() + ".ics");

        // Bram sees it on his start page and on the assignment.
        home(bramsBrowser);
        WebElement planned = bramsBrowser.visible(By.cssSelector(".needs-you li[data-kind=observation] a"));
        assertTrue(planned.getText().startsWith(words.observedNotice().formatted("Anna de Vries")), planned.getText());
        assertTrue(planned.getText().contains("10:00"), planned.getText());
        checked(bram, "the start page with a planned observation", shots + "-09-bram-planned-notice");

        // The conversation moves to the day after tomorrow at two: Bram sees the change, the calendar file
        // keeps its UID with a higher SEQUENCE.
        LocalDateTime moved = today.plusDays(2).withHour(14);
        openChange(annasBrowser, planning, words);
        checked(anna, "the planning being changed", shots + "-10-anna-reschedules");
        plan(annasBrowser, planning, moved, null, null, null);
        annasBrowser.waitUntil(driver -> String.valueOf(annasBrowser.text("#" + planning + "-summary")).contains(words.date(moved)));
        annasBrowser.click(annasBrowser.visible(By.xpath(planningXpath(words.youObserve().formatted("Bram Jansen"))
                + "//button[normalize-space()='" + words.addToCalendar() + "']")));
        String movedFile = downloaded(annasBrowser, downloads, words.calendarFile() + moved.toLocalDate() + ".ics");
        assertEquals(group(UID, firstFile), group(UID, movedFile), "the same event");
        assertTrue(Integer.parseInt(group(SEQUENCE, movedFile)) > Integer.parseInt(group(SEQUENCE, firstFile)),
                "a higher SEQUENCE: " + group(SEQUENCE, firstFile) + " then " + group(SEQUENCE, movedFile));
        openAssignment(bramsBrowser);
        String bramsView = planningOf(bramsBrowser, words.observesYou().formatted("Anna de Vries"));
        assertTrue(bramsBrowser.text("#" + bramsView + "-summary").contains(words.date(moved)), bramsBrowser.text("#" + bramsView + "-summary"));
        checked(bram, "the rescheduled observation seen by the partner", shots + "-11-bram-sees-the-change");

        // Anna cancels it, after a confirmation, and plans another, the day after tomorrow at ten.
        openChange(annasBrowser, planning, words);
        annasBrowser.click(annasBrowser.visible(By.xpath("//form[.//*[@id='" + planning + "-at']]//button[normalize-space()='"
                + words.cancel() + "']")));
        anna.assertInView("dialog[open]");
        anna.assertAccessible("the cancellation's confirmation");
        anna.screenshot(shots + "-12-anna-confirms-cancellation");
        annasBrowser.confirm();
        annasBrowser.waitUntil(driver -> String.valueOf(annasBrowser.text("#" + planning + "-summary")).startsWith(words.cancelled()));
        checked(anna, "a cancelled observation", shots + "-13-anna-cancelled");
        openAssignment(bramsBrowser);
        bramsBrowser.waitUntil(driver -> String.valueOf(bramsBrowser.text("#" + bramsView + "-summary")).startsWith(words.cancelled()));
        LocalDateTime again = today.plusDays(2).withHour(10);
        openChange(annasBrowser, planning, words);
        plan(annasBrowser, planning, again, null, null, null);
        annasBrowser.waitUntil(driver -> String.valueOf(annasBrowser.text("#" + planning + "-summary")).contains(words.date(again)));

        // Anna makes the link for her phone.
        long given = Long.parseLong(planning.replace("plan-", ""));
        annasBrowser.click(annasBrowser.visible(By.cssSelector("#phone-" + given + " summary")));
        annasBrowser.click(annasBrowser.visible(By.id("phone-" + given + "-make")));
        String url = annasBrowser.visible(By.id("phone-" + given + "-url")).getDomProperty("value");
        annasBrowser.visible(By.cssSelector("#phone-" + given + " svg.qr-code"));
        assertTrue(url.contains("/observe/#"), url);
        checked(anna, "the phone link with its QR code", shots + "-14-anna-phone-link");

        // Her phone: a browser of its own, without any platform session.
        Browser phone = browser(words);
        phone.phoneViewport(390, 844);
        phone.driver().get(url);
        phone.visible(By.xpath("//h1[normalize-space()='" + words.observerTitle() + "']"));
        assertEquals(null, phone.script("return sessionStorage.getItem('samenspraak.session')"), "no platform session");
        List<WebElement> behaviours = phone.driver().findElements(By.cssSelector("fieldset.behaviour"));
        assertEquals(19, behaviours.size(), "every behaviour of the form");
        for (int i = 0; i < behaviours.size(); i++) {
            phone.click(behaviours.get(i).findElements(By.cssSelector(".marks label")).get(i % 3));
        }
        phone.driver().findElement(By.id("observer-compliment")).sendKeys("You took the parents seriously, Bram.");
        observerStatus(phone, words.sent());
        phoneChecked(phone, "the phone form, sent", shots + "-15-phone-form");
        phone.cdp("Network.enable", Map.of());
        phone.cdp("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        phone.driver().findElement(By.id("observer-tip")).sendKeys("Sum up what you agreed at the end.");
        observerStatus(phone, words.keptOffline());
        phoneChecked(phone, "the phone form, kept on the phone", shots + "-16-phone-offline");
        phone.cdp("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        observerStatus(phone, words.sent());
        phone.click(phone.driver().findElement(By.id("observer-submit")));
        phone.visible(By.cssSelector("dialog[open]"));
        phoneChecked(phone, "the confirmation before submitting, on the phone", shots + "-17-phone-confirm");
        phone.confirm();
        phone.visible(By.xpath("//h1[normalize-space()='" + words.submittedTitle() + "']"));
        phoneChecked(phone, "the phone form submitted", shots + "-18-phone-submitted");

        // Bram's start page says what needs him; his assignment shows Anna's feedback, and the reflection
        // waits until he has observed her.
        home(bramsBrowser);
        assertTrue(bramsBrowser.driver().findElements(By.cssSelector(".needs-you li[data-kind=observation]")).isEmpty(),
                "the conversation Anna observed needs Bram no more");
        checked(bram, "the start page after receiving feedback", shots + "-19-bram-start");
        openAssignment(bramsBrowser);
        bramsBrowser.visible(By.xpath("//h2[normalize-space()='" + words.feedbackFrom().formatted("Anna de Vries") + "']"));
        assertTrue(bramsBrowser.text("#still-owed").contains(words.owedGive().formatted("Anna de Vries")), bramsBrowser.text("#still-owed"));
        checked(bram, "feedback received, an observation still to give", shots + "-20-bram-owes-anna");
        writeReflection(bramsBrowser);
        bramsBrowser.click(bramsBrowser.driver().findElement(By.id("submit")));
        bram.assertInView("dialog[open]");
        bramsBrowser.confirm();
        WebElement refused = bramsBrowser.visible(By.id("submit-issues"));
        String owed = words.owedGive().formatted("Anna de Vries");
        assertTrue(refused.getText().contains(owed.substring(0, owed.length() - 1)), "the refusal names her: " + refused.getText());
        checked(bram, "the reflection refused while an observation is owed", shots + "-21-bram-reflection-refused");

        // Bram plans and gives his observation of Anna in the tool, then reflects and completes.
        String bramsPlanning = planningOf(bramsBrowser, words.youObserve().formatted("Anna de Vries"));
        plan(bramsBrowser, bramsPlanning, today.plusDays(3).withHour(9), words.kind(), "45", "Room 3");
        bramsBrowser.waitUntil(driver -> String.valueOf(bramsBrowser.text("#" + bramsPlanning + "-summary")).contains(words.date(today.plusDays(3))));
        fillInForm(bramsBrowser, "Anna");
        checked(bram, "the observation form filled in", shots + "-22-bram-form");
        bramsBrowser.click(bramsBrowser.driver().findElement(By.xpath("//button[normalize-space()='" + words.submitObservation() + "']")));
        bram.assertInView("dialog[open]");
        bramsBrowser.confirm();
        bramsBrowser.waitUntil(driver -> (Boolean) bramsBrowser.script("return document.activeElement.matches('section.observation--read h2')"));
        bramsBrowser.waitUntil(driver -> bramsBrowser.driver().findElements(By.id("still-owed")).isEmpty());
        submitReflection(bramsBrowser, bram, words);
        checked(bram, "the assignment completed", shots + "-23-bram-completed");

        // Anna reads Bram's feedback and completes.
        openAssignment(annasBrowser);
        annasBrowser.visible(By.xpath("//h2[normalize-space()='" + words.feedbackFrom().formatted("Bram Jansen") + "']"));
        writeReflection(annasBrowser);
        submitReflection(annasBrowser, anna, words);
        checked(anna, "the assignment completed", shots + "-24-anna-completed");
    }

    /** One state of a teacher's page: axe-clean, fitting the frame (collected in misfits), kept as a screenshot. */
    private void checked(FramedTool tool, String state, String screenshot) {
        try {
            tool.assertFits(state);
        } catch (AssertionError misfit) {
            misfits.add(misfit.getMessage());
        }
        tool.assertAccessible(state);
        tool.screenshot(screenshot);
    }

    /** A person of this run's course, launched by the course page in the run's language. */
    private static String person(String course, String first, String name, Words words) {
        String user = first + "-" + course;
        platform.person(user, claims -> claims.set("name", name).set("given_name", name.split(" ")[0])
                .set("family_name", name.substring(name.indexOf(' ') + 1)).locale(words.code())
                .member(LaunchClaims.CONTEXT, "id", course));
        return user;
    }

    /** A browser of a teacher who reads this language, as their browser asks for it. */
    private Browser browser(Words words) {
        Browser browser = Browser.startInLanguages(words.languages());
        browsers.add(browser);
        return browser;
    }

    /** The start page, by the tool's own navigation. */
    private static void home(Browser browser) {
        browser.click(browser.visible(By.cssSelector(".toolbar__nav a[href='/app/']")));
        browser.visible(By.cssSelector("section.module"));
    }

    /** The peer-coaching assignment, from the start page's list of modules. */
    private static void openAssignment(Browser browser) {
        home(browser);
        browser.click(browser.visible(By.cssSelector("section.module a[href$='/" + PEER + "']")));
        browser.visible(By.id("assignment-title"));
        browser.visible(By.id("partners-title"));
    }

    private static String planningXpath(String title) {
        return "//section[@class='observation-planning'][.//h4[starts-with(normalize-space(), '" + title + "')]]";
    }

    /** The id prefix of the planning whose heading starts with the title, such as {@code plan-12}. */
    private static String planningOf(Browser browser, String title) {
        return browser.visible(By.xpath(planningXpath(title))).getDomAttribute("aria-labelledby").replace("-title", "");
    }

    /** Opens the planning that is folded away once planned. */
    private static void openChange(Browser browser, String planning, Words words) {
        WebElement details = browser.driver().findElement(By.id(planning + "-at")).findElement(By.xpath("./ancestor::details"));
        if (details.getDomAttribute("open") == null) {
            browser.click(details.findElement(By.xpath("./summary[normalize-space()='" + words.change() + "']")));
        }
        browser.visible(By.id(planning + "-at"));
    }

    /**
     * Fills in the planning and saves it. The date goes in by script: a date picker is the browser's own
     * widget, which WebDriver cannot tap, and its typed format follows the operating system's locale.
     */
    private static void plan(Browser browser, String planning, LocalDateTime at, String kind, String minutes, String note) {
        browser.script("const input = document.getElementById(arguments[0]); input.value = arguments[1];"
                + " input.dispatchEvent(new Event('input', { bubbles: true }));", planning + "-at", at.format(INPUT));
        if (kind != null) {
            new Select(browser.driver().findElement(By.id(planning + "-kind"))).selectByVisibleText(kind);
        }
        if (minutes != null) {
            WebElement length = browser.driver().findElement(By.id(planning + "-minutes"));
            length.clear();
            length.sendKeys(minutes);
        }
        if (note != null) {
            WebElement place = browser.driver().findElement(By.id(planning + "-note"));
            place.clear();
            place.sendKeys(note);
        }
        browser.click(browser.driver().findElement(By.id(planning + "-at")).findElement(By.xpath("./ancestor::form//button[@type='submit']")));
        browser.waitUntil(driver -> (planning + "-summary").equals(browser.focusedId()));
    }

    /** Marks every behaviour (the first with an example), writes the compliment and the tip, and waits for the save. */
    private static void fillInForm(Browser browser, String observed) {
        WebElement form = browser.visible(By.cssSelector("section.observation:not(.observation--read)"));
        List<WebElement> behaviours = form.findElements(By.cssSelector("fieldset.behaviour"));
        assertEquals(19, behaviours.size());
        for (int i = 0; i < behaviours.size(); i++) {
            browser.click(behaviours.get(i).findElements(By.cssSelector(".marks label")).get(i % 3));
        }
        behaviours.get(0).findElement(By.tagName("textarea")).sendKeys("Walked in with them and offered coffee.");
        String id = form.getDomAttribute("id").replace("observation-", "");
        browser.driver().findElement(By.id("q-obs-" + id + "-compliment-input")).sendKeys("You took the parents seriously, " + observed + ".");
        browser.driver().findElement(By.id("q-obs-" + id + "-tip-input")).sendKeys("Sum up what you agreed at the end.");
        browser.waitUntil(driver -> "saved".equals(browser.script("return document.getElementById(arguments[0]).dataset.state",
                "obs-" + id + "-status")));
    }

    private static void writeReflection(Browser browser) {
        for (WebElement answer : browser.driver().findElements(By.cssSelector(".questions textarea"))) {
            if (answer.getDomProperty("value").isEmpty()) {
                answer.sendKeys("Asking how things go at home, and really listening, builds trust.");
            }
        }
    }

    private static void submitReflection(Browser browser, FramedTool tool, Words words) {
        browser.click(browser.driver().findElement(By.id("submit")));
        tool.assertInView("dialog[open]");
        browser.confirm();
        browser.waitUntil(driver -> String.valueOf(browser.text("#work-note")).startsWith(words.submittedOn()));
        browser.waitUntil(driver -> String.valueOf(browser.text(".assignment__badge .badge")).contains(words.completed()));
    }

    private static void observerStatus(Browser phone, String start) {
        phone.waitUntil(driver -> String.valueOf(phone.text("#observer-status")).startsWith(start));
    }

    /** The observer's page on the phone: axe-clean, fitting the phone (collected in misfits), kept as a screenshot. */
    private void phoneChecked(Browser phone, String state, String screenshot) {
        List<String> problems = PageLayout.problems(phone);
        if (!problems.isEmpty()) {
            misfits.add("The observer's page does not fit the phone on " + state + ":\n- " + String.join("\n- ", problems));
        }
        phone.assertAccessible(state);
        phone.screenshot(screenshot);
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text);
        return matcher.group(1).trim();
    }

    /** The downloaded file's text, once the browser has written all of it. */
    private static String downloaded(Browser browser, Path downloads, String name) {
        Path file = downloads.resolve(name);
        browser.waitUntil(driver -> Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
