package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.samenspraak.tool.it.browser.Browser;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.Memberships;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Coaching groups in a real browser. On a laptop in Dutch: the trainer makes trios of a course whose third
 * teacher only the platform's roster (NRPS) knows; she launches later and finds her group; the three plan,
 * observe and are observed round the trio, reflect and complete. On a 390 px phone in English, inside the
 * emulated platform's course page: the trainer makes pairs, a teacher saves a draft, the trainer's refused
 * change is explained, the trainer moves the teacher into the other pair, and the moved teacher finds her
 * draft kept read-only next to her new trio. Ending a group after everything was submitted keeps it counting. axe-core checks every state; screenshots go to target/screenshots.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class PeerGroupsBrowserIT {

    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    private static final String LONG_ENOUGH = "Vragen naar hoe het thuis gaat, en echt luisteren, bouwt vertrouwen op.";
    private static final String GROUPS_LINK = "a[href='/app/course/groups/" + PEER + "']";
    private static LtiTestbed testbed;
    private static EmulatedPlatform platform;
    private static Browser browser;

    @BeforeAll
    static void start() {
        testbed = new LtiTestbed();
        platform = testbed.registeredPlatform().platform();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        testbed.close();
    }

    @AfterEach
    void laptopAgain() {
        browser.driver().switchTo().defaultContent();
        browser.desktopViewport();
    }

    @Test
    void theTrainerMakesTriosWithARosterOnlyTeacherAndAllThreeComplete() {
        String course = "groups-trio";
        platform.memberships().members(List.of(new Memberships.Member("trio-tineke", true, "Tineke de Trainer"),
                new Memberships.Member("trio-anna", false, "Anna de Vries"),
                new Memberships.Member("trio-bram", false, "Bram Bakker"),
                new Memberships.Member("trio-carla", false, "Carla Claes")), 2);
        String anna = token("trio-anna", "Anna de Vries", course, false);
        String bram = token("trio-bram", "Bram Bakker", course, false);
        String trainer = token("trio-tineke", "Tineke de Trainer", course, true);

        // The course page reads the roster; its peer-coaching column leads to the coaching groups.
        open(trainer, "/app/");
        browser.click(browser.visible(By.cssSelector(GROUPS_LINK)));
        waitForText("h1", "Coachingsgroepen");
        waitForText("h1 + .lead", "Intercollegiale coaching");
        waitForText("#ungrouped-title", "Nog niet in een groep (3)");
        assertEquals("Carla Claes (heeft Samenspraak nog niet geopend)",
                browser.text("label[for='choose-" + userIdNamed("Carla Claes") + "']"));
        browser.assertAccessible("the coaching groups before any group");
        browser.screenshot("groups-01-trainer-ungrouped");

        browser.click(browser.visible(By.id("make-trios")));
        WebElement dialog = browser.visible(By.cssSelector("dialog[open]"));
        assertTrue(dialog.getText().contains("3 deelnemers komen in drietallen"), dialog.getText());
        browser.assertAccessible("the dialog confirming the trios");
        browser.confirm();
        browser.waitUntil(driver -> "groups-title".equals(browser.focusedId()));
        waitForText(".page-status", "Iedereen zonder groep is ingedeeld.");
        waitForText("#groups-title", "Groepen (1)");
        waitForText("#ungrouped-title", "Nog niet in een groep (0)");
        String group = browser.text(".group");
        assertTrue(group.contains("Gemaakt door de trainer."), group);
        assertTrue(group.contains("Anna de Vries kijkt mee bij Bram Bakker"), group);
        assertTrue(group.contains("Bram Bakker kijkt mee bij Carla Claes"), group);
        assertTrue(group.contains("Carla Claes kijkt mee bij Anna de Vries"), group);
        browser.assertAccessible("a trio made by the trainer");
        browser.screenshot("groups-02-trainer-trio");

        // Carla opens the tool for the first time: her start page says the trainer put her in a group.
        String carla = token("trio-carla", "Carla Claes", course, false);
        open(carla, "/app/progress");
        WebElement notice = browser.visible(By.cssSelector(".needs-you li[data-kind=group] a"));
        assertTrue(notice.getText().contains("in een coachingsgroep gezet met Anna de Vries en Bram Bakker"), notice.getText());
        browser.assertAccessible("the start page with the group notice");
        browser.screenshot("groups-03a-carla-notice");
        browser.click(notice);
        browser.visible(By.id("partners-title"));
        waitForText("#partners-title", "Jouw coachingsgroep");
        waitForText("#group-summary", "Je coacht in een drietal met Anna de Vries en Bram Bakker.");
        waitForText("#group-summary", "Je trainer heeft deze groep gemaakt op");
        waitForText("#still-owed", "Je moet Anna de Vries nog één observatie geven.");
        waitForText("#still-owed", "Bram Bakker heeft jou nog niet geobserveerd.");
        assertEquals(1, browser.driver().findElements(By.cssSelector("section.observation:not(.observation--read)")).size(),
                "one form: Carla observes Anna only");
        browser.assertAccessible("the trio on the page of the teacher who never launched before");
        browser.screenshot("groups-03-carla-finds-her-trio");

        // Round the trio: each plans the conversation they sit in on and submits the observation.
        plan("Anna de Vries");
        fillInForm("Anna");
        submitObservation();
        browser.screenshot("groups-04-carla-observed-anna");

        openAssignment(anna);
        waitForText("#group-summary", "Je coacht in een drietal met Bram Bakker en Carla Claes.");
        browser.visible(By.xpath("//h2[normalize-space()='Feedback van Carla Claes']"));
        plan("Bram Bakker");
        fillInForm("Bram");
        submitObservation();
        browser.waitUntil(driver -> browser.driver().findElements(By.id("still-owed")).isEmpty());
        answerReflectionsAndSubmit();
        assertEquals("Afgerond", badge(), "Anna gave one and received one in the trio");
        browser.assertAccessible("a trio member completed");
        browser.screenshot("groups-05-anna-completed");

        openAssignment(bram);
        browser.visible(By.xpath("//h2[normalize-space()='Feedback van Anna de Vries']"));
        waitForText("#still-owed", "Je moet Carla Claes nog één observatie geven.");
        plan("Carla Claes");
        fillInForm("Carla");
        submitObservation();
        answerReflectionsAndSubmit();
        assertEquals("Afgerond", badge(), "Bram gave one and received one in the trio");

        openAssignment(carla);
        browser.visible(By.xpath("//h2[normalize-space()='Feedback van Bram Bakker']"));
        answerReflectionsAndSubmit();
        assertEquals("Afgerond", badge(), "Carla gave one and received one in the trio");
        browser.assertAccessible("the last of the trio completed");
        browser.screenshot("groups-06-carla-completed");

        open(trainer, "/app/course/groups/" + PEER);
        waitForText(".group", "In deze groep is al een observatie ingeleverd; die blijft meetellen.");
        assertEquals(3, browser.driver().findElements(By.cssSelector(".group-observations .badge--completed")).size());
        browser.assertAccessible("the trio with every observation submitted");
        browser.screenshot("groups-07-trainer-trio-submitted");

        // The trainer ends the trio: what was submitted stays with its authors and keeps counting, also for
        // a teacher she then puts in a new pair.
        browser.click(browser.visible(By.cssSelector(".group__end button")));
        WebElement ending = browser.visible(By.cssSelector("dialog[open]"));
        assertTrue(ending.getText().contains("Wat ze al hebben opgeslagen, blijft van henzelf"), ending.getText());
        browser.confirm();
        waitForText(".page-status", "De groep van Anna de Vries, Bram Bakker en Carla Claes is beëindigd.");
        waitForText("#ungrouped-title", "Nog niet in een groep (3)");
        browser.screenshot("groups-08-trainer-trio-ended");

        // She makes a pair of two chosen teachers; the third, alone, is told how to add her to a group.
        browser.click(browser.visible(By.id("choose-" + userIdNamed("Anna de Vries"))));
        browser.click(browser.visible(By.id("choose-" + userIdNamed("Bram Bakker"))));
        browser.click(browser.visible(By.id("make-group")));
        waitForText(".page-status", "Groep gemaakt met Anna de Vries en Bram Bakker.");
        waitForText("#groups-title", "Groepen (1)");
        waitForText(".ungrouped", "Eén deelnemer maakt geen groep: voeg Carla Claes bij een groep met ‘Groep veranderen’.");
        browser.assertAccessible("a pair made of chosen teachers");
        browser.screenshot("groups-08b-trainer-pair-of-chosen");
        openAssignment(anna);
        waitForText("#group-summary", "Je coacht samen met Bram Bakker.");
        waitForText("#ended-groups", "Feedback van Carla Claes");
        waitForText("#ended-groups", "Jouw ingeleverde observatie van Bram Bakker");
        assertEquals("Afgerond", badge(), "the ended trio's submitted observations keep counting");
        browser.assertAccessible("a completed teacher in a new pair after the trainer ended her trio");
        browser.screenshot("groups-09-anna-after-the-trio-ended");
    }

    @Test
    void onAPhoneInThePlatformsFrameTheTrainerChangesGroupsAndTheMovedTeachersDraftStaysHers() {
        String course = "groups-phone";
        platform.memberships().members(List.of(new Memberships.Member("phone-tineke", true, "Tineke de Trainer"),
                new Memberships.Member("phone-eva", false, "Eva Evers"),
                new Memberships.Member("phone-floor", false, "Floor Franssen"),
                new Memberships.Member("phone-gijs", false, "Gijs Groen"),
                new Memberships.Member("phone-hans", false, "Hans Hendriks")), 2);
        for (String name : List.of("Eva Evers", "Floor Franssen", "Gijs Groen", "Hans Hendriks")) {
            token("phone-" + name.split(" ")[0].toLowerCase(), name, course, false);
        }
        browser.phoneViewport(390, 844);

        // The trainer, in English, makes pairs from the course page in the platform's frame.
        openInFrame("phone-tineke", "Tineke de Trainer", course, true);
        browser.click(browser.visible(By.cssSelector(GROUPS_LINK)));
        waitForText("h1", "Coaching groups");
        browser.click(browser.visible(By.id("make-pairs")));
        browser.confirm();
        waitForText("#groups-title", "Groups (2)");
        waitForText(".group", "Eva Evers observes Floor Franssen");
        assertFits("the groups page");
        accessibleInFrame("pairs made by the trainer, on a phone");
        screenshotOfFrame("groups-10-trainer-pairs-phone-en");

        // Eva starts her observation of Floor: a draft.
        openInFrame("phone-eva", "Eva Evers", course, false);
        openAssignmentFromOverview();
        waitForText("#group-summary", "You coach together with Floor Franssen.");
        WebElement form = browser.visible(By.cssSelector("section.observation:not(.observation--read)"));
        String id = form.getDomAttribute("id").replace("observation-", "");
        browser.click(form.findElements(By.cssSelector("fieldset.behaviour .marks label")).get(0));
        browser.driver().findElement(By.id("q-obs-" + id + "-compliment-input")).sendKeys("Warm welcome at the door, Floor.");
        browser.waitUntil(driver -> String.valueOf(browser.text("#obs-" + id + "-status")).startsWith("Saved"));
        assertFits("the teacher's pair");
        accessibleInFrame("a draft in a pair, on a phone");
        screenshotOfFrame("groups-11-eva-draft-phone-en");

        // The trainer tries to leave Floor alone in group 1: the refusal says why, and nothing changes.
        openInFrame("phone-tineke", "Tineke de Trainer", course, true);
        browser.click(browser.visible(By.cssSelector(GROUPS_LINK)));
        WebElement first = browser.visible(By.cssSelector(".group"));
        String groupId = first.getDomAttribute("id");
        browser.click(first.findElement(By.tagName("summary")));
        new Select(browser.driver().findElement(By.id(groupId + "-change-0"))).selectByVisibleText("— nobody —");
        browser.click(first.findElement(By.cssSelector("form.group-change button[type=submit]")));
        WebElement dialog = browser.visible(By.cssSelector("dialog[open]"));
        assertTrue(dialog.getText().contains("stays their own"), dialog.getText());
        browser.confirm();
        browser.waitUntil(driver -> !String.valueOf(browser.text("#" + groupId + "-error")).isBlank());
        waitForText("#groups-title", "Groups (2)");
        accessibleInFrame("a refused change, on a phone");
        screenshotOfFrame("groups-12-trainer-refused-phone-en");

        // She moves Eva into group 2, which becomes a trio; Floor, left alone, is in no group.
        WebElement second = browser.driver().findElements(By.cssSelector(".group")).get(1);
        String secondId = second.getDomAttribute("id");
        browser.click(second.findElement(By.tagName("summary")));
        new Select(browser.driver().findElement(By.id(secondId + "-change-2"))).selectByVisibleText("Eva Evers (group 1)");
        browser.click(second.findElement(By.cssSelector("form.group-change button[type=submit]")));
        dialog = browser.visible(By.cssSelector("dialog[open]"));
        assertTrue(dialog.getText().contains("stays their own"), dialog.getText());
        browser.confirm();
        waitForText(".page-status", "The group has been changed: Gijs Groen, Hans Hendriks and Eva Evers.");
        waitForText("#groups-title", "Groups (1)");
        waitForText(".group", "Hans Hendriks observes Eva Evers");
        waitForText(".ungrouped", "One participant makes no group: add Floor Franssen to a group with ‘Change group’.");
        assertFits("the changed groups");
        accessibleInFrame("a trio changed by the trainer, on a phone");
        screenshotOfFrame("groups-13-trainer-trio-phone-en");

        // Eva finds her new trio, and her draft for Floor kept, read-only.
        openInFrame("phone-eva", "Eva Evers", course, false);
        openAssignmentFromOverview();
        waitForText("#group-summary", "You coach in a trio with Gijs Groen and Hans Hendriks.");
        waitForText("#ended-groups", "Your draft for Floor Franssen");
        waitForText("#ended-groups", "Kept, no longer part of the assignment.");
        waitForText("#ended-groups", "Warm welcome at the door, Floor.");
        assertTrue(browser.driver().findElements(By.cssSelector("#ended-groups textarea, #ended-groups input")).isEmpty(),
                "the kept draft cannot be changed");
        assertFits("the trio with a kept draft");
        accessibleInFrame("the moved teacher's trio and kept draft, on a phone");
        screenshotOfFrame("groups-14-eva-trio-kept-draft-phone-en");
    }

    /** A launch over HTTP in the course, with the roster service: the session token the launch hands the page. */
    private static String token(String subject, String name, String course, boolean trainer) {
        return platform.launch(testbed.browser(), subject, inCourse(name, course, trainer)).sessionToken()
                .orElseThrow(() -> new AssertionError("no session for " + subject));
    }

    private static UnaryOperator<LaunchClaims> inCourse(String name, String course, boolean trainer) {
        return claims -> {
            LaunchClaims changed = claims.set("name", name).member(LaunchClaims.CONTEXT, "id", course)
                    .set(NRPS, Map.of("context_memberships_url", platform.memberships().url("moodle").toString(),
                            "service_versions", List.of("2.0")));
            return trainer ? changed.roles(LaunchClaims.INSTRUCTOR) : changed;
        };
    }

    /** Opens a page of the tool with a launch's session, in the launch's language (Dutch), not one chosen earlier in the tab. */
    private static void open(String token, String path) {
        if (!browser.driver().getCurrentUrl().startsWith(browser.baseUrl() + "/")) {
            browser.open("/privacy/");
        }
        browser.script("sessionStorage.removeItem('samenspraak.language')");
        browser.openSignedIn(path, token);
        browser.waitUntil(driver -> "complete".equals(browser.script("return document.readyState")));
        browser.visible(By.cssSelector("main h1"));
    }

    private static void openAssignment(String token) {
        open(token, "/app/assignments/" + PEER);
        browser.visible(By.id("partners-title"));
    }

    /**
     * The emulated platform's course page for a person, with the tool in its frame, in English; the driver is
     * left in the frame.
     */
    private static void openInFrame(String user, String name, String course, boolean trainer) {
        platform.browserLaunches(inCourse(name, course, trainer));
        browser.driver().switchTo().defaultContent();
        browser.driver().get((trainer ? platform.coursePageAsTrainer(user) : platform.coursePage(user, false)).toString());
        toolFrame();
        browser.visible(By.cssSelector("main h1"));
        if (!"en".equals(browser.script("return document.documentElement.lang"))) {
            browser.click(browser.visible(By.id("language-switch")));
            browser.waitUntil(driver -> "en".equals(browser.script("return document.documentElement.lang")));
        }
        browser.visible(By.cssSelector(trainer ? ".matrix" : "section.module"));
    }

    /** From the module overview a teacher lands on, to the peer-coaching assignment. */
    private static void openAssignmentFromOverview() {
        browser.click(browser.visible(By.cssSelector("section.module a[href$='/" + PEER + "']")));
        browser.visible(By.id("partners-title"));
    }

    private static void toolFrame() {
        browser.driver().switchTo().defaultContent();
        browser.waitUntil(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
    }

    /** Nothing in the frame scrolls sideways, and the platform sized the frame to the tool's page. */
    private static void assertFits(String state) {
        assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"),
                state + " scrolls sideways in the frame");
        browser.waitUntil(driver -> (Boolean) browser.script("return document.documentElement.scrollHeight <= window.innerHeight + 1"));
    }

    /** axe-core on the tool in the frame, then back into the frame. */
    private static void accessibleInFrame(String state) {
        browser.assertAccessible(state);
        toolFrame();
    }

    /** The course page with the frame as the teacher sees it, then back into the frame. */
    private static void screenshotOfFrame(String name) {
        browser.driver().switchTo().defaultContent();
        browser.screenshot(name);
        toolFrame();
    }

    /** The user id of an ungrouped member of the trainer's page, by the name its choice shows. */
    private static String userIdNamed(String name) {
        return browser.waitUntil(driver -> (String) browser.script("const label = [...document.querySelectorAll('.group-choices label')]"
                + ".find((candidate) => candidate.textContent.startsWith(arguments[0]));"
                + " return label ? label.htmlFor.replace('choose-', '') : null;", name));
    }

    /** Plans the conversation the teacher sits in on, a week from now, and waits for the page to say so. */
    private static void plan(String observed) {
        WebElement given = browser.visible(By.xpath("//section[@class='observation-planning'][.//h4[starts-with(normalize-space(),"
                + " 'Jij kijkt mee bij " + observed + "')]]"));
        String planning = given.getDomAttribute("aria-labelledby").replace("-title", "");
        browser.script("const input = document.getElementById(arguments[0]); input.value = arguments[1];"
                + " input.dispatchEvent(new Event('input'));", planning + "-at", LocalDate.now().plusDays(7) + "T15:30");
        browser.click(given.findElement(By.cssSelector("form.planning button")));
        browser.waitUntil(driver -> String.valueOf(browser.text("#" + planning + "-summary")).startsWith("Het gesprek: "));
    }

    /** Marks every behaviour (the first with an example), writes the compliment and the tip, and waits for the save. */
    private static void fillInForm(String observed) {
        WebElement form = browser.visible(By.cssSelector("section.observation:not(.observation--read)"));
        List<WebElement> behaviours = form.findElements(By.cssSelector("fieldset.behaviour"));
        for (int i = 0; i < behaviours.size(); i++) {
            browser.click(behaviours.get(i).findElements(By.cssSelector(".marks label")).get(i % 3));
        }
        behaviours.get(0).findElement(By.tagName("textarea")).sendKeys("Liep mee naar binnen en bood koffie aan.");
        String id = form.getDomAttribute("id").replace("observation-", "");
        browser.driver().findElement(By.id("q-obs-" + id + "-compliment-input"))
                .sendKeys("Je nam de ouders echt serieus, " + observed + ".");
        browser.driver().findElement(By.id("q-obs-" + id + "-tip-input")).sendKeys("Vat aan het eind samen wat jullie afspraken.");
        browser.waitUntil(driver -> String.valueOf(browser.text("#obs-" + id + "-status")).startsWith("Opgeslagen"));
    }

    private static void submitObservation() {
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space()='Observatie inleveren']")));
        browser.visible(By.cssSelector("dialog[open]"));
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

    /** Waits until the element holds the text; fails saying what the page showed instead. */
    private static void waitForText(String selector, String text) {
        try {
            browser.waitUntil(driver -> {
                String shown = browser.text(selector);
                return shown != null && shown.contains(text);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("\"" + text + "\" not in " + selector + " at " + browser.driver().getCurrentUrl()
                    + "; it shows: " + browser.text(selector) + "; the page's main: " + browser.text("main"), e);
        }
    }

    private static String badge() {
        return browser.driver().findElement(By.cssSelector(".assignment__badge .badge")).getText().replaceAll("^\\W+", "");
    }
}
