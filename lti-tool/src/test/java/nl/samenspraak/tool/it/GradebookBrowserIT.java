package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.samenspraak.tool.it.browser.Browser;
import nl.samenspraak.tool.it.browser.FramedTool;
import nl.samenspraak.tool.it.browser.FramedTool.Screen;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.PlatformGradebook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A teacher completes a reading assignment in the tool, in the frame of the emulated platform's course page,
 * launched with the grade service; then the platform's gradebook shows the grade. At laptop size and at a
 * phone's 390 px; axe-core checks the pages, screenshots go to target/screenshots.
 */
@EnabledIfSystemProperty(named = "samenspraak.it.database", matches = "embedded")
class GradebookBrowserIT {

    private static final String LONG_ENOUGH = "Een antwoord dat lang genoeg is, over mijn eigen aanpak met ouders in de klas.";
    private static LtiTestbed testbed;
    private static EmulatedPlatform platform;
    private static PlatformGradebook gradebook;
    private static Browser browser;

    @BeforeAll
    static void start() {
        ServerReadiness.await(ServerReadiness.tool());
        testbed = new LtiTestbed();
        platform = EmulatedPlatform.start(testbed.tool(), "localhost");
        testbed.admin().register(platform);
        gradebook = PlatformGradebook.on(platform, PlatformGradebook.Flavour.MOODLE,
                PlatformGradebook.keysOf(testbed.tool()));
        platform.browserLaunches(GradebookBrowserIT::gradedReading);
        browser = Browser.startBlockingThirdPartyCookies();
    }

    private static LaunchClaims gradedReading(LaunchClaims claims) {
        return claims.custom("assignment", "klavertje-vier").member(LaunchClaims.RESOURCE_LINK, "id", "graded-reading")
                .set(GradesIT.AGS_CLAIM, gradebook.endpointClaim(List.of(PlatformGradebook.SCORE_SCOPE,
                        PlatformGradebook.LINE_ITEM_SCOPE), null));
    }

    @AfterAll
    static void stop() {
        browser.close();
        platform.close();
        testbed.close();
    }

    @Test
    void aTeacherCompletesAnAssignmentAndThePlatformsGradebookShowsTheGrade() {
        FramedTool.open(browser, platform.coursePage("grade-anna", true), Screen.LAPTOP, "nl");
        browser.visible(By.id("reading-title"));
        for (WebElement answer : browser.driver().findElements(By.cssSelector(".question textarea"))) {
            answer.sendKeys(LONG_ENOUGH);
        }
        browser.click(browser.driver().findElement(By.id("submit")));
        browser.confirm();
        browser.visible(By.id("work-note"));
        browser.assertAccessible("the completed reading assignment in the platform's frame");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("grades-01-completed-in-course");

        browser.driver().get(platform.issuer() + "/gradebook");
        browser.waitUntil(driver -> {
            driver.navigate().refresh();
            return driver.findElements(By.cssSelector("#gradebook tbody tr")).stream()
                    .anyMatch(row -> row.getText().contains("grade-anna") && row.getText().contains("FullyGraded"));
        });
        WebElement graded = browser.driver().findElements(By.cssSelector("#gradebook tbody tr")).stream()
                .filter(row -> row.getText().contains("FullyGraded")).findFirst().orElseThrow();
        assertEquals("100", graded.findElement(By.className("grade")).getText());
        assertEquals(List.of(), gradebook.problems());
        browser.assertAccessible("the platform's gradebook");
        browser.screenshot("grades-02-gradebook");
        browser.phoneViewport(390, 844);
        browser.screenshot("grades-03-gradebook-phone");
        browser.desktopViewport();

        // The course's trainer sees on the overview that grades go to the platform for this link.
        platform.browserLaunches(claims -> gradedReading(claims).roles(LaunchClaims.INSTRUCTOR));
        FramedTool.open(browser, platform.coursePage("grade-carla", true), Screen.LAPTOP, "nl");
        WebElement link = browser.visible(By.cssSelector("#course-grades li[data-sending='sent']"));
        assertEquals("Kennismakingsgesprek: Cijfers gaan naar het cijferoverzicht.", link.getText());
        browser.script("arguments[0].scrollIntoView({block: 'center'})", link);
        browser.assertAccessible("the trainer's overview with the grades section");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("grades-04-trainer");
        browser.phoneViewport(390, 844);
        browser.screenshot("grades-05-trainer-phone");
        browser.desktopViewport();
    }
}
