package nl.samenspraak.tool.it.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's, with its chromedriver: no driver or browser is downloaded) for a test
 * class: open it once in {@code @BeforeAll} and close it in {@code @AfterAll}. It opens pages of the server
 * under test ({@code samenspraak.it.baseUrl}), waits for elements, takes screenshots into
 * {@code target/screenshots} and runs axe-core.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /**
     * How long a wait may take: generous, as a CI machine with two loaded cores can take seconds for a page
     * that loopback serves in milliseconds; a wait ends as soon as its condition holds.
     */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    /** The impacts that fail a test; axe's "minor" and "moderate" findings are left to review. */
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private final String baseUrl = System.getProperty("samenspraak.it.baseUrl", "http://127.0.0.1:9080");
    private final Path screenshots = Path.of("target", "screenshots");
    private final Path profile;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /**
     * The languages a Dutch teacher's browser asks for: Chromium's own default is English, and pages that
     * follow the browser (the administration) would open in English otherwise.
     */
    private static final String DUTCH = "nl-NL,nl";

    /** Starts Chromium with a fresh profile, Dutch as its language and a desktop-sized window. */
    public static Browser start() {
        return start(false, DUTCH);
    }

    /** Starts Chromium asking for the given languages ({@code Accept-Language}, {@code navigator.languages}). */
    public static Browser startInLanguages(String languages) {
        return start(false, languages);
    }

    /**
     * Starts Chromium set to block third-party cookies, as Safari does and Chrome can: a tool in a
     * learning platform's iframe then has no cookies of its own.
     */
    public static Browser startBlockingThirdPartyCookies() {
        return start(true, DUTCH);
    }

    private static Browser start(boolean blockThirdPartyCookies, String languages) {
        Path profile;
        try {
            profile = Files.createTempDirectory("samenspraak-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--accept-lang=" + languages, "--user-data-dir=" + profile);
        if (blockThirdPartyCookies) {
            options.setExperimentalOption("prefs", Map.of("profile.block_third_party_cookies", true,
                    "profile.cookie_controls_mode", 1));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        Browser browser = new Browser(profile, driver);
        browser.desktopViewport();
        return browser;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the server under test, such as {@code /admin/}. */
    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Waits until the condition holds (at most thirty seconds) and returns its value. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(WAIT, condition);
    }

    /** Waits until the condition holds, at most the given time, for what takes long by itself (a film). */
    public <T> T waitUntil(Duration deadline, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, deadline, POLL).until(condition);
    }

    /**
     * Opens a page of the tool signed in with a session token, which the test got from a launch by
     * exchanging its one-time code: the token goes where the page keeps it after its own exchange
     * (sessionStorage of the tool's origin), and the page is opened as a link within the tool would.
     */
    public void openSignedIn(String path, String token) {
        if (!driver.getCurrentUrl().startsWith(baseUrl + "/")) {
            open("/privacy/");
        }
        script("sessionStorage.setItem('samenspraak.session', arguments[0])", token);
        open(path);
    }

    /** Answers yes in the page's open confirmation dialog (the one that asks before submitting, for example). */
    public void confirm() {
        click(visible(By.cssSelector("dialog[open] button.danger")));
    }

    /** The element once it is visible. */
    public WebElement visible(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Runs a script in the page and returns what it returns. */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** A Chrome DevTools command, such as the network's conditions or where downloads go. */
    public void cdp(String command, Map<String, Object> parameters) {
        driver.executeCdpCommand(command, parameters);
    }

    /** Clicks the element once it is scrolled to the middle of the window, where nothing sticky covers it. */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** The id of the element that has the focus. */
    public String focusedId() {
        return String.valueOf(script("return document.activeElement.id"));
    }

    /**
     * The text of the first element the selector finds, also the parts that are not shown; null when there is
     * none. Read in one step, so that a page drawn anew meanwhile cannot leave a stale element in between.
     */
    public String text(String selector) {
        return (String) script("return document.querySelector(arguments[0])?.textContent ?? null", selector);
    }

    /** A phone's viewport (CSS pixels, as a phone's browser reports them), until {@link #desktopViewport()}. */
    public void phoneViewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", true));
    }

    public void desktopViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(DESKTOP);
    }

    /** Lets the page use the clipboard, or not (headless Chromium asks nobody, so by default it may not). */
    public void allowClipboard(boolean allowed) {
        String state = allowed ? "granted" : "denied";
        driver.setPermission("clipboard-read", state);
        driver.setPermission("clipboard-write", state);
    }

    /** What the page last put on the clipboard. */
    public String clipboardText() {
        return (String) driver.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], "
                + "error => arguments[0]('clipboard refused: ' + error))");
    }

    /** A screenshot of the whole page (not only the viewport) to {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).doubleValue(), "height", ((Number) size.get("height")).doubleValue());
        String png = (String) driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        try {
            Files.createDirectories(screenshots);
            return Files.write(screenshots.resolve(name + ".png"), Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core on the page as it is now and fails with a readable list when it finds serious or
     * critical violations.
     *
     * @param state names the page state in the failure message, such as "sign-in form with an error"
     */
    public void assertAccessible(String state) {
        List<Rule> failing = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
        if (!failing.isEmpty()) {
            throw new AssertionError("axe-core found " + failing.size() + " serious or critical violation(s) on "
                    + state + " (" + driver.getCurrentUrl() + "):\n" + failing.stream().map(Browser::describe)
                    .collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
                + rule.getNodes().stream().map(Browser::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    at " + node.getTarget() + ": " + node.getHtml() + "\n      "
                + String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
    }

    /** The names of the cookies the browser keeps for a site, such as {@code http://127.0.0.1:19080}. */
    @SuppressWarnings("unchecked")
    public List<String> cookieNames(String site) {
        List<Map<String, Object>> cookies = (List<Map<String, Object>>) driver.executeCdpCommand("Network.getCookies",
                Map.of("urls", List.of(site))).get("cookies");
        return cookies.stream().map(cookie -> (String) cookie.get("name")).toList();
    }

    /** Quits Chromium and removes its profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
