package nl.samenspraak.bench;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.samenspraak.tool.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;

/**
 * How fast the teacher's assignment page is in the browser: headless Chromium (as in the browser tests)
 * launches a teacher from the tool's demo platform into one assignment, again and again, and reads the
 * browser's own timings: until the load event, and until the page drew the assignment (its
 * {@code samenspraak:page-shown} mark). A first load starts with an empty cache and includes the launch
 * (the POST to /lti/launch and its redirect to the page); on a reload the scripts and styles, named by
 * hashed URLs, come from the cache without a request. With the timings it reads the page's scripts and
 * styles from the Resource Timing entries: their gzipped bytes on a first load, and how many of them went to
 * the server on a reload (a transferSize above 0: fetched or revalidated), which must be none.
 * The server must run in demo mode. Prints p50/p90/p99/max of each, after a warm-up. A round that fails stops
 * the run with what went wrong: the step (the launch, the page drawing the assignment, its timings), the address
 * the browser was at, the text the page showed, the errors the page met (script errors, refused promises,
 * files that did not load, Content-Security-Policy refusals) and a screenshot.
 */
public final class PageLoadBenchmark {

    static final String USAGE = """
            java -cp bench/target/samenspraak-bench.jar nl.samenspraak.bench.PageLoadBenchmark
                [--url=http://localhost:9080] [--loads=30] [--warmup=10] [--assignment=bedeesde-ouder-film]
            The server must run in demo mode (the README's run command); the address may come from SAMENSPRAAK_BENCH_URL.""";

    /**
     * The load event, the page drawn, and the milestones between, all from the start of the navigation (on a first
     * load the POST to /lti/launch): the page's HTML received (after the launch's redirect), the last script or
     * style received, the first API call asked and the last one answered before the page was drawn.
     */
    private static final String TIMINGS = "const n = performance.getEntriesByType('navigation')[0];"
            + " const shown = performance.getEntriesByName('samenspraak:page-shown')[0];"
            + " if (!shown) return null;"
            + " const before = performance.getEntriesByType('resource').filter(r => r.responseEnd <= shown.startTime);"
            + " const files = before.filter(r => /\\.(js|css)$/.test(new URL(r.name).pathname));"
            + " const apis = before.filter(r => new URL(r.name).pathname.startsWith('/api/'));"
            + " return [n.loadEventEnd, shown.startTime, n.responseEnd,"
            + "  Math.max(0, ...files.map(r => r.responseEnd)),"
            + "  apis.length ? Math.min(...apis.map(r => r.startTime)) : 0, Math.max(0, ...apis.map(r => r.responseEnd)), apis.length];";

    /** The page's scripts and styles: how many, their bodies' bytes as they travelled (gzipped), how many asked the server. */
    private static final String FILES = "const files = performance.getEntriesByType('resource')"
            + ".filter(r => /\\.(js|css)$/.test(new URL(r.name).pathname));"
            + " return [files.length, files.reduce((sum, r) => sum + r.encodedBodySize, 0),"
            + " files.filter(r => r.transferSize > 0).length];";

    /**
     * Run in every document before its own scripts (through DevTools, so the page's CSP does not apply): keeps
     * the errors the page meets, which a failed round reports. Console messages of the page are not kept by
     * headless Chromium for WebDriver otherwise.
     */
    private static final String ERROR_RECORDER = "window.__benchErrors = [];"
            + " const keep = (what) => window.__benchErrors.push(String(what).slice(0, 300));"
            + " addEventListener('error', (e) => keep(e.message ? e.message + ' (' + e.filename + ':' + e.lineno + ')'"
            + "   : 'could not load ' + (e.target.src || e.target.href || e.target.tagName)), true);"
            + " addEventListener('unhandledrejection', (e) => keep('unhandled rejection: ' + (e.reason && e.reason.stack || e.reason)));"
            + " addEventListener('securitypolicyviolation', (e) => keep('CSP refused ' + e.blockedURI + ' (' + e.violatedDirective + ')'));"
            + " const error = console.error.bind(console);"
            + " console.error = (...args) => { keep('console.error: ' + args.join(' ')); error(...args); };";

    private static final String PAGE_STATE = "return [document.title, document.body ? document.body.innerText : '',"
            + " window.__benchErrors || []];";

    private final Browser browser;
    private final String assignment;
    private int round;
    private String phase = "warm-up";

    private PageLoadBenchmark(Browser browser, String assignment) {
        this.browser = browser;
        this.assignment = assignment;
    }

    /** One round's browser timings and the page's scripts and styles as Resource Timing saw them. */
    private record Round(double load, double shown, long files, long bytes, long requested, List<Number> milestones) {
    }

    /** A round that did not get to its timings: what it was doing and what the browser showed then. */
    static final class RoundFailed extends RuntimeException {
        RoundFailed(String report, Throwable cause) {
            super(report, cause);
        }
    }

    private static final class Measured {
        private final Latencies load = new Latencies();
        private final Latencies shown = new Latencies();
        private final Latencies page = new Latencies();
        private final Latencies lastFile = new Latencies();
        private final Latencies firstApi = new Latencies();
        private final Latencies lastApi = new Latencies();
        private long apiCalls;
        private long files;
        private long bytes;
        private long requested;
        private int rounds;

        void add(Round round) {
            load.add(Math.round(round.load() * 1_000_000));
            shown.add(Math.round(round.shown() * 1_000_000));
            List<Number> milestones = round.milestones();
            page.add(Math.round(milestones.get(2).doubleValue() * 1_000_000));
            lastFile.add(Math.round(milestones.get(3).doubleValue() * 1_000_000));
            firstApi.add(Math.round(milestones.get(4).doubleValue() * 1_000_000));
            lastApi.add(Math.round(milestones.get(5).doubleValue() * 1_000_000));
            apiCalls = Math.max(apiCalls, milestones.get(6).longValue());
            files = Math.max(files, round.files());
            bytes = Math.max(bytes, round.bytes());
            requested += round.requested();
            rounds++;
        }

        void report(String what, PrintStream out) {
            out.println("  " + what);
            out.println("    load event:        " + load.summary());
            out.println("    assignment shown:  " + shown.summary());
            out.println("    on the way, from the start of the navigation:");
            out.println("      page's HTML in:  " + page.summary());
            out.println("      last JS/CSS in:  " + lastFile.summary());
            out.println("      first API call:  " + firstApi.summary());
            out.printf("      last API answer: %s (%d calls before the page was drawn)%n", lastApi.summary(), apiCalls);
            out.printf("    JS and CSS: %d files, %,d bytes gzipped (the most of any round); requests to the server: %d in %d rounds%n",
                    files, bytes, requested, rounds);
        }
    }

    public static void main(String[] arguments) {
        String url;
        int loads;
        int warmUp;
        String assignment;
        try {
            Arguments options = Arguments.parse(arguments);
            url = options.text("url", System.getenv().getOrDefault("SAMENSPRAAK_BENCH_URL", "http://localhost:9080"));
            loads = options.number("loads", 30);
            warmUp = options.number("warmup", 10);
            assignment = options.text("assignment", "bedeesde-ouder-film");
            if (loads < 1 || warmUp < 0) {
                throw new IllegalArgumentException("--loads must be at least 1 and --warmup 0 or more");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        // Browser opens paths of the server the integration tests name in this property.
        System.setProperty("samenspraak.it.baseUrl", url);
        PrintStream out = System.out;
        out.printf("Page-load benchmark: %s, assignment %s, %d loads after %d of warm-up%n", url, assignment, loads, warmUp);
        try (Browser browser = Browser.start()) {
            browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_RECORDER));
            new PageLoadBenchmark(browser, assignment).run(loads, warmUp, out);
        } catch (RoundFailed e) {
            System.err.println(e.getMessage());
            System.err.println("Is the server at " + url + " up and in demo mode (" + url + "/demo), and does assignment "
                    + assignment + " exist?");
            System.exit(1);
        }
    }

    private void run(int loads, int warmUp, PrintStream out) {
        for (round = 1; round <= warmUp; round++) {
            firstLoad();
            reload();
        }
        phase = "measured";
        Measured first = new Measured();
        Measured again = new Measured();
        for (round = 1; round <= loads; round++) {
            first.add(firstLoad());
            again.add(reload());
        }
        first.report("first load (empty cache, through the launch):", out);
        again.report("reload (scripts and styles from the cache):", out);
    }

    private Round firstLoad() {
        step("first load: clear the browser's cache", () -> {
            browser.cdp("Network.clearBrowserCache", Map.of());
            return null;
        });
        String launch = "/demo/launch?persona=anna&assignment=" + assignment + "&locale=nl&display=window";
        step("first load: the demo launch (" + launch + ") through the platform's login to the tool's page", () -> {
            browser.open(launch);
            return browser.waitUntil(driver -> URI.create(driver.getCurrentUrl()).getPath().startsWith("/app/"));
        });
        return timings("first load");
    }

    private Round reload() {
        step("reload: the page asked for again", () -> {
            browser.driver().navigate().refresh();
            return null;
        });
        return timings("reload");
    }

    /** Waits until the page drew its assignment, then reads the two timings and the scripts and styles. */
    private Round timings(String load) {
        step(load + ": the page draws the assignment (#assignment-title)", () -> browser.visible(By.id("assignment-title")));
        @SuppressWarnings("unchecked")
        List<Number> found = step(load + ": the page's samenspraak:page-shown mark and its load event",
                () -> (List<Number>) browser.waitUntil(driver -> browser.script(TIMINGS)));
        @SuppressWarnings("unchecked")
        List<Number> files = (List<Number>) browser.script(FILES);
        return new Round(found.get(0).doubleValue(), found.get(1).doubleValue(), files.get(0).longValue(),
                files.get(1).longValue(), files.get(2).longValue(), found);
    }

    /** Runs one step of a round; when it fails, stops the run with what the browser showed. */
    private <T> T step(String name, Supplier<T> action) {
        try {
            return action.get();
        } catch (WebDriverException e) {
            throw new RoundFailed(report(name, e), e);
        }
    }

    private String report(String step, WebDriverException failure) {
        String cause = failure instanceof TimeoutException ? "it did not happen within the browser helper's wait (30 s)"
                : failure.getMessage().lines().findFirst().orElse(failure.getClass().getSimpleName());
        StringBuilder report = new StringBuilder("Round " + round + " (" + phase + ") failed at: " + step + "\n  because: " + cause);
        try {
            report.append("\n  the browser was at: ").append(browser.driver().getCurrentUrl());
            @SuppressWarnings("unchecked")
            List<Object> state = (List<Object>) browser.script(PAGE_STATE);
            report.append("\n  the page's title: ").append(state.get(0));
            String shown = String.valueOf(state.get(1)).strip().replaceAll("\\s+", " ");
            report.append("\n  the page showed: ").append(shown.isEmpty() ? "(nothing)"
                    : shown.substring(0, Math.min(shown.length(), 600)));
            List<?> errors = (List<?>) state.get(2);
            report.append("\n  the page's errors: ").append(errors.isEmpty() ? "none" : "");
            errors.forEach(error -> report.append("\n    ").append(error));
            Path screenshot = browser.screenshot("page-load-benchmark-failed");
            report.append("\n  screenshot: ").append(screenshot.toAbsolutePath());
        } catch (WebDriverException unreadable) {
            report.append("\n  (the page could not be read: ").append(unreadable.getMessage().lines().findFirst().orElse("")).append(')');
        }
        return report.toString();
    }
}
