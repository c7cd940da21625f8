package nl.samenspraak.program.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much of a video was actually played. The player reports the stretches it played; seeking ahead
 * leaves a gap and watching a part twice overlaps, so the stretches are merged before they are counted.
 */
public final class WatchedIntervals {

    /** Shorter than a player's time updates (a quarter second): no real playing leaves such a stretch alone. */
    public static final double MIN_STRETCH_SECONDS = 0.25;
    /** More than a viewer who skips about makes in a film; what is stored per work never grows past it. */
    public static final int MAX_STRETCHES = 200;

    private WatchedIntervals() {
    }

    /**
     * The played stretches merged: reversed, empty, non-finite and wholly negative intervals are
     * ignored, the rest clamped to {@code [0, duration]}, sorted, and overlapping or touching ones joined.
     */
    public static List<WatchedInterval> merge(List<WatchedInterval> intervals, double durationSeconds) {
        List<WatchedInterval> clamped = intervals.stream()
                .filter(interval -> Double.isFinite(interval.fromSeconds()) && Double.isFinite(interval.toSeconds()))
                .map(interval -> new WatchedInterval(Math.max(0, interval.fromSeconds()),
                        Math.min(durationSeconds, interval.toSeconds())))
                .filter(interval -> interval.toSeconds() > interval.fromSeconds())
                .sorted(Comparator.comparingDouble(WatchedInterval::fromSeconds))
                .toList();
        List<WatchedInterval> merged = new ArrayList<>();
        for (WatchedInterval interval : clamped) {
            int last = merged.size() - 1;
            if (last >= 0 && interval.fromSeconds() <= merged.get(last).toSeconds()) {
                WatchedInterval joined = new WatchedInterval(merged.get(last).fromSeconds(),
                        Math.max(merged.get(last).toSeconds(), interval.toSeconds()));
                merged.set(last, joined);
            } else {
                merged.add(interval);
            }
        }
        return List.copyOf(merged);
    }

    /**
     * The played stretches after a player's report, crediting at most {@code allowanceSeconds} of video
     * that was not played before (earliest first): a report cannot claim more than could have been
     * played since the previous one. Stretches played before are kept; parts of the report that repeat
     * them cost nothing. The result is {@linkplain #compact compacted}, so what is stored stays small.
     */
    public static List<WatchedInterval> credit(List<WatchedInterval> before, List<WatchedInterval> reported,
                                               double allowanceSeconds, double durationSeconds) {
        List<WatchedInterval> known = merge(before, durationSeconds);
        double left = Math.max(0, allowanceSeconds);
        List<WatchedInterval> credited = new ArrayList<>(known);
        for (WatchedInterval fresh : unplayedParts(merge(reported, durationSeconds), known)) {
            if (left <= 0) {
                break;
            }
            double length = Math.min(left, fresh.toSeconds() - fresh.fromSeconds());
            credited.add(new WatchedInterval(fresh.fromSeconds(), fresh.fromSeconds() + length));
            left -= length;
        }
        return compact(credited, durationSeconds);
    }

    /**
     * The stretches merged, without stretches shorter than {@link #MIN_STRETCH_SECONDS} standing alone, and
     * at most {@link #MAX_STRETCHES} of them (the longest, in order). Compacting only ever leaves out played
     * time, never counts a gap as played: a report of millions of tiny stretches stores next to nothing.
     */
    public static List<WatchedInterval> compact(List<WatchedInterval> intervals, double durationSeconds) {
        List<WatchedInterval> kept = merge(intervals, durationSeconds).stream()
                .filter(interval -> interval.toSeconds() - interval.fromSeconds() >= MIN_STRETCH_SECONDS)
                .toList();
        if (kept.size() <= MAX_STRETCHES) {
            return kept;
        }
        return kept.stream()
                .sorted(Comparator.comparingDouble((WatchedInterval interval) -> interval.fromSeconds() - interval.toSeconds()))
                .limit(MAX_STRETCHES)
                .sorted(Comparator.comparingDouble(WatchedInterval::fromSeconds))
                .toList();
    }

    /** The parts of merged {@code reported} stretches outside the merged {@code known} ones, in order. */
    private static List<WatchedInterval> unplayedParts(List<WatchedInterval> reported, List<WatchedInterval> known) {
        List<WatchedInterval> parts = new ArrayList<>();
        for (WatchedInterval interval : reported) {
            double from = interval.fromSeconds();
            for (WatchedInterval played : known) {
                if (played.toSeconds() <= from || played.fromSeconds() >= interval.toSeconds()) {
                    continue;
                }
                if (played.fromSeconds() > from) {
                    parts.add(new WatchedInterval(from, played.fromSeconds()));
                }
                from = Math.max(from, played.toSeconds());
            }
            if (from < interval.toSeconds()) {
                parts.add(new WatchedInterval(from, interval.toSeconds()));
            }
        }
        return parts;
    }

    /** The share of the video played at least once, 0 to 1. */
    public static double share(List<WatchedInterval> intervals, double durationSeconds) {
        double watched = merge(intervals, durationSeconds).stream()
                .mapToDouble(interval -> interval.toSeconds() - interval.fromSeconds())
                .sum();
        return Math.min(1, watched / durationSeconds);
    }
}
