package io.github.streamcause.report;

import io.github.streamcause.Category;
import io.github.streamcause.Recovery;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One bucket of a report's {@link InterruptionReport#timeline(Duration) timeline}: the pushes and the
 * interruptions whose time falls in {@code [start, start + width)}, and those by category and by
 * recovery, duplicates removed.
 *
 * @since 0.1.0
 */
public final class TimeBucket {
    private final Instant start;
    private final Duration width;
    private final long pushes;
    private final long interruptions;
    private final Map<Category, Long> byCategory;
    private final Map<Recovery, Long> byRecovery;

    TimeBucket(
            Instant start,
            Duration width,
            long pushes,
            long interruptions,
            Map<Category, Long> byCategory,
            Map<Recovery, Long> byRecovery) {
        this.start = start;
        this.width = width;
        this.pushes = pushes;
        this.interruptions = interruptions;
        this.byCategory = Collections.unmodifiableMap(byCategory);
        this.byRecovery = Collections.unmodifiableMap(byRecovery);
    }

    /**
     * A bucket from its figures, as read back from JSON ({@link InterruptionReport.Figures#timeline}).
     *
     * @param start where it starts
     * @param width how long it is: a whole number of minutes
     * @param pushes its pushes
     * @param byCategory its interruptions by category (a category not in it has none)
     * @param byRecovery its interruptions by recovery (a recovery not in it has none)
     * @return the bucket; its interruptions are the sum of {@code byCategory}
     * @throws IllegalArgumentException if a count is negative, the width is not whole minutes, or the
     *     recoveries add up to more than the interruptions
     */
    public static TimeBucket of(
            Instant start,
            Duration width,
            long pushes,
            Map<Category, Long> byCategory,
            Map<Recovery, Long> byRecovery) {
        Objects.requireNonNull(start, "start");
        if (width.getNano() != 0 || width.getSeconds() < 60 || width.getSeconds() % 60 != 0) {
            throw new IllegalArgumentException("a timeline bucket is a whole number of minutes, not " + width);
        }
        Map<Category, Long> categories = new EnumMap<>(Category.class);
        long interruptions = 0;
        for (Category c : Category.values()) {
            long n = nonNegative(byCategory.getOrDefault(c, 0L), "interruptions of " + c);
            categories.put(c, n);
            interruptions += n;
        }
        Map<Recovery, Long> recoveries = new EnumMap<>(Recovery.class);
        long recovered = 0;
        for (Recovery r : Recovery.values()) {
            long n = nonNegative(byRecovery.getOrDefault(r, 0L), "interruptions of " + r);
            recoveries.put(r, n);
            recovered += n;
        }
        if (recovered > interruptions) {
            throw new IllegalArgumentException("a bucket's interruptions by recovery (" + recovered
                    + ") are more than its interruptions (" + interruptions + ")");
        }
        return new TimeBucket(start, width, nonNegative(pushes, "pushes"), interruptions, categories, recoveries);
    }

    private static long nonNegative(long n, String what) {
        if (n < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + n);
        }
        return n;
    }

    /**
     * Where the bucket starts: a multiple of its width since the epoch, in UTC.
     *
     * @return the start
     */
    public Instant start() {
        return start;
    }

    /**
     * How long the bucket is.
     *
     * @return the width
     */
    public Duration width() {
        return width;
    }

    /**
     * Where the next bucket starts.
     *
     * @return {@code start() + width()}
     */
    public Instant end() {
        return start.plus(width);
    }

    /**
     * The push (start) events in the bucket.
     *
     * @return the count
     */
    public long pushes() {
        return pushes;
    }

    /**
     * The interruptions in the bucket.
     *
     * @return the count, the sum of {@link #byCategory()}
     */
    public long interruptions() {
        return interruptions;
    }

    /**
     * The interruptions by category, every category present.
     *
     * @return an unmodifiable map in the categories' order
     */
    public Map<Category, Long> byCategory() {
        return byCategory;
    }

    /**
     * The interruptions by recovery, every recovery present; unclassified interruptions are in no
     * recovery.
     *
     * @return an unmodifiable map in the recoveries' order
     */
    public Map<Recovery, Long> byRecovery() {
        return byRecovery;
    }

    /** {@code 1m}, {@code 5m}, {@code 1h}, {@code 1d}: a width as the command line writes it. */
    static String text(Duration width) {
        long minutes = width.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + "h";
        }
        return minutes + "m";
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TimeBucket)) {
            return false;
        }
        TimeBucket o = (TimeBucket) other;
        return start.equals(o.start)
                && width.equals(o.width)
                && pushes == o.pushes
                && interruptions == o.interruptions
                && byCategory.equals(o.byCategory)
                && byRecovery.equals(o.byRecovery);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, width, pushes, interruptions, byCategory, byRecovery);
    }

    @Override
    public String toString() {
        return start + "+" + text(width) + " pushes=" + pushes + " interruptions=" + interruptions + " " + byCategory
                + " " + byRecovery;
    }
}
