package io.github.streamcause.report;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How many durations there were, and their median and 90th percentile (nearest rank: the smallest value
 * that at least half, or 90 %, of them do not exceed), in whole seconds.
 *
 * @since 0.1.0
 */
public final class DurationStats {
    private final long count;
    private final long median;
    private final long p90;

    private DurationStats(long count, long median, long p90) {
        this.count = count;
        this.median = median;
        this.p90 = p90;
    }

    /** The statistics of {@code seconds[0, n)}, which this sorts. */
    static DurationStats of(long[] seconds, int n) {
        if (n == 0) {
            return new DurationStats(0, -1, -1);
        }
        Arrays.sort(seconds, 0, n);
        return new DurationStats(n, rank(seconds, n, 50), rank(seconds, n, 90));
    }

    /** The nearest-rank percentile {@code p} of the sorted {@code seconds[0, n)}, n at least 1. */
    static long rank(long[] sorted, int n, int p) {
        long rank = ((long) p * n + 99) / 100; // ceil(p / 100 * n), at least 1 for p > 0
        return sorted[(int) Math.max(0, rank - 1)];
    }

    /**
     * How many durations.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * The median.
     *
     * @return the median, empty if there were none
     */
    public Optional<Duration> median() {
        return count == 0 ? Optional.<Duration>empty() : Optional.of(Duration.ofSeconds(median));
    }

    /**
     * The 90th percentile.
     *
     * @return the 90th percentile, empty if there were none
     */
    public Optional<Duration> p90() {
        return count == 0 ? Optional.<Duration>empty() : Optional.of(Duration.ofSeconds(p90));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DurationStats
                && ((DurationStats) other).count == count
                && ((DurationStats) other).median == median
                && ((DurationStats) other).p90 == p90;
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, median, p90);
    }

    @Override
    public String toString() {
        return count == 0 ? "none" : count + " (median " + median + " s, p90 " + p90 + " s)";
    }
}
