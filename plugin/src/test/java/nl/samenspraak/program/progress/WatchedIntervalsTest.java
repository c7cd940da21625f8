package nl.samenspraak.program.progress;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WatchedIntervalsTest {

    private static WatchedInterval played(double from, double to) {
        return new WatchedInterval(from, to);
    }

    @Test
    void mergesOverlappingAndTouchingIntervalsInAnyOrder() {
        List<WatchedInterval> merged = WatchedIntervals.merge(
                List.of(played(50, 70), played(0, 20), played(10, 30), played(30, 40), played(60, 65)), 100);

        assertEquals(List.of(played(0, 40), played(50, 70)), merged);
    }

    @Test
    void watchingAPartTwiceCountsOnce() {
        assertEquals(0.3, WatchedIntervals.share(List.of(played(0, 30), played(0, 30), played(5, 25)), 100), 1e-12);
    }

    @Test
    void seekingAheadLeavesTheSkippedPartUnwatched() {
        // played the first 10 seconds, jumped to 90, played to the end
        assertEquals(0.2, WatchedIntervals.share(List.of(played(0, 10), played(90, 100)), 100), 1e-12);
    }

    @Test
    void clampsToTheVideoAndIgnoresReversedEmptyNegativeAndNonFiniteIntervals() {
        List<WatchedInterval> merged = WatchedIntervals.merge(List.of(played(-5, 10), played(95, 130),
                played(40, 20), played(50, 50), played(-30, -10), played(150, 200),
                played(Double.NaN, 60), played(60, Double.POSITIVE_INFINITY)), 100);

        assertEquals(List.of(played(0, 10), played(95, 100)), merged);
    }

    @Test
    void theShareNeverExceedsOne() {
        assertEquals(1.0, WatchedIntervals.share(List.of(played(0, 100), played(0, 500)), 100));
        assertEquals(0.0, WatchedIntervals.share(List.of(), 100));
    }

    /** A script reporting thousands of tiny stretches, over many reports, stores next to nothing. */
    @Test
    void tinyStretchesDoNotPileUpInWhatIsStored() {
        List<WatchedInterval> stored = List.of();
        for (int report = 0; report < 50; report++) {
            List<WatchedInterval> tiny = new java.util.ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                double from = report * 10 + i * 0.01;
                tiny.add(played(from, from + 0.001));
            }
            stored = WatchedIntervals.credit(stored, tiny, 10, 600);
        }

        assertEquals(List.of(), stored);
    }

    @Test
    void whatIsStoredNeverExceedsTheCapAndKeepsTheLongestStretches() {
        List<WatchedInterval> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(played(i * 2, i * 2 + (i % 2 == 0 ? 0.5 : 1.0)));
        }

        List<WatchedInterval> compacted = WatchedIntervals.compact(many, 2000);

        assertEquals(WatchedIntervals.MAX_STRETCHES, compacted.size());
        assertEquals(true, compacted.stream().allMatch(interval -> interval.toSeconds() - interval.fromSeconds() == 1.0));
        assertEquals(played(2, 3), compacted.get(0), "in order of the film");
        assertEquals(true, WatchedIntervals.share(compacted, 2000) <= WatchedIntervals.share(many, 2000),
                "compacting never counts a gap as watched");
    }

    @Test
    void aReportIsCreditedUpToTheAllowanceEarliestFirst() {
        List<WatchedInterval> credited = WatchedIntervals.credit(List.of(played(0, 10)),
                List.of(played(10, 30), played(60, 80)), 15, 100);

        assertEquals(List.of(played(0, 25)), credited);
    }

    @Test
    void partsPlayedBeforeCostNothingOfTheAllowance() {
        List<WatchedInterval> credited = WatchedIntervals.credit(List.of(played(0, 50)),
                List.of(played(0, 60)), 10, 100);

        assertEquals(List.of(played(0, 60)), credited);
    }

    @Test
    void freshPartsBetweenKnownStretchesAreFoundAndJoined() {
        List<WatchedInterval> credited = WatchedIntervals.credit(List.of(played(10, 20), played(30, 40)),
                List.of(played(5, 45)), 100, 100);

        assertEquals(List.of(played(5, 45)), credited);
    }

    @Test
    void noAllowanceCreditsNothingNew() {
        assertEquals(List.of(played(0, 10)), WatchedIntervals.credit(List.of(played(0, 10)),
                List.of(played(10, 90)), 0, 100));
    }
}
