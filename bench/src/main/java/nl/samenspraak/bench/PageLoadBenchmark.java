package nl.samenspraak.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;

/**
 * How fast the teacher's assignment page is in the browser: headless Chromium (as in the browser tests)
 * launches a teacher from the tool's demo platform into one assignment, again and again, and reads the
 * browser's own timings: until the load event, and until the page drew the assignment (its
 * {@code samenspraak:page-shown} mark). A first load starts with an empty cache and includes the launch
 * (the POST to /lti/launch and its redirect to the page); on a reload the scripts and styles, named by
 * hashed URLs, come from the cache without a request. With the timings it reads the page's scripts and
 * styles from the Resource Timing entries: their gzipped bytes on a first load, and how many of them went to
 * the server on a reload (a transferSize above 0: fetched or revalidated), which must be none.
 * The server must run in demo mode. Prints p50/p90/p99/max of each, after a warm-up.
 */
public final class PageLoadBenchmark {

    static final String USAGE = """
            java -cp bench/target/samenspraak-bench.jar nl.samenspraak.bench.PageLoadBenchmark
                [--url=http://localhost:9080] [--loads=30] [--warmup=10] [--assignment=bedeesde-ouder-film]
            The server must run in demo mode (the README's run command); the address may come from SAMENSPRAAK_BENCH_URL.""";

    private static final String TIMINGS = "const n = performance.getEntriesByType('navigation')[0];"
            + " const shown = performance.getEntriesByName('samenspraak:page-shown')[0];"
            + " return shown ? [n.loadEventEnd, shown.startTime] : null;";

    /** The page's scripts and styles: how many, their bodies' bytes as they travelled (gzipped), how many asked the server. */
    private static final String FILES = "const files = performance.getEntriesByType('resource')"
            + ".filter(r => /\\.(js|css)$/.test(new URL(r.name).pathname));"
            + " return [files.length, files.reduce((sum, r) => sum + r.encodedBodySize, 0),"
            + " files.filter(r => r.transferSize > 0).length];";

    private final Browser browser;
    private final String assignment;

    private PageLoadBenchmark(Browser browser, String assignment) {
        this.browser = browser;
        this.assignment = assignment;
    }

    /** One round's browser timings and the page's scripts and styles as Resource Timing saw them. */
    private record Round(double load, double shown, long files, long bytes, long requested) {
    }

    private static final class Measured {
        private final Latencies load = new Latencies();
        private final Latencies shown = new Latencies();
        private long files;
        private long bytes;
        private long requested;
        private int rounds;

        void add(Round round) {
            load.add(Math.round(round.load() * 1_000_000));
            shown.add(Math.round(round.shown() * 1_000_000));
            files = Math.max(files, round.files());
            bytes = Math.max(bytes, round.bytes());
            requested += round.requested();
            rounds++;
        }

        void report(String what, PrintStream out) {
            out.println("  " + what);
            out.println("    load event:        " + load.summary());
            out.println("    assignment shown:  " + shown.summary());
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
            new PageLoadBenchmark(browser, assignment).run(loads, warmUp, out);
        } catch (TimeoutException e) {
            System.err.println("The page did not show assignment " + assignment + " within ten seconds: is the server"
                    + " at " + url + " up and in demo mode (" + url + "/demo), and does the assignment exist?");
            System.exit(1);
        }
    }

    private void run(int loads, int warmUp, PrintStream out) {
        for (int i = 0; i < warmUp; i++) {
            firstLoad();
            reload();
        }
        Measured first = new Measured();
        Measured again = new Measured();
        for (int i = 0; i < loads; i++) {
            first.add(firstLoad());
            again.add(reload());
        }
        first.report("first load (empty cache, through the launch):", out);
        again.report("reload (scripts and styles from the cache):", out);
    }

    private Round firstLoad() {
        browser.cdp("Network.clearBrowserCache", Map.of());
        browser.open("/demo/launch?persona=anna&assignment=" + assignment + "&locale=nl&display=window");
        return timings();
    }

    private Round reload() {
        browser.driver().navigate().refresh();
        return timings();
    }

    /** Waits until the page drew its assignment, then reads the two timings and the scripts and styles. */
    private Round timings() {
        browser.visible(By.id("assignment-title"));
        @SuppressWarnings("unchecked")
        List<Number> found = (List<Number>) browser.waitUntil(driver -> browser.script(TIMINGS));
        @SuppressWarnings("unchecked")
        List<Number> files = (List<Number>) browser.script(FILES);
        return new Round(found.get(0).doubleValue(), found.get(1).doubleValue(), files.get(0).longValue(),
                files.get(1).longValue(), files.get(2).longValue());
    }
}
