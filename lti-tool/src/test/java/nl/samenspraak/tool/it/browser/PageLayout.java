package nl.samenspraak.tool.it.browser;

import java.util.List;

/**
 * Whether a page fits a phone as a person sees it, beyond what axe-core checks: nothing wider than the
 * window, no text cut off, and fingertip-sized controls.
 */
public final class PageLayout {

    /**
     * What a person finds wrong at a glance: content wider than the window or frame (a
     * sideways scroll or a cut-off edge), text clipped by its box, and controls smaller than a fingertip (44
     * by 44 CSS pixels, WCAG 2.5.5) among those a person taps: buttons, fields, choices, summaries and links
     * that stand on their own (a link inside a sentence is as tall as the sentence, which WCAG allows).
     */
    private static final String PROBLEMS = """
            const width = document.documentElement.clientWidth;
            const problems = [];
            const name = (element) => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
              + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\\s+/).join('.') : '')
              + ' "' + (element.textContent || element.value || '').trim().slice(0, 40) + '"';
            // hidden for the eye but read aloud: a box of a pixel that clips what is in it (as .visually-hidden)
            const clippedAway = (element) => {
              for (let up = element; up; up = up.parentElement) {
                const box = up.getBoundingClientRect();
                if ((box.width <= 1 || box.height <= 1) && ['hidden', 'clip'].includes(getComputedStyle(up).overflowX)) return true;
              }
              return false;
            };
            const shown = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden'
              && !element.closest('dialog:not([open])') && !clippedAway(element);
            const scrolls = (element) => element !== document.documentElement && element !== document.body
              && ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
            if (document.documentElement.scrollWidth > width) {
              problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
            }
            for (const element of document.body.querySelectorAll('*')) {
              if (!shown(element) || ['SCRIPT', 'STYLE', 'OPTION'].includes(element.tagName)) continue;
              let inScroller = false;
              for (let up = element.parentElement; up && !inScroller; up = up.parentElement) inScroller = scrolls(up);
              const box = element.getBoundingClientRect();
              if (!inScroller && box.width > 0 && (box.right > width + 1 || box.left < -1)) {
                problems.push('sticks out of the window (' + Math.round(box.left) + '..' + Math.round(box.right) + '): ' + name(element));
              }
              const style = getComputedStyle(element);
              if (['hidden', 'clip'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1
                  && element.textContent.trim() && !element.matches('svg, svg *, input, textarea, select')) {
                problems.push('text cut off: ' + name(element));
              }
            }
            const tapped = 'button, select, summary, textarea, .choice, a.button,'
              + ' input:not([type=radio]):not([type=checkbox]):not([type=hidden])';
            for (const element of document.body.querySelectorAll(tapped + ', a[href]')) {
              if (!shown(element)) continue;
              if (element.matches('a[href]:not(.button)')) {
                const around = element.parentElement;
                if (!around || around.textContent.trim() !== element.textContent.trim()) continue;
              }
              const box = element.getBoundingClientRect();
              if (box.height < 44 - 0.5 || box.width < 44 - 0.5) {
                problems.push('smaller than 44 x 44 px (' + Math.round(box.width) + ' x ' + Math.round(box.height) + '): ' + name(element));
              }
            }
            return problems;
            """;

    private PageLayout() {
    }

    /** What is wrong with the page's layout as it is drawn now, one line each; empty when nothing is. */
    @SuppressWarnings("unchecked")
    public static List<String> problems(Browser browser) {
        return (List<String>) browser.script(PROBLEMS);
    }

    /** Fails with the list of {@link #problems} when there are any. */
    public static void assertFits(Browser browser, String state) {
        List<String> problems = problems(browser);
        if (!problems.isEmpty()) {
            throw new AssertionError("The page does not fit its window on " + state + ":\n- " + String.join("\n- ", problems));
        }
    }
}
